using System.Runtime.CompilerServices;
using Alignment;
using Alignment.Batches;
using Alignment.Cases;
using Alignment.Checks;
using Alignment.Configuration;
using Alignment.Identity;
using Alignment.Language;
using Alignment.Provenance;
using Alignment.Reports;
using Alignment.Sampling;
using Alignment.Simulator;
using Alignment.Snapshots;
using Alignment.Storage;
using Alignment.Targets;
using Microsoft.Extensions.Configuration;
using Xunit.Sdk;

namespace AlignmentTests;

/// <summary>
/// Everything one run of the suite shares: configuration, cases, checks, the target and its requests.
/// Loading is cheap and offline; the target is only contacted once a test needs it. A problem that would fail every row
/// (a case file, the target, ALIGNMENT_SNAPSHOTS, an empty replay cache, a target with no verified snapshots) is kept here
/// and reported by one row; the rows it empties are skipped and point to that row.
/// </summary>
public sealed class SuiteContext : IAsyncDisposable
{
    public const string CatalogRow = "catalog · cases";
    public const string TargetRow = "target · configured";

    private static readonly Lazy<IReadOnlyList<SuiteContext>> Instances = new(Create);
    private static IReadOnlySet<string> selected = new HashSet<string>();
    private readonly Lazy<Task<SampleRun>> run;
    private readonly Lazy<SnapshotStore> snapshots;
    private readonly CheckSet? checks;
    private readonly IdentityClassifier? classifier;
    private readonly Lazy<RunRecorder> recorder;
    private bool artifactsWritten;
    private RunArtifacts? artifacts;
    private readonly CaseSnapshot? snapshotCheck;
    private readonly ConditionalWeakTable<CaseSamples, CaseJudgement> judgements = new();
    private readonly Dictionary<string, string> sharedCauseRows = new(StringComparer.Ordinal);
    private SimulatorServer? simulator;
    private TargetPipeline? pipeline;
    private BatchRunner? batches;
    private Task<BatchProgress>? batchPass;

    /// <summary>
    /// The targets of Alignment:Target (<see cref="TargetList"/>), one context each. One target (the usual case) keeps every
    /// row name as it was; several add the target to each row's name, and share the cases, checks and snapshot store.
    /// </summary>
    private static IReadOnlyList<SuiteContext> Create()
    {
        var root = RepoPaths.FindRoot();
        var configuration = AlignmentConfiguration.Build(root);
        var raw = TargetList.Raw(configuration);
        var names = TargetList.Parse(raw);
        if (names.Count == 1)
        {
            // The one-target path as it always was; only a list that reads as one name ("a," or [ "a" ]) is given as that name.
            return [new SuiteContext(root, configuration, null, string.IsNullOrWhiteSpace(raw) || raw == names[0] ? null : names[0], false)];
        }

        var first = new SuiteContext(root, configuration, null, names[0], true);
        return [first, .. names.Skip(1).Select(n => new SuiteContext(root, configuration, first, n, true))];
    }

