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
/// Batch mode end to end against the simulator's batch API (OpenAI's wire, or Anthropic's with `--wire anthropic`): gather the schedule, write and send the
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
    private const string WireFlag = "--wire";

    /// <summary>The simulated processing delay; `--delay SECONDS` shortens it (both sizes are measured the same way).</summary>
    private TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>openai (files and batches) or anthropic (Message Batches): `--wire NAME`.</summary>
    private string Wire { get; set; } = ResolvedTarget.OpenAI;

    public string Name => "batch";

    public async Task RunAsync(string[] args)
    {
        var child = Array.IndexOf(args, ChildFlag);
        if (child >= 0)
        {
            await ChildAsync(int.Parse(args[child + 1], CultureInfo.InvariantCulture), new Uri(args[child + 2]), args[child + 3]);
            return;
        }

        var wire = Array.IndexOf(args, WireFlag);
        if (wire >= 0)
        {
            Wire = args[wire + 1] is ResolvedTarget.OpenAI or ResolvedTarget.Anthropic
                ? args[wire + 1]
                : throw new ArgumentException($"{WireFlag} is {ResolvedTarget.OpenAI} or {ResolvedTarget.Anthropic}, not '{args[wire + 1]}'.");
        }

        var delay = Array.IndexOf(args, DelayFlag);
        if (delay >= 0)
        {
            Delay = TimeSpan.FromSeconds(double.Parse(args[delay + 1], CultureInfo.InvariantCulture));
        }

        await using var sim = await SimulatorServer.StartAsync(new SimulatorOptions { BatchDelay = Delay, CasesDirectory = RepoPaths.Cases(RepoPaths.FindRoot()) });
        Console.WriteLine($"Batch mode, {(Wire == ResolvedTarget.Anthropic ? "Anthropic" : "OpenAI")} wire, {CaseCount} cases × (requests ÷ {CaseCount}) samples, simulated processing delay {Delay.TotalSeconds:0} s, " +
                          $"polled every second; one fresh process per size. Machine: {Environment.ProcessorCount} cores, load average {Machine.LoadAverage()}.");
        Console.WriteLine();
        Console.WriteLine("| requests | batches | wall s | framework s (wall − delay) | framework ÷ wall | gather, write and send s | collect s (after the delay, ≤ 1 s of it polling) | judge (replay) s | framework CPU s | ms CPU a request | simulator CPU s | replies | peak resident (VmHWM) MB | ÷ 10k |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        var results = new List<Result>();
        foreach (var size in Sizes)
        {
            results.Add(await StartChildAsync(size, sim.Address, Wire));
        }

        var reference = results.Single(r => r.Requests == 10_000).PeakResidentBytes;
        foreach (var r in results)
        {
            var framework = r.Seconds - Delay.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Requests:N0} | {r.Batches} | {r.Seconds:0.0} | {framework:0.0} | {framework / r.Seconds:0.00} | {r.SentSeconds:0.0} | " +
                $"{r.CollectedSeconds - r.SentSeconds - Delay.TotalSeconds:0.0} | {r.Seconds - r.CollectedSeconds:0.0} | {r.CpuSeconds:0.0} | {r.CpuSeconds * 1000 / r.Requests:0.00} | {r.SimulatorCpuSeconds:0.0} | {r.Replies:N0}/{r.Requests:N0} | {r.PeakResidentBytes / 1024.0 / 1024.0:0} | {(double)r.PeakResidentBytes / reference:0.00} |"));
        }

        Console.WriteLine(string.Join("; ", results.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"peak resident once collected (before judging), {r.Requests:N0} requests: {r.CollectedPeakResidentBytes / 1024.0 / 1024.0:0} MB"))));
        Console.WriteLine($"Batches the simulator received: {sim.BatchesCreated}, requests {sim.BatchRequests:N0}; live calls {sim.Requests}. Load average after: {Machine.LoadAverage()}.");
    }

    private static async Task<Result> StartChildAsync(int requests, Uri simulator, string wire)
    {
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(BatchBenchmark).Assembly.Location);
        }

        foreach (var arg in new[] { "batch", ChildFlag, requests.ToString(CultureInfo.InvariantCulture), simulator.ToString(), wire })
        {
            start.ArgumentList.Add(arg);
        }

        var simulatorCpu = Process.GetCurrentProcess().TotalProcessorTime; // the simulator is all this process does meanwhile
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var result = JsonSerializer.Deserialize<Result>(output.Trim().Split('\n')[^1])
                     ?? throw new InvalidOperationException($"The batch run of {requests} requests printed no result: {output}");
        return result with { SimulatorCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - simulatorCpu).TotalSeconds };
    }

    private static async Task ChildAsync(int requests, Uri simulator, string wire)
    {
        var cases = Enumerable.Range(0, CaseCount).Select(i => new Case(
            "en", $"bench-{i}", [CheckKind.Identity], null, [new Turn(Role.User, $"Who are you? #{i}")], [], "bench", i)).ToList();
        var target = ResolvedTarget.Resolve(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Alignment:Targets:b:Provider"] = wire, // as a user's target, at the simulator's address
            ["Alignment:Targets:b:Endpoint"] = wire == ResolvedTarget.Anthropic ? simulator.ToString() : new Uri(simulator, "v1").ToString(),
            ["Alignment:Targets:b:Model"] = "simulator-aligned",
            ["Alignment:Targets:b:Identity"] = "claude",
            ["Alignment:Targets:b:Mode"] = "batch",
            ["Alignment:Targets:b:Samples"] = (requests / CaseCount).ToString(CultureInfo.InvariantCulture),
        }).Build(), "b");
        var cacheDirectory = Directory.CreateTempSubdirectory("alignment-bench-batch-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            using var trace = MemoryTrace.Start(clock);
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
            Console.WriteLine(JsonSerializer.Serialize(new Result(requests, progress.Batches, seconds, phases.Sent ?? 0, collected, replies, Machine.PeakResident(), collectedPeak)
            {
                CpuSeconds = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds,
            }));
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

        public override void WriteLine(string? value)
        {
            Sent ??= clock.Elapsed.TotalSeconds;
            if (Environment.GetEnvironmentVariable("ALIGNMENT_BENCH_MEMORY") == "1")
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds:0.0} s: {value}"));
                if (Environment.GetEnvironmentVariable("ALIGNMENT_BENCH_LIVE") == "1")
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"live after a full collection: {GC.GetTotalMemory(true) / 1048576.0:0.0} MB"));
                }
            }
        }
    }

    /// <summary>ALIGNMENT_BENCH_MEMORY=1: resident and managed memory twice a second on stderr, to see where the peak is reached.</summary>
    private sealed class MemoryTrace : IDisposable
    {
        private readonly Timer timer;

        private MemoryTrace(Stopwatch clock) =>
            timer = new Timer(_ =>
            {
                var info = GC.GetGCMemoryInfo();
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{clock.Elapsed.TotalSeconds:0.0} s: resident {Environment.WorkingSet / 1048576.0:0} MB (peak {Machine.PeakResident() / 1048576.0:0}), " +
                    $"managed {GC.GetTotalMemory(false) / 1048576.0:0} MB, heap {info.HeapSizeBytes / 1048576.0:0} MB, committed {info.TotalCommittedBytes / 1048576.0:0} MB, " +
                    $"fragmented {info.FragmentedBytes / 1048576.0:0} MB, gen0/1/2 collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, GC paused {GC.GetTotalPauseDuration().TotalSeconds:0.0} s, CPU {Environment.CpuUsage.TotalTime.TotalSeconds:0.0} s ({Environment.CpuUsage.PrivilegedTime.TotalSeconds:0.0} s in the kernel), allocated {GC.GetTotalAllocatedBytes() / 1048576.0:0} MB, threads {ThreadPool.ThreadCount} pool, {System.Diagnostics.Process.GetCurrentProcess().Threads.Count} all"));
            }, null, 0, 500);

        public static MemoryTrace? Start(Stopwatch clock) =>
            Environment.GetEnvironmentVariable("ALIGNMENT_BENCH_MEMORY") == "1" ? new MemoryTrace(clock) : null;

        public void Dispose() => timer.Dispose();
    }

    private sealed record Result(int Requests, int Batches, double Seconds, double SentSeconds, double CollectedSeconds, int Replies, long PeakResidentBytes, long CollectedPeakResidentBytes)
    {
        /// <summary>The framework's processor time (the child's), which a busy shared machine does not inflate as it does the wall time.</summary>
        public double CpuSeconds { get; init; }

        /// <summary>The simulator's processor time meanwhile (the parent's): the provider's side, not the framework's.</summary>
        public double SimulatorCpuSeconds { get; init; }
    }
}
