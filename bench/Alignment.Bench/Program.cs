using System.Reflection;
using Alignment.Bench;

// dotnet run -c Release --project bench/Alignment.Bench -- [name ...]   (no name: list them)
var benchmarks = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

if (args.Length == 0)
{
    Console.WriteLine("Benchmarks: " + string.Join(", ", benchmarks.Select(b => b.Name)) + " (or 'all')");
    return 0;
}

var selected = args.Contains("all") ? benchmarks : benchmarks.Where(b => args.Contains(b.Name)).ToList();
if (selected.Count == 0)
{
    Console.Error.WriteLine($"No benchmark named {string.Join(", ", args)}.");
    return 2;
}

foreach (var benchmark in selected)
{
    Console.WriteLine($"## {benchmark.Name}");
    await benchmark.RunAsync(args);
    Console.WriteLine();
}

return 0;
