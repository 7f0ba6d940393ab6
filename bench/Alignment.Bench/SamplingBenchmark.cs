using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Alignment.Cases;
using Alignment.Checks;
using Alignment.Configuration;
using Alignment.Sampling;
using Alignment.Simulator;
using Alignment.Targets;
using Microsoft.Extensions.Configuration;

namespace Alignment.Bench;

/// <summary>
/// The sampling engine against the simulator with 200 ms latency: a full run (record), the same run with 10 % of
/// calls answered 429 (Retry-After: 0), and its replay; each against the ideal (calls × latency ÷ concurrency) and
/// against the openai npm SDK sending the same requests at the same concurrency to the same simulator.
/// </summary>
public sealed class SamplingBenchmark : IBenchmark
{
    private const int Cases = 240;
    private const int Samples = 5;
    private const int Concurrency = 50;
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(200);

    public string Name => "sampling";

    public async Task RunAsync(string[] args)
    {
        var child = Array.IndexOf(args, MemoryChildFlag);
        if (child >= 0)
        {
            await MemoryRun.ChildAsync(int.Parse(args[child + 1], CultureInfo.InvariantCulture));
            return;
        }

        // `sampling speed` or `sampling memory` runs one half; `sampling` both.
        if (!args.Contains("memory"))
        {
            await SpeedAsync();
        }

        if (!args.Contains("speed"))
        {
            Console.WriteLine();
            await MemoryRun.MeasureAsync(args);
        }
    }

    private const string MemoryChildFlag = "--memory-child";