    private SuiteContext(string root, IConfiguration configuration, SuiteContext? shared, string? name, bool several)
    {
        Root = root;
        Configuration = configuration;
        Several = several;
        Languages = shared?.Languages ?? LanguageFiles(RepoPaths.Cases(Root));
        if (shared is not null)
        {
            Catalog = shared.Catalog;
            CatalogError = shared.CatalogError;
            Probes = shared.Probes;
            checks = shared.checks;
            classifier = shared.classifier;
            snapshotCheck = shared.snapshotCheck;
        }
        else
        {
            LoadCatalog(out var catalog, out var probes, out checks, out classifier, out var error);
            Catalog = catalog;
            Probes = probes;
            CatalogError = error;
            snapshotCheck = checks is null ? null : new CaseSnapshot(checks);
        }

        try
        {
            var settings = AlignmentConfiguration.Settings(Configuration);
            TargetName = name ?? (string.IsNullOrWhiteSpace(settings.Target) ? "sim-aligned" : settings.Target);
            Cache = CacheModes.From(Configuration);
            Target = ResolvedTarget.Resolve(Configuration, TargetName);
            BatchWaitTime = Target.Mode == TargetMode.Batch ? BatchWait.From(Configuration) : TimeSpan.Zero;
        }
        catch (TargetConfigurationException e)
        {
            TargetName ??= name ?? "sim-aligned";
            TargetError = e.Message;
        }

        try
        {
            SnapshotModes.Parse(Environment.GetEnvironmentVariable(SnapshotModes.Variable));
        }
        catch (SnapshotConfigurationException e)
        {
            SnapshotError = e.Message;
        }

        // Read before any row writes one: whether this target has anything approved to compare with.
        var targetFolder = Path.Combine(RepoPaths.Snapshots(Root), SnapshotId.PathPart(TargetName));
        HasVerifiedSnapshots = Directory.Exists(targetFolder)
            && Directory.EnumerateFiles(targetFolder, "*" + SnapshotId.VerifiedSuffix, SearchOption.AllDirectories).Any();

        run = new Lazy<Task<SampleRun>>(StartAsync);
        recorder = new Lazy<RunRecorder>(() => new RunRecorder(TargetName, Target?.Model, Target?.Provider));
        // One store for every target: it clears a killed run's half-written files when it is made, which must happen once.
        snapshots = shared?.snapshots ?? new Lazy<SnapshotStore>(() =>
        {
            var settings = SnapshotSettings.FromEnvironment(Root);
            AtomicFile.DeleteStaleTemporaryFiles(settings.Directory); // half-written snapshots of a killed run
            return new SnapshotStore(settings);
        });
    }

    private void LoadCatalog(out CaseCatalog catalog, out ProbeSet? probes, out CheckSet? loaded, out IdentityClassifier? classifier, out string? error)
    {
        probes = null;
        loaded = null;
        classifier = null;
        error = null;
        try
        {
            catalog = CaseCatalog.Load(RepoPaths.Cases(Root));
            probes = ProbeSet.Load(RepoPaths.Cases(Root));
            var identities = IdentityCatalog.Load(RepoPaths.Cases(Root));
            classifier = new IdentityClassifier(identities);
            loaded = CheckSet.Create(classifier, new LanguageDetector(identities.AllNames()));
        }
        catch (Exception e) when (e is DataFileException or IOException)
        {
            // Thrown while xunit collects the rows, this would end the run as "Zero tests ran" with the message in a log.
            catalog = CaseCatalog.Empty;
            error = e.Message;
        }
    }

    /// <summary>The first (or only) target's context: the rows of the whole run (catalog, orphans) and the run's reports.</summary>
    public static SuiteContext Current => Instances.Value[0];

    /// <summary>One context per target of the run, in the order Alignment:Target names them.</summary>
    public static IReadOnlyList<SuiteContext> All => Instances.Value;

    public static bool Created => Instances.IsValueCreated;

    /// <summary>The context of a target of this run (a row's Target argument).</summary>
    public static SuiteContext For(string target) =>
        All.FirstOrDefault(c => string.Equals(c.TargetName, target, StringComparison.OrdinalIgnoreCase)) ?? Current;

    /// <summary>The context of the running row: its Target trait, or the first target for a row of the whole run.</summary>
    public static SuiteContext OfRow() =>
        TestContext.Current.TestCase?.Traits is { } traits && traits.TryGetValue(Traits.Target, out var targets) && targets.FirstOrDefault() is { } target
            ? For(target)
            : Current;

    /// <summary>Whether the run has several targets, so that each row's name says which one it is for.</summary>
    public bool Several { get; }

    /// <summary>The row that reports this target's configuration: "target · configured", or "target · configured · &lt;target&gt;" among several.</summary>
    public string TargetRowName => Several ? $"{TargetRow} · {TargetName}" : TargetRow;

    /// <summary>A case's row name: "identity · zh-Hans · who-are-you", or "identity · sim-incident · zh-Hans · who-are-you" among several targets.</summary>
    public string RowName(string check, string rest) => Several ? $"{check} · {TargetName} · {rest}" : $"{check} · {rest}";

    public string Root { get; }

    public IConfiguration Configuration { get; }

    public string TargetName { get; }

    /// <summary>The row that reports this run's snapshot problems, e.g. "snapshots · sim-aligned".</summary>
    public string SnapshotsRow => $"snapshots · {TargetName}";

    /// <summary>Null when the target cannot be used; TargetError says why, once.</summary>
    public ResolvedTarget? Target { get; }

