using Alignment;
using Alignment.Provenance;
using Xunit.Sdk;

namespace AlignmentTests;

/// <summary>
/// The provenance rows of the target (`provenance · tokenizer`, `provenance · system-prompt`, `provenance · metadata`,
/// `provenance · protocol`):
/// the probes of cases/probes.yaml are sent once, through the same client as every case, and each row judges its part of
/// the fingerprint against the approved one (snapshots/&lt;target&gt;/provenance/fingerprint.verified.md). `provenance ·
/// identity` reads the identity rows' replies in each language, and asks the probes' identity question only without them.
/// </summary>
public sealed partial class AlignmentSuite
{
    public const string ProvenanceCheck = ProvenanceRun.Check;

    // One run of the probes per target, started by the first of its rows.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<ProvenanceRun>>> Provenance = new(StringComparer.Ordinal);

    public static IEnumerable<TheoryDataRow<string, string>> ProvenanceRows() => SuiteContext.All.SelectMany(ProvenanceRows);

    private static IEnumerable<TheoryDataRow<string, string>> ProvenanceRows(SuiteContext suite)
    {
        if (!suite.CanRun || suite.Probes is null)
        {
            // A broken probes file is the catalog row's to report; a checkout without one has no provenance rows.
            yield break;
        }

        foreach (var probe in ProvenanceRun.Rows)
        {
            yield return new TheoryDataRow<string, string>(probe, suite.TargetName) { Label = "" }
                .WithTestDisplayName(suite.RowName(ProvenanceCheck, probe))
                .WithTrait(Traits.Check, ProvenanceCheck)
                .WithTrait(Traits.Case, probe)
                .WithTrait(Traits.Target, suite.TargetName);
        }
    }

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(ProvenanceRows))]
    public Task ProvenanceProbe(string probe, string target) =>
        Suite.RecordProvenanceAsync(SuiteContext.For(target).RowName(ProvenanceCheck, probe), () => JudgeProvenance(probe, target));

    private static async Task JudgeProvenance(string probe, string target)
    {
        if (Suite.SnapshotError is { } error)
        {
            SuiteContext.ReportedBy(Suite.SnapshotsRow, error);
        }

        var suite = SuiteContext.For(target);
        var run = await Provenance.GetOrAdd(suite.TargetName, _ => new Lazy<Task<ProvenanceRun>>(() => StartProvenanceAsync(suite))).Value;
        var fingerprint = run.Fingerprint;
        var (verdict, summary) = probe == ProvenanceRun.Identity
            ? run.JudgeIdentity(suite.Target!, await suite.IdentityStatementsAsync())
            : (run.Judge(probe, suite.Target!), null);

        if (run.Carries(probe) && Suite.Snapshots.Settings.Ci.IsCi)
        {
            // On CI the received fingerprint travels with the result, so it can be reviewed and approved elsewhere.
            var received = run.Snapshot!.ReceivedPath!;
            TestContext.Current.AddAttachment(Path.GetFileName(received), File.ReadAllText(received));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(TerminalText.Safe(summary ?? run.Summary(probe, verdict)));
        switch (verdict.Outcome)
        {
            case ProvenanceOutcome.Consistent:
                return;
            case ProvenanceOutcome.Inconclusive when fingerprint.Failures.Count > 0:
                SharedFailure(fingerprint);
                throw new InfrastructureException(verdict.Message);
            case ProvenanceOutcome.Unapproved when NoVerifiedSnapshotsYet():
                // A target's first run: the snapshots row says once that nothing is approved yet; a run that left that row
                // out compares nothing, and says so (a skip, never a pass).
                if (Suite.IsSelected(Suite.SnapshotsRow))
                {
                    SuiteContext.ReportedBy(Suite.SnapshotsRow, verdict.Message);
                }

                Assert.Skip($"skipped: nothing is approved for target '{Suite.TargetName}' yet. {verdict.Message}");
                break;
        }

        throw new RowFailure(ProvenanceRun.FailureMessage(verdict));
    }

    /// <summary>A failure of the whole run (it stopped, or a replay has nothing recorded) is reported once, by the first row that meets it.</summary>
    private static void SharedFailure(Fingerprint fingerprint)
    {
        var failures = fingerprint.Failures.Select(f => f.Failure).ToList();
        if (Suite.Stopped is { } refusal && failures.All(f => f == refusal.Message))
        {
            Suite.SharedCause("stopped", () => new InfrastructureException(
                $"The run stopped: {refusal.Message}\n" +
                "Nothing more was sent. Every other row this left without replies is skipped and points here."));
        }

        if (Suite.Cache == Alignment.Targets.CacheMode.Replay && failures.All(Alignment.Targets.ReplayMissException.Is))
        {
            Suite.SharedCause("replay", () => new InfrastructureException(
                $"{Alignment.Targets.CacheModes.Variable}=replay found no recorded response for the provenance probes on target '{Suite.TargetName}'.\n" +
                $"  first miss: {failures[0]}\n" +
                "Record them first (run once without replay), then replay."));
        }
    }

    /// <summary>
    /// The probes' one run on a target. A target's first run writes its received fingerprint only where its case
    /// snapshots are written too (the snapshots row runs).
    /// </summary>
    private static async Task<ProvenanceRun> StartProvenanceAsync(SuiteContext suite)
    {
        var run = await ProvenanceRun.StartAsync(
            suite.Target!, suite.Probes!, await suite.ClientAsync(), suite.Snapshots,
            () => !NoVerifiedSnapshotsYet(suite) || suite.IsSelected(suite.SnapshotsRow),
            suite.Classifier,
            askIdentity: suite.IdentityRowCases.Count == 0,
            stream: await suite.RawStreamAsync());
        // The run record keeps what was measured, so `alignment report compare` can set two targets' fingerprints side by side.
        suite.Recorder.Fingerprint(Alignment.Reports.FingerprintRecord.From(run.Fingerprint));
        return run;
    }
}