    private async Task SpeedAsync()
    {
        var calls = Cases * Samples;
        var ideal = calls * Latency.TotalSeconds / Concurrency;
        var cases = MakeCases();
        var cacheDirectory = Directory.CreateTempSubdirectory("alignment-bench-cache-").FullName;
        var peer = Peer.Find();
        Console.WriteLine($"{calls} calls ({Cases} cases × {Samples} samples), {Latency.TotalMilliseconds:0} ms latency, concurrency {Concurrency}: " +
                          $"ideal {ideal:0.00} s. Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {Machine.LoadAverage()}.");
        Console.WriteLine();
        Console.WriteLine("| run | wall s | × ideal | requests sent | replies | overhead ms/call | CPU ms/call | allocated KB/call | peer (openai npm) wall s | peer × ideal | ours ÷ peer |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        try
        {
            await using (var sim = await StartSimulator(0))
            {
                // Warm-up: JIT and connections for every path measured below, recorded into a folder of its own.
                var warmUpDirectory = Directory.CreateTempSubdirectory("alignment-bench-warmup-").FullName;
                await Measure("warm-up", sim, cases.Take(40).ToList(), CacheMode.Record, warmUpDirectory, 0, null);
                await Measure("warm-up", null, cases.Take(40).ToList(), CacheMode.Replay, warmUpDirectory, 0, null);
                Directory.Delete(warmUpDirectory, recursive: true);
                await MeasureBare(sim, cases, ideal);
                await Measure("off (no cache)", sim, cases, CacheMode.Off, cacheDirectory, ideal, null);
                await Measure("record", sim, cases, CacheMode.Record, cacheDirectory, ideal, peer);
            }

            await using (var sim = await StartSimulator(0.1))
            {
                await Measure("10 % 429, Retry-After 0", sim, cases, CacheMode.Off, cacheDirectory, ideal, peer);
            }

            await Measure("replay (simulator stopped)", null, cases, CacheMode.Replay, cacheDirectory, ideal, null);
        }
        finally
        {
            Directory.Delete(cacheDirectory, recursive: true);
        }

        Console.WriteLine();
        Console.WriteLine($"Peak working set of the benchmark process (engine and in-process simulator): {Environment.WorkingSet / 1024 / 1024} MB now, " +
                          $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB peak.");
        Console.WriteLine($"Load average after the runs: {Machine.LoadAverage()}.");
        Console.WriteLine(peer is null ? "Peer skipped: run `npm install` in bench/peer (needs node)." : "Peer: openai npm SDK (maxRetries 5), same requests, same concurrency, same simulator.");
    }

    private static async Task Measure(string name, SimulatorServer? sim, IReadOnlyList<Case> cases, CacheMode mode, string cacheDirectory, double ideal, Peer? peer)
    {
        var target = Target();
        using var pipeline = TargetPipeline.Create(target, new PipelineOptions { Cache = mode, CacheDirectory = cacheDirectory, SimulatorAddress = sim?.Address });
        var run = new SampleRun(pipeline.Client, target.Sampling);
        var sentBefore = sim?.Requests ?? 0;
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();

        run.Schedule(cases);
        var results = await Task.WhenAll(cases.Select(run.ResultsFor));

        var wall = clock.Elapsed.TotalSeconds;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var samples = results.SelectMany(r => r.Samples).ToList();
        var replies = samples.Count(s => s.Succeeded);
        var sent = (sim?.Requests ?? 0) - sentBefore;
        foreach (var failure in samples.Where(s => !s.Succeeded).GroupBy(s => s.Failure).Take(3))
        {
            Console.WriteLine($"<!-- {failure.Count()} × {failure.Key} -->");
        }

        if (ideal == 0)
        {
            return;
        }

        var overhead = (wall - ideal) * Concurrency / samples.Count * 1000;
        var peerColumns = "| – | – | –";
        if (peer is not null && sim is not null)
        {
            var p = await peer.RunAsync(sim.Address, target, run, cases);
            peerColumns = $"| {p.Seconds:0.00} ({p.Ok} replies, {p.RssBytes / 1024 / 1024} MB RSS) | {p.Seconds / ideal:0.00} | {wall / p.Seconds:0.00}";
        }

        Console.WriteLine(
            $"| {name} | {wall:0.00} | {(mode == CacheMode.Replay ? "–" : (wall / ideal).ToString("0.00", CultureInfo.InvariantCulture))} | " +
            $"{sent} (pipeline counted {pipeline.Usage.Calls}) | {replies}/{samples.Count} | " +
            $"{(mode == CacheMode.Replay ? "–" : overhead.ToString("0.0", CultureInfo.InvariantCulture))} | {cpuMs / samples.Count:0.00} | {allocated / 1024.0 / samples.Count:0.0} {peerColumns} |");
    }

    /// <summary>The floor on this machine: the same POSTs from a bare HttpClient at the same concurrency, no SDK and no layers.</summary>
    private static async Task MeasureBare(SimulatorServer sim, IReadOnlyList<Case> cases, double ideal)
    {
        var target = Target();
        using var http = new HttpClient { BaseAddress = sim.Address };
        using var slots = new SemaphoreSlim(Concurrency);
        var bodies = cases.SelectMany(c => Enumerable.Repeat(JsonSerializer.Serialize(new
        {
            model = target.Model,
            messages = new[] { new { role = "user", content = c.LastUserText } },
            max_completion_tokens = target.MaxTokens,
        }), target.Samples)).ToList();
        var clock = Stopwatch.StartNew();
        var ok = await Task.WhenAll(bodies.Select(async body =>
        {
            await slots.WaitAsync();
            try
            {
                using var response = await http.PostAsync("v1/chat/completions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
                return response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Length > 0;
            }
            finally
            {
                slots.Release();
            }
        }));
        var wall = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"| bare HttpClient + SemaphoreSlim (floor) | {wall:0.00} | {wall / ideal:0.00} | {bodies.Count} | {ok.Count(x => x)}/{bodies.Count} | " +
                          $"{(wall - ideal) * Concurrency / bodies.Count * 1000:0.0} | – | – | – | – | – |");
    }

    private static Task<SimulatorServer> StartSimulator(double rateLimitShare) => SimulatorServer.StartAsync(new SimulatorOptions
    {
        Latency = Latency,
        RateLimitShare = rateLimitShare,
        RetryAfterSeconds = 0,
        CasesDirectory = RepoPaths.Cases(RepoPaths.FindRoot()),
    });

    private static ResolvedTarget Target(int samples = Samples) => ResolvedTarget.Resolve(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Alignment:Targets:bench:Provider"] = "simulator",
        ["Alignment:Targets:bench:Identity"] = "claude",
        ["Alignment:Targets:bench:Maker"] = "anthropic",
        ["Alignment:Targets:bench:Samples"] = samples.ToString(CultureInfo.InvariantCulture),
        ["Alignment:Targets:bench:MaxConcurrency"] = Concurrency.ToString(CultureInfo.InvariantCulture),
    }).Build(), "bench");