    public string? TargetError { get; }

    /// <summary>Why the case files cannot be read (file, line and field), or null.</summary>
    public string? CatalogError { get; }

    /// <summary>The catalog error as a row reports it: what happened, where, and what to do.</summary>
    public string? CatalogProblem => CatalogError is null ? null
        : $"The case files cannot be read: {CatalogError}\n" +
          "Fix that line (the README's \"Adding a language\" shows a case file), then run again: dotnet test tests/AlignmentTests";

    /// <summary>The target error as a row reports it.</summary>
    public string? TargetProblem => TargetError is null ? null
        : $"{TargetError}\n" +
          "Targets are set in alignment.json under Alignment:Targets, or as ALIGNMENT__TARGETS__<name>__<Key> variables (the README's \"Target settings\").";

    /// <summary>Why ALIGNMENT_SNAPSHOTS cannot be used, or null.</summary>
    public string? SnapshotError { get; }

    /// <summary>Whether snapshots/&lt;target&gt;/ held any verified snapshot when the run started.</summary>
    public bool HasVerifiedSnapshots { get; }

    /// <summary>The language tags of cases/*.yaml by file name, readable even when a file is not.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>ALIGNMENT_CACHE: record (default), replay or off.</summary>
    public CacheMode Cache { get; }

    /// <summary>Alignment:BatchWaitMinutes, for a target in batch mode.</summary>
    public TimeSpan BatchWaitTime { get; }

    /// <summary>Whether this run sends its schedule as provider batches (Mode = batch; a replay sends nothing at all).</summary>
    public bool InBatches => Target?.Mode == TargetMode.Batch && Cache == CacheMode.Record;

    public CaseCatalog Catalog { get; }

    /// <summary>cases/probes.yaml, what the provenance rows send; null when the checkout has none (or the case files cannot be read).</summary>
    public ProbeSet? Probes { get; }

    /// <summary>Whether rows can run at all: the cases load and the target is usable.</summary>
    public bool CanRun => CatalogError is null && Target is not null;

    /// <summary>Every check kind, built once from cases/.</summary>
    public CheckSet Checks => checks ?? throw new InvalidOperationException(CatalogError);

    /// <summary>The identity check's reader of replies (the provenance identity row reads its probe's reply with it).</summary>
    public IdentityClassifier Classifier => classifier ?? throw new InvalidOperationException(CatalogError);

    /// <summary>The snapshot store of this run; throws the ALIGNMENT_SNAPSHOTS error if its value is unknown.</summary>
    public SnapshotStore Snapshots => snapshots.Value;

    /// <summary>Renders a case's samples as its snapshot.</summary>
    public CaseSnapshot SnapshotCheck => snapshotCheck ?? throw new InvalidOperationException(CatalogError);

    /// <summary>What the rows found, recorded as they finish; written when the run ends (<see cref="SuiteLifetime"/>).</summary>
    public RunRecorder Recorder => recorder.Value;

    /// <summary>Runs a case's row and counts how it ended in the run summary.</summary>
    public async Task RecordAsync(string check, string language, string caseId, Func<Task> row)
    {
        try
        {
            await row();
            Recorder.Row(check, language, caseId, RowOutcome.Passed);
        }
        catch (Exception e)
        {
            Recorder.Row(check, language, caseId, OutcomeOf(e));
            throw;
        }
    }

    /// <summary>Runs a provenance row of the target and counts how it ended in the run summary's provenance table.</summary>
    public async Task RecordProvenanceAsync(string row, Func<Task> body)
    {
        try
        {
            await body();
            Recorder.ProvenanceRow(row, RowOutcome.Passed);
        }
        catch (Exception e)
        {
            Recorder.ProvenanceRow(row, OutcomeOf(e));
            throw;
        }
    }

    /// <summary>Runs a row of the whole run (catalog, target, snapshots) and counts how it ended.</summary>
    public void RecordRun(string name, Action row)
    {
        try
        {
            row();
            Recorder.RunRow(name, RowOutcome.Passed);
        }
        catch (Exception e)
        {
            Recorder.RunRow(name, OutcomeOf(e));
            throw;
        }
    }

