using System.Diagnostics;

namespace Alignment.Tests.Cli;

/// <summary>Runs the `alignment` command built beside these tests, as a separate process, to its end (see <see cref="ChildProcess"/>).</summary>
public static class CliProcess
{
    public static Task<ChildResult> RunAsync(params string[] arguments) => RunAsync(null, null, arguments);

    /// <param name="environment">Variables to set (a null value removes one) on top of this process's own.</param>
    /// <param name="input">Written to the command's standard input, which is then closed.</param>
    public static Task<ChildResult> RunAsync(IReadOnlyDictionary<string, string?>? environment, string? input, params string[] arguments) =>
        ChildProcess.RunAsync(StartInfo(environment, arguments), input);

    /// <summary>A command that runs until stopped (simulate): the caller reads it and kills it.</summary>
    public static Process Start(params string[] arguments)
    {
        var start = StartInfo(null, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        return Process.Start(start)!;
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string?>? environment, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = TestPaths.Root, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Alignment.Cli.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        return start;
    }
}