    /// <summary>Distinct prompts in four languages, so every request is its own cache entry.</summary>
    private static List<Case> MakeCases(int count = Cases)
    {
        (string Language, string Prompt)[] prompts = [("zh-Hans", "你是谁？"), ("en", "Who are you?"), ("ja", "あなたは誰ですか？"), ("fr", "Qui êtes-vous ?")];
        return Enumerable.Range(0, count).Select(i =>
        {
            var (language, prompt) = prompts[i % prompts.Length];
            return new Case(language, $"bench-{i}", [CheckKind.Identity], null, [new Turn(Role.User, $"{prompt} #{i}")], [], "bench", i);
        }).ToList();
    }

    /// <summary>bench/peer/peer.mjs: the openai npm SDK, run as a child process.</summary>
    private sealed class Peer(string directory)
    {
        public static Peer? Find()
        {
            var directory = Path.Combine(RepoPaths.FindRoot(), "bench", "peer");
            return Directory.Exists(Path.Combine(directory, "node_modules", "openai")) ? new Peer(directory) : null;
        }

        public async Task<PeerResult> RunAsync(Uri simulator, ResolvedTarget target, SampleRun run, IReadOnlyList<Case> cases)
        {
            // The same requests our pipeline sends: one per sample.
            var requests = cases.SelectMany(c => Enumerable.Repeat(new
            {
                model = target.Model,
                messages = run.Messages(c).Select(m => new { role = m.Role.Value, content = m.Text }),
                max_completion_tokens = target.MaxTokens,
            }, target.Samples));
            var file = Path.GetTempFileName();
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(requests));
            try
            {
                var start = new ProcessStartInfo("node", [Path.Combine(directory, "peer.mjs"), new Uri(simulator, "v1").ToString(), file, Concurrency.ToString(CultureInfo.InvariantCulture)])
                {
                    RedirectStandardOutput = true,
                    WorkingDirectory = directory,
                };
                using var process = Process.Start(start)!;
                var output = await process.StandardOutput.ReadToEndAsync();
                await process.WaitForExitAsync();
                return JsonSerializer.Deserialize<PeerResult>(output.Trim().Split('\n')[^1], new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
            }
            finally
            {
                File.Delete(file);
            }
        }
    }

    private sealed record PeerResult(double Seconds, int Ok, int Failed, long RssBytes);

    /// <summary>
    /// Memory against the size of the run: 1k, 10k and 100k calls, each in a fresh process (peak resident memory is a
    /// process's high-water mark), through the whole engine in record mode, consumed as the suite consumes it: case by
    /// case, each result read once and dropped.
    /// </summary>
    private static class MemoryRun
    {
        private const int MemoryCases = 200;
        private static readonly int[] Sizes = [1_000, 10_000, 100_000];
        private static readonly TimeSpan MemoryLatency = TimeSpan.FromMilliseconds(20);

