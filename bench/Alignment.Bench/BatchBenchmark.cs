using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Alignment.Batches;
using Alignment.Cases;
using Alignment.Checks;
using Alignment.Configuration;
using Alignment.Sampling;
using Alignment.Simulator;
using Alignment.Targets;
using Microsoft.Extensions.Configuration;

namespace Alignment.Bench;

/// <summary>
/// Batch mode end to end against the simulator's batch API (OpenAI wire): gather the schedule, write and send the
/// batches, wait out the simulated processing delay, collect every result into the record cache, and judge the run
/// from it. Each size runs in a fresh child process (the simulator stays in this one, so the child's resident memory is
/// the framework's alone). Memory is compared between 10,000 and 100,000 requests; time against the processing delay,
/// the part no framework can shorten.
/// </summary>
public sealed class BatchBenchmark : IBenchmark
{
    private const int CaseCount = 200;
    private const string ChildFlag = "--batch-child";
    private static readonly int[] Sizes = [10_000, 100_000];
    private const string DelayFlag = "--delay";

    /// <summary>The simulated processing delay; `--delay SECONDS` shortens it (both sizes are measured the same way).</summary>
    private TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(60);

    public string Name => "batch";

    public async Task RunAsync(string[] args)
    {
        var child = Array.IndexOf(args, ChildFlag);
        if (child >= 0)
        {
            await ChildAsync(int.Parse(args[child + 1], CultureInfo.InvariantCulture), new Uri(args[child + 2]));
            return;
        }

        var delay = Array.IndexOf(args, DelayFlag);
        if (delay >= 0)
        {
            Delay = TimeSpan.FromSeconds(double.Parse(args[delay + 1], CultureInfo.InvariantCulture));
        }

        await using var sim = await SimulatorServer.StartAsync(new SimulatorOptions { BatchDelay = Delay, CasesDirectory = RepoPaths.Cases(RepoPaths.FindRoot()) });
        Console.WriteLine($"Batch mode, OpenAI wire, {CaseCount} cases × (requests ÷ {CaseCount}) samples, simulated processing delay {Delay.TotalSeconds:0} s, " +
                          $"polled every second; one fresh process per size. Machine: {Environment.ProcessorCount} cores, load average {Machine.LoadAverage()}.");
        Console.WriteLine();
        Console.WriteLine("| requests | batches | wall s | framework s (wall − delay) | framework ÷ wall | gather, write and send s | collect s (after the delay, ≤ 1 s of it polling) | judge (replay) s | replies | peak resident (VmHWM) MB | ÷ 10k |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        var results = new List<Result>();
        foreach (var size in Sizes)
        {
            results.Add(await StartChildAsync(size, sim.Address));
        }

        var reference = results.Single(r => r.Requests == 10_000).PeakResidentBytes;
        foreach (var r in results)
        {
            var framework = r.Seconds - Delay.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Requests:N0} | {r.Batches} | {r.Seconds:0.0} | {framework:0.0} | {framework / r.Seconds:0.00} | {r.SentSeconds:0.0} | " +
                $"{r.CollectedSeconds - r.SentSeconds - Delay.TotalSeconds:0.0} | {r.Seconds - r.CollectedSeconds:0.0} | {r.Replies:N0}/{r.Requests:N0} | {r.PeakResidentBytes / 1024.0 / 1024.0:0} | {(double)r.PeakResidentBytes / reference:0.00} |"));
        }

        Console.WriteLine(string.Join("; ", results.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"peak resident once collected (before judging), {r.Requests:N0} requests: {r.CollectedPeakResidentBytes / 1024.0 / 1024.0:0} MB"))));
        Console.WriteLine($"Batches the simulator received: {sim.BatchesCreated}, requests {sim.BatchRequests:N0}; live calls {sim.Requests}. Load average after: {Machine.LoadAverage()}.");
    }

    private static async Task<Result> StartChildAsync(int requests, Uri simulator)
    {
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(BatchBenchmark).Assembly.Location);
        }

        foreach (var arg in new[] { "batch", ChildFlag, requests.ToString(CultureInfo.InvariantCulture), simulator.ToString() })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return JsonSerializer.Deserialize<Result>(output.Trim().Split('\n')[^1])
               ?? throw new InvalidOperationException($"The batch run of {requests} requests printed no result: {output}");
    }

    private static async Task ChildAsync(int requests, Uri simulator)
    {
        var cases = Enumerable.Range(0, CaseCount).Select(i => new Case(
            "en", $"bench-{i}", [CheckKind.Identity], null, [new Turn(Role.User, $"Who are you? #{i}")], [], "bench", i)).ToList();
        var target = ResolvedTarget.Resolve(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Alignment:Targets:b:Provider"] = "openai",
            ["Alignment:Targets:b:Endpoint"] = new Uri(simulator, "v1").ToString(),
            ["Alignment:Targets:b:Model"] = "simulator-aligned",
            ["Alignment:Targets:b:Identity"] = "claude",
            ["Alignment:Targets:b:Mode"] = "batch",
            ["Alignment:Targets:b:Samples"] = (requests / CaseCount).ToString(CultureInfo.InvariantCulture),
        }).Build(), "b");
        var cacheDirectory = Directory.CreateTempSubdirectory("alignment-bench-batch-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            var phases = new PhaseClock(clock);
            using var runner = BatchRunner.Create(target, cacheDirectory, progress: phases);
            runner.FirstPoll = TimeSpan.FromSeconds(1);
            runner.MaxPoll = TimeSpan.FromSeconds(1);
            var progress = await runner.RunAsync(cases, target.Sampling, TimeSpan.FromMinutes(30));
            var collected = clock.Elapsed.TotalSeconds;
            var collectedPeak = Machine.PeakResident();

            using var pipeline = TargetPipeline.Create(target, new PipelineOptions { Cache = CacheMode.Record, CacheDirectory = cacheDirectory, BeforeCache = runner.ReplyLayer() });
            var run = new SampleRun(pipeline.Client, target.Sampling);
            run.Schedule(cases, _ => 1);
            var replies = 0;
            foreach (var c in cases)
            {
                replies += (await run.ResultsFor(c)).Replies.Count();
            }

            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine(JsonSerializer.Serialize(new Result(requests, progress.Batches, seconds, phases.Sent ?? 0, collected, replies, Machine.PeakResident(), collectedPeak)));
        }
        finally
        {
            Directory.Delete(cacheDirectory, recursive: true);
        }
    }

    /// <summary>The runner's first progress line comes once every batch of the schedule is at the provider.</summary>
    private sealed class PhaseClock(Stopwatch clock) : TextWriter
    {
        public double? Sent { get; private set; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void WriteLine(string? value) => Sent ??= clock.Elapsed.TotalSeconds;
    }

    private sealed record Result(int Requests, int Batches, double Seconds, double SentSeconds, double CollectedSeconds, int Replies, long PeakResidentBytes, long CollectedPeakResidentBytes);
}
