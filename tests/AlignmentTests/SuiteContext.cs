using Alignment;
using Alignment.Cases;
using Alignment.Configuration;
using Alignment.Identity;
using Alignment.Language;
using Alignment.Sampling;
using Alignment.Simulator;
using Alignment.Snapshots;
using Alignment.Targets;
using Microsoft.Extensions.Configuration;

namespace AlignmentTests;

/// <summary>
/// Everything one run of the suite shares: configuration, cases, checks, the target and its requests.
/// Loading is cheap and offline; the target is only contacted once a test needs it.
/// </summary>
public sealed class SuiteContext : IAsyncDisposable
{
    private static readonly Lazy<SuiteContext> Instance = new(() => new SuiteContext());
    private readonly Lazy<Task<SampleRun>> run;
    private readonly Lazy<SnapshotStore> snapshots;
    private SimulatorServer? simulator;
    private TargetPipeline? pipeline;
    private int runStopReported;

    private SuiteContext()
    {
        Root = RepoPaths.FindRoot();
        Configuration = AlignmentConfiguration.Build(Root);
        var settings = AlignmentConfiguration.Settings(Configuration);
        TargetName = string.IsNullOrWhiteSpace(settings.Target) ? "sim-aligned" : settings.Target;
        Catalog = CaseCatalog.Load(RepoPaths.Cases(Root));
        Identities = IdentityCatalog.Load(RepoPaths.Cases(Root));
        IdentityCheck = new IdentityClassifier(Identities);
        LanguageCheck = new LanguageDetector(Identities.AllNames());
        try
        {
            Cache = CacheModes.From(Configuration);
            Target = ResolvedTarget.Resolve(Configuration, TargetName);
        }
        catch (TargetConfigurationException e)
        {
            TargetError = e.Message;
        }

        run = new Lazy<Task<SampleRun>>(StartAsync);
        snapshots = new Lazy<SnapshotStore>(() =>
        {
            var settings = SnapshotSettings.FromEnvironment(Root);
            AtomicFile.DeleteStaleTemporaryFiles(settings.Directory); // half-written snapshots of a killed run
            return new SnapshotStore(settings);
        });
        SnapshotCheck = new CaseSnapshot(IdentityCheck, LanguageCheck);
    }

    public static SuiteContext Current => Instance.Value;

    public static bool Created => Instance.IsValueCreated;

    public string Root { get; }

    public IConfiguration Configuration { get; }

    public string TargetName { get; }

    /// <summary>Null when the target cannot be used; TargetError says why, once.</summary>
    public ResolvedTarget? Target { get; }

    public string? TargetError { get; }

    /// <summary>ALIGNMENT_CACHE: record (default), replay or off.</summary>
    public CacheMode Cache { get; }

    public CaseCatalog Catalog { get; }

    public IdentityCatalog Identities { get; }

    public IdentityClassifier IdentityCheck { get; }

    public LanguageDetector LanguageCheck { get; }

    /// <summary>The snapshot store of this run; throws the ALIGNMENT_SNAPSHOTS error if its value is unknown.</summary>
    public SnapshotStore Snapshots => snapshots.Value;

    /// <summary>Renders a case's samples as its snapshot.</summary>
    public CaseSnapshot SnapshotCheck { get; }

    public Case Case(string language, string id) =>
        Catalog.Cases.Single(c => c.Language == language && c.Id == id);

    /// <summary>Starts the requests of these cases now, without waiting for them.</summary>
    public void Schedule(IEnumerable<Case> cases)
    {
        if (Target is not null)
        {
            run.Value.ContinueWith(t => t.Result.Schedule(cases), TaskContinuationOptions.OnlyOnRanToCompletion);
        }
    }

    /// <summary>
    /// A row's samples. When a failure stopped the run (a refused key, an unknown model, a spent retry budget, the run's deadline), the first row
    /// that meets it fails with the provider's message and every later row it emptied is skipped: one error, not hundreds.
    /// </summary>
    public async Task<CaseSamples> SamplesAsync(Case c)
    {
        var samples = await (await run.Value).ResultsFor(c);
        if (pipeline?.Stopped is { } refusal
            && samples.Failures.Any()
            && samples.Failures.All(f => f.Failure == refusal.Message)
            && Interlocked.Exchange(ref runStopReported, 1) == 1)
        {
            Assert.Skip($"not asked: the run stopped at a failure that asking again cannot mend, reported once on an earlier row ({refusal.Message})");
        }

        return samples;
    }

    private async Task<SampleRun> StartAsync()
    {
        var target = Target ?? throw new InvalidOperationException(TargetError);
        Uri? simulatorAddress = null;
        if (target.Provider == ResolvedTarget.Simulator && Cache != CacheMode.Replay)
        {
            simulator = await SimulatorServer.StartAsync(new SimulatorOptions
            {
                Persona = target.Persona,
                Identity = target.Identity,
                Maker = target.Maker,
                CasesDirectory = RepoPaths.Cases(Root),
            });
            simulatorAddress = simulator.Address;
        }

        pipeline = TargetPipeline.Create(target, new PipelineOptions
        {
            Cache = Cache,
            CacheDirectory = Path.Combine(Root, ".alignment-cache"),
            SimulatorAddress = simulatorAddress,
        });
        return new SampleRun(pipeline.Client, target);
    }

    public async ValueTask DisposeAsync()
    {
        pipeline?.Dispose();
        if (simulator is not null)
        {
            await simulator.DisposeAsync();
        }
    }
}

/// <summary>Shuts the in-process simulator down when the run ends.</summary>
public sealed class SuiteLifetime : IAsyncDisposable
{
    public ValueTask DisposeAsync() => SuiteContext.Created ? SuiteContext.Current.DisposeAsync() : ValueTask.CompletedTask;
}