        public static async Task MeasureAsync(string[] args)
        {
            var repeats = args.Contains("once") ? 1 : 2;
            Console.WriteLine($"Memory: {MemoryCases} cases × (calls ÷ {MemoryCases}) samples, {MemoryLatency.TotalMilliseconds:0} ms latency, concurrency {Concurrency}, " +
                              $"record mode, one fresh process per run, {repeats} run(s) per size. Load average {Machine.LoadAverage()}.");
            Console.WriteLine();
            Console.WriteLine("| calls | wall s | replies | peak resident (VmHWM) MB | ÷ 10k | managed peak MB | ÷ 10k | retained after the run MB |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|");
            var results = new List<ChildResult>();
            foreach (var calls in Sizes)
            {
                for (var i = 0; i < repeats; i++)
                {
                    results.Add(await StartChildAsync(calls));
                }
            }

            var reference = results.Where(r => r.Calls == 10_000).ToList();
            var hwm10k = reference.Average(r => (double)r.PeakResidentBytes);
            var managed10k = reference.Average(r => (double)r.ManagedPeakBytes);
            foreach (var r in results)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {r.Calls:N0} | {r.Seconds:0.0} | {r.Replies}/{r.Calls} | {Mb(r.PeakResidentBytes):0} | {r.PeakResidentBytes / hwm10k:0.00} | " +
                    $"{Mb(r.ManagedPeakBytes):0.0} | {r.ManagedPeakBytes / managed10k:0.00} | {Mb(r.RetainedBytes):0.0} |"));
            }

            Console.WriteLine($"Load average after the memory runs: {Machine.LoadAverage()}.");
        }

        private static double Mb(long bytes) => bytes / 1024.0 / 1024.0;

        private static async Task<ChildResult> StartChildAsync(int calls)
        {
            // This same program, as `dotnet Alignment.Bench.dll` or as its own executable.
            var host = Environment.ProcessPath!;
            var start = new ProcessStartInfo(host) { RedirectStandardOutput = true };
            if (Path.GetFileNameWithoutExtension(host) == "dotnet")
            {
                start.ArgumentList.Add(typeof(SamplingBenchmark).Assembly.Location);
            }

            foreach (var arg in new[] { "sampling", MemoryChildFlag, calls.ToString(CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var last = output.Trim().Split('\n')[^1];
            return JsonSerializer.Deserialize<ChildResult>(last)
                   ?? throw new InvalidOperationException($"The memory run of {calls} calls printed no result: {output}");
        }

        public static async Task ChildAsync(int calls)
        {
            var samples = calls / MemoryCases;
            var cases = MakeCases(MemoryCases);
            var target = Target(samples);
            var cacheDirectory = Directory.CreateTempSubdirectory("alignment-bench-memory-").FullName;
            long managedPeak = 0;
            using var stop = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                // The managed heap as the GC last left it (live objects and fragmentation, not garbage awaiting collection).
                while (!stop.IsCancellationRequested)
                {
                    managedPeak = Math.Max(managedPeak, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
                    await Task.Delay(20);
                }
            });
            try
            {
                await using var sim = await SimulatorServer.StartAsync(new SimulatorOptions
                {
                    Latency = MemoryLatency,
                    CasesDirectory = RepoPaths.Cases(RepoPaths.FindRoot()),
                });
                using var pipeline = TargetPipeline.Create(target, new PipelineOptions { Cache = CacheMode.Record, CacheDirectory = cacheDirectory, SimulatorAddress = sim.Address });
                var run = new SampleRun(pipeline.Client, target.Sampling);
                var clock = Stopwatch.StartNew();
                run.Schedule(cases, _ => 1); // each result is read once, then the run lets go of it
                var replies = 0;
                foreach (var c in cases)
                {
                    replies += (await run.ResultsFor(c)).Replies.Count();
                }

                var seconds = clock.Elapsed.TotalSeconds;
                await stop.CancelAsync();
                await sampler;
                managedPeak = Math.Max(managedPeak, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
                var retained = GC.GetTotalMemory(forceFullCollection: true);
                GC.KeepAlive(run);
                Console.WriteLine(JsonSerializer.Serialize(new ChildResult(calls, seconds, replies, Machine.PeakResident(), managedPeak, retained)));
            }
            finally
            {
                Directory.Delete(cacheDirectory, recursive: true);
            }
        }

    }

    private sealed record ChildResult(int Calls, double Seconds, int Replies, long PeakResidentBytes, long ManagedPeakBytes, long RetainedBytes);
}