    /// <summary>A skip ("skipped: see ..."), an unreachable model (never an alignment verdict), or a failed check.</summary>
    private static RowOutcome OutcomeOf(Exception e) => e switch
    {
        // Assert.Skip marks its exception with this token (xunit's DynamicSkipToken, which is internal).
        _ when e.Message.StartsWith("$XunitDynamicSkip$", StringComparison.Ordinal) => RowOutcome.Skipped,
        InfrastructureException => RowOutcome.Error,
        IAssertionException => RowOutcome.Failed,
        _ => RowOutcome.Error,
    };

    /// <summary>
    /// Writes the run's record (artifacts/run.json), its summary (summary.md, also to $GITHUB_STEP_SUMMARY and printed), its
    /// HTML report (report.html) and its line in history.jsonl, once, whichever end of the run asks first (the assembly
    /// fixture or the test platform's session end); returns what was written, or null. `dotnet test` shows the test
    /// process's standard output only when the run fails; on a green run it lists the files instead.
    /// </summary>
    public RunArtifacts? WriteArtifacts()
    {
        lock (recorder)
        {
            if (artifactsWritten || !All.Any(c => c.recorder.IsValueCreated && !c.Recorder.IsEmpty))
            {
                return artifacts;
            }

            artifactsWritten = true;
            try
            {
                // Several targets make one record that holds them all, so `alignment report compare run.json` needs nothing else.
                var records = All.Where(c => c.recorder.IsValueCreated && !c.Recorder.IsEmpty).Select(c => c.Recorder.ToRecord()).ToList();
                var record = records.Count == 1 ? records[0] : RunRecord.Merge(records);
                artifacts = RunArtifacts.Write(record, RunSummary.ArtifactsDirectory(Root), Environment.GetEnvironmentVariable(RunSummary.StepSummaryVariable));
                Console.Out.Write($"\n{RunSummary.ToMarkdown(record)}\nWritten to {artifacts.Summary}\nReport: {artifacts.Report}\n");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"The run's reports could not be written: {TerminalText.Safe(e.Message)}");
            }

            return artifacts;
        }
    }

    public Case Case(string language, string id) =>
        Catalog.Cases.Single(c => c.Language == language && c.Id == id);

    /// <summary>The problem rows this run executes (after filters), so a row points only to one that runs.</summary>
    public static void Select(IEnumerable<string> displayNames) => selected = displayNames.ToHashSet(StringComparer.Ordinal);

    public bool IsSelected(string row) => selected.Contains(row);

    /// <summary>
    /// Reports a problem that is not this row's own: skips with "skipped: see &lt;row&gt;" when that row runs and reports it,
    /// and fails with the message here when a filter left that row out, so a filtered run is never green by accident.
    /// </summary>
    public static void ReportedBy(string row, string message)
    {
        if (TestContext.Current.Test?.TestDisplayName != row && selected.Contains(row))
        {
            Assert.Skip($"skipped: see {row}");
        }

        throw new RowFailure(message);
    }

    /// <summary>
    /// Fails the first row that meets a cause shared by many rows and skips the later ones with "skipped: see &lt;first row&gt;":
    /// one message for one cause, whatever order the rows run in.
    /// </summary>
    public void SharedCause(string cause, Func<RowFailure> failure)
    {
        var row = TestContext.Current.Test?.TestDisplayName ?? cause;
        string first;
        lock (sharedCauseRows)
        {
            first = sharedCauseRows.TryAdd(cause, row) ? row : sharedCauseRows[cause];
        }

        if (first != row)
        {
            Assert.Skip($"skipped: see {first}");
        }

        throw failure();
    }

    /// <summary>Starts the requests of these cases now, without waiting for them.</summary>
    public void Schedule(IEnumerable<Case> cases)
    {
        if (CanRun && InBatches)
        {
            // The orderer may schedule in parts; each part's batches are gathered after the one before, never alongside.
            lock (run)
            {
                batchPass = RunBatchesAsync(cases.ToList(), batchPass);
            }
        }
        else if (CanRun)
        {
            run.Value.ContinueWith(t => t.Result.Schedule(cases), TaskContinuationOptions.OnlyOnRanToCompletion);
        }
    }

    /// <summary>
    /// Batch mode: the schedule goes to the provider as batches, the run waits for them up to Alignment:BatchWaitMinutes,
    /// and only then asks for the samples, which the record cache answers as a replay would.
    /// </summary>
    private async Task<BatchProgress> RunBatchesAsync(IReadOnlyList<Case> cases, Task<BatchProgress>? before)
    {
        if (before is not null)
        {
            await before.ContinueWith(_ => { }, TaskScheduler.Default); // its failure is reported by its own rows
        }

        var samples = await run.Value;
        var progress = await batches!.RunAsync(cases, Target!.Sampling, BatchWaitTime);
        samples.Schedule(cases);
        return progress;
    }

    /// <summary>
    /// A row's samples. When a failure stopped the run (a refused key, an unknown model, an endpoint that is down, a spent retry budget,
    /// the run's deadline), or a replay found nothing recorded for the case, the first row that meets it fails with the message and
    /// every later row with the same cause is skipped with "skipped: see &lt;that row&gt;": one error, not hundreds.
    /// </summary>
    /// <summary>
    /// A case's judgement: every check's verdict on every sample, computed once for all the rows of the case (identity,
    /// language, snapshot) and let go with its samples.
    /// </summary>
    public async Task<CaseJudgement> JudgementAsync(Case c) => Judge(await SamplesAsync(c));

    /// <summary>The cases whose identity rows this run executes (after filters); empty when none do.</summary>
    public IReadOnlyList<Case> IdentityRowCases
    {
        get
        {
            lock (identityRowCases)
            {
                return identityRowCases.ToList();
            }
        }
    }

    private readonly List<Case> identityRowCases = [];

    public void AddIdentityRowCases(IEnumerable<Case> cases)
    {
        lock (identityRowCases)
        {
            identityRowCases.AddRange(cases.Where(c => !identityRowCases.Contains(c)));
        }
    }

    /// <summary>
    /// What the identity rows read, per language (their replies are kept by the run; no call is sent again); null when
    /// this run has no identity rows. Failed samples are left out: the identity rows report them.
    /// </summary>
    public async Task<IReadOnlyList<IdentityStatement>?> IdentityStatementsAsync()
    {
        if (IdentityRowCases.Count == 0)
        {
            return null;
        }

        var sampling = await run.Value;
        var read = await Task.WhenAll(IdentityRowCases.Select(async c => Judge(await sampling.ResultsFor(c))));
        return IdentityStatement.FromJudgements(read);
    }

    private CaseJudgement Judge(CaseSamples samples) =>
        judgements.GetValue(samples, s =>
        {
            var judgement = CaseJudgement.Judge(s, Checks, Target!.CheckContext(s.Case));
            Recorder.Judged(judgement); // the run record keeps every sample with its evidence
            return judgement;
        });

    public async Task<CaseSamples> SamplesAsync(Case c)
    {
        var progress = await BatchProgressAsync();
        var samples = await (await run.Value).ResultsFor(c);
        var failures = samples.Failures.ToList();
        if (failures.Count == 0)
        {
            return samples;
        }

        if (progress is { Open: > 0 } open && failures.All(f => BatchPendingException.Is(f.Failure)))
        {
            SharedCause("batch-pending", () => new InfrastructureException(
                $"{open.StillProcessing}\n" +
                $"  {open.Line}\n" +
                "Every other row waiting for a batch is skipped and points here. Collect the results by running the same command again " +
                $"(`{TargetCommand()}dotnet test tests/AlignmentTests`); nothing is sent twice."));
        }

        if (pipeline?.Stopped is { } refusal && failures.All(f => f.Failure == refusal.Message))
        {
            SharedCause("stopped", () => new InfrastructureException(
                $"The run stopped: {refusal.Message}\n" +
                "Nothing more was sent. Every other row this left without replies is skipped and points here."));
        }

        if (Cache == CacheMode.Replay && failures.Count == samples.Samples.Count && failures.All(f => ReplayMissException.Is(f.Failure)))
        {
            SharedCause("replay", () => new InfrastructureException(
                $"{CacheModes.Variable}=replay found no recorded response for {c.Key} on target '{TargetName}' " +
                $"(.alignment-cache/ holds none for it{(Directory.Exists(Path.Combine(Root, ".alignment-cache")) ? "" : ": the folder does not exist")}).\n" +
                $"  first miss: {failures[0].Failure}\n" +
                "Every other row with nothing recorded is skipped and points here. Record the responses first, then replay:\n" +
                $"  {TargetCommand()}dotnet test tests/AlignmentTests\n" +
                $"  {TargetCommand()}{CacheModes.Variable}=replay dotnet test tests/AlignmentTests"));
        }

        return samples;
    }

    /// <summary>Where this target's batches stand once the run has waited for them; null in live mode. A failed batch run fails once.</summary>
    private async Task<BatchProgress?> BatchProgressAsync()
    {
        if (batchPass is null)
        {
            return null;
        }

        try
        {
            Task<BatchProgress> pass;
            lock (run)
            {
                pass = batchPass;
            }

            return await pass;
        }
        catch (Exception e) when (e is ProviderFailureException or InvalidDataException or IOException or HttpRequestException)
        {
            SharedCause("batch", () => new InfrastructureException(
                $"The batches of target '{TargetName}' could not be sent or collected: {e.Message}\n" +
                $"Every other row is skipped and points here. See `./alignment batch status --target {TargetName}`, mend the cause and run again."));
            return null;
        }
    }

    /// <summary>What stopped the run (a refused key, a spent retry budget, the deadline), once it has; null before it starts.</summary>
    public ProviderFailureException? Stopped => pipeline?.Stopped;

    /// <summary>The target's client with every layer (record/replay, limits, usage counting), once the run has started.</summary>
    public async Task<Microsoft.Extensions.AI.IChatClient> ClientAsync()
    {
        await run.Value;
        return pipeline!.Client;
    }

    /// <summary>The target's raw streaming client (same HttpClient and cache), for the protocol probe, once the run has started.</summary>
    public async Task<RawStreamClient> RawStreamAsync()
    {
        await run.Value;
        return pipeline!.RawStream;
    }

    /// <summary>The environment prefix that selects this run's target in a shell command ("" for the default target).</summary>
    public string TargetCommand()
    {
        if (!Several && (string.IsNullOrWhiteSpace(Configuration["Alignment:Target"]) || TargetName == "sim-aligned"))
        {
            return "";
        }

        // bash cannot assign a variable whose value needs quoting without quotes; env takes any NAME=value.
        return $"env ALIGNMENT__TARGET={TargetName} ";
    }

    private static IReadOnlyList<string> LanguageFiles(string casesDirectory) => Directory.Exists(casesDirectory)
        ? Directory.EnumerateFiles(casesDirectory, "*.yaml")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => n is not null && CaseCatalog.IsLanguageTag(n) && n is not ("identities" or "claims"))
            .Select(n => n!)
            .Order(StringComparer.Ordinal)
            .ToList()
        : [];

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
                RepliesDirectory = ReplyBook.DirectoryIn(Root),
            });
            simulatorAddress = simulator.Address;
        }

        var cacheDirectory = Path.Combine(Root, ".alignment-cache");
        if (InBatches)
        {
            batches = BatchRunner.Create(target, cacheDirectory, simulatorAddress, Console.Out);
        }

        pipeline = TargetPipeline.Create(target, new PipelineOptions
        {
            Cache = Cache,
            CacheDirectory = cacheDirectory,
            SimulatorAddress = simulatorAddress,
            BeforeCache = batches?.ReplyLayer(),
        });
        return new SampleRun(pipeline.Client, target.Sampling);
    }

    /// <summary>Shuts every target's client and simulator down.</summary>
    public static async ValueTask DisposeAllAsync()
    {
        foreach (var context in All)
        {
            await context.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        pipeline?.Dispose();
        batches?.Dispose();
        if (simulator is not null)
        {
            await simulator.DisposeAsync();
        }
    }
}

/// <summary>Writes the run's reports and shuts the in-process simulator down when the run ends.</summary>
public sealed class SuiteLifetime : IAsyncDisposable
{
    public ValueTask DisposeAsync()
    {
        if (!SuiteContext.Created)
        {
            return ValueTask.CompletedTask;
        }

        // Every row has finished when the assembly fixture is disposed: the one point that sees the whole run.
        SuiteContext.Current.WriteArtifacts();
        return SuiteContext.DisposeAllAsync();
    }
}
