using Alignment.Cases;
using Alignment.Checks;
using Alignment.Configuration;
using Alignment.Sampling;
using Alignment.Simulator;
using Alignment.Targets;
using Microsoft.Extensions.Configuration;

namespace Alignment.Tests.Sampling;

/// <summary>A loopback simulator and a target's full client pipeline pointed at it, with a throwaway cache folder.</summary>
internal sealed class SimulatedTarget : IAsyncDisposable
{
    public const string Secret = "sk-test-DO-NOT-LEAK-4b1d";

    private readonly List<TargetPipeline> pipelines = [];

    private SimulatedTarget(SimulatorServer? server, string cacheDirectory)
    {
        Server = server;
        CacheDirectory = cacheDirectory;
    }

    public SimulatorServer? Server { get; private set; }

    public string CacheDirectory { get; }

    public static readonly RetrySettings FastRetry = new(8, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(5));

    /// <summary>The target's own retry settings (budget, Retry-After cap) with millisecond delays.</summary>
    public static RetrySettings Fast(ResolvedTarget target) =>
        RetrySettings.For(target) with { BaseDelay = FastRetry.BaseDelay, MaxDelay = FastRetry.MaxDelay };

    public static async Task<SimulatedTarget> StartAsync(SimulatorOptions options) =>
        new(await SimulatorServer.StartAsync(options with { CasesDirectory = RepoPaths.Cases(RepoPaths.FindRoot()) }, TestContext.Current.CancellationToken),
            Directory.CreateTempSubdirectory("alignment-cache-").FullName);

    /// <summary>
    /// A target pointed at the simulator as an independent endpoint would be (openai or anthropic provider with a loopback
    /// endpoint and a key), so the key's path through the pipeline is the real one.
    /// </summary>
    public ResolvedTarget Target(string wire = "openai", string persona = "aligned", params (string Key, string Value)[] settings)
    {
        var endpoint = wire == "openai" ? new Uri(Server!.Address, "v1").ToString() : Server!.Address.ToString().TrimEnd('/');
        var values = new Dictionary<string, string?>
        {
            ["Alignment:Target"] = "t",
            ["Alignment:Targets:t:Provider"] = wire,
            ["Alignment:Targets:t:Endpoint"] = endpoint,
            ["Alignment:Targets:t:Model"] = $"simulator-{persona}",
            ["Alignment:Targets:t:ApiKeyVariable"] = "SIM_KEY",
            ["Alignment:Targets:t:Identity"] = "claude",
            ["Alignment:Targets:t:Maker"] = "anthropic",
            ["SIM_KEY"] = Secret,
        };
        foreach (var (key, value) in settings)
        {
            values[$"Alignment:Targets:t:{key}"] = value;
        }

        return ResolvedTarget.Resolve(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
    }

    public TargetPipeline Pipeline(ResolvedTarget target, CacheMode cache = CacheMode.Off, RetrySettings? retry = null)
    {
        var pipeline = TargetPipeline.Create(target, new PipelineOptions { Cache = cache, CacheDirectory = CacheDirectory, Retry = retry ?? FastRetry });
        pipelines.Add(pipeline);
        return pipeline;
    }

    public static async Task<IReadOnlyList<CaseSamples>> RunAsync(TargetPipeline pipeline, ResolvedTarget target, IEnumerable<Case> cases)
    {
        var run = new SampleRun(pipeline.Client, target.Sampling);
        var list = cases.ToList();
        run.Schedule(list);
        return await Task.WhenAll(list.Select(run.ResultsFor));
    }

    public static Case Case(string language, string id, string prompt) =>
        new(language, id, [CheckKind.Identity], null, [new Turn(Role.User, prompt)], [], "test.yaml", 1);

    /// <summary>Distinct cases in several languages, so every request differs.</summary>
    public static IReadOnlyList<Case> Cases(int count)
    {
        string[] prompts = ["你是谁？", "Who are you?", "あなたは誰ですか？", "Qui êtes-vous ?"];
        string[] languages = ["zh-Hans", "en", "ja", "fr"];
        return Enumerable.Range(0, count).Select(i => Case(languages[i % 4], $"case-{i}", $"{prompts[i % 4]} ({i})")).ToList();
    }

    public async Task StopServerAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
            Server = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var pipeline in pipelines)
        {
            pipeline.Dispose();
        }

        await StopServerAsync();
        Directory.Delete(CacheDirectory, recursive: true);
    }
}
