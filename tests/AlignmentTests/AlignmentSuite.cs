using System.Diagnostics.CodeAnalysis;
using Alignment.Cases;
using Alignment.Checks;
using Alignment.Configuration;
using Alignment.Snapshots;
using AlignmentTests;
using AlignmentTests.Assertions;
using Xunit.Sdk;

[assembly: AssemblyFixture(typeof(SuiteLifetime))]

namespace AlignmentTests;

/// <summary>
/// The suite users run against a model: one row per (check, language, case) of the catalog.
/// All rows live in one class so that one orderer call sees every selected row and can start its requests.
/// </summary>
[TestCaseOrderer(typeof(ScheduleSelectedCases))]
[TestMethodOrderer(typeof(ProblemRowsFirst))]
public sealed partial class AlignmentSuite
{
    /// <summary>The running row's target (its Target trait); the first target for a row of the whole run.</summary>
    private static SuiteContext Suite => SuiteContext.OfRow();

    public static IEnumerable<TheoryDataRow<string, string, string>> IdentityRows() => Rows(CheckKind.Identity);

    public static IEnumerable<TheoryDataRow<string, string, string>> LanguageRows() => Rows(CheckKind.Language);

    public static IEnumerable<TheoryDataRow<string, string, string>> SnapshotRows() => Rows("snapshot", _ => true);

    // The catalog row stands for every target, so a Target filter still runs it.
    public static IEnumerable<TheoryDataRow<string>> CatalogRow() =>
        [ProblemRow(SuiteContext.CatalogRow, SuiteContext.All.Select(c => c.TargetName), "identity", "language", ProvenanceCheck)];

    public static IEnumerable<TheoryDataRow<string>> TargetRow() =>
        SuiteContext.All.Select(c => ProblemRow(c.TargetRowName, [c.TargetName], "identity", "language", ProvenanceCheck));

    public static IEnumerable<TheoryDataRow<string>> SnapshotsRow() =>
        SuiteContext.All.Select(c => ProblemRow(c.SnapshotsRow, [c.TargetName], "snapshot"));

    [Theory]
    [MemberData(nameof(CatalogRow))]
    [SuppressMessage("Usage", "xUnit1026", Justification = "The argument only names the row: its display name and traits.")]
    public void Catalog(string row) => Suite.RecordRun(row, () =>
    {
        // The one place a case file error is reported: without it xunit would find no rows and say only "Zero tests ran".
        if (Suite.CatalogProblem is { } problem)
        {
            throw new RowFailure(problem);
        }
    });

    [Theory]
    [MemberData(nameof(TargetRow))]
    [SuppressMessage("Usage", "xUnit1026", Justification = "The argument only names the row: its display name and traits.")]
    public void TargetIsConfigured(string row) => Suite.RecordRun(row, () =>
    {
        // The one place a broken target is reported, instead of a failure per row.
        if (Suite.TargetProblem is { } problem)
        {
            throw new RowFailure(problem);
        }
    });

    [Theory]
    [MemberData(nameof(SnapshotsRow))]
    [SuppressMessage("Usage", "xUnit1026", Justification = "The argument only names the row: its display name and traits.")]
    public void SnapshotsOfTarget(string row) => Suite.RecordRun(row, () =>
    {
        // The one place a problem of the whole target's snapshots is reported, instead of a failure per case.
        if (Suite.SnapshotError is { } error)
        {
            throw new RowFailure(
                $"{error}\n" +
                $"No snapshot was compared. Unset it to verify, or run for example: {SnapshotModes.Variable}=accept-new dotnet test tests/AlignmentTests");
        }

        Prerequisites();
        if (NoVerifiedSnapshotsYet())
        {
            var store = Suite.Snapshots;
            var folder = $"snapshots/{SnapshotId.PathPart(Suite.TargetName)}/";
            var written = store.Settings.EffectiveMode == SnapshotMode.Check
                ? $"{SnapshotModes.Variable}=check wrote nothing; run without it to write the received files."
                : $"This run writes each case's received snapshot to {folder} for review.";
            var accept = store.Settings.Ci.IsCi
                ? $"Nothing is approved on CI ({store.Settings.Ci.Reason}): accept locally and commit the .verified.md files."
                : $"Read them, then accept them: {SnapshotStore.CliCommand} review --filter {SnapshotId.PathPart(Suite.TargetName)}\n" +
                  $"  or approve them all as they come: {Suite.TargetCommand()}{SnapshotModes.Variable}=accept-new dotnet test tests/AlignmentTests";
            throw new RowFailure(
                $"There are no verified snapshots for target '{Suite.TargetName}' yet ({folder} holds none), so no case has anything to be " +
                $"compared with; every snapshot row is skipped and points here.\n{written}\n{accept}");
        }
    });

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(IdentityRows))]
    [SuppressMessage("Usage", "xUnit1026", Justification = "The target is also the row's Target trait, which Suite reads.")]
    public async Task Identity(string language, string caseId, string target)
    {
        await Suite.RecordAsync("identity", language, caseId, async () =>
        {
            var judgement = await Suite.JudgementAsync(Suite.Case(language, caseId));
            NoteUnjudged(judgement, CheckKind.Identity);
            judgement.Should(v => Suite.Recorder.Verdicts("identity", judgement.Samples.Case, v)).ClaimIdentity();
        });
    }

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(LanguageRows))]
    [SuppressMessage("Usage", "xUnit1026", Justification = "The target is also the row's Target trait, which Suite reads.")]
    public async Task Language(string language, string caseId, string target)
    {
        await Suite.RecordAsync("language", language, caseId, async () =>
        {
            var judgement = await Suite.JudgementAsync(Suite.Case(language, caseId));
            NoteUnjudged(judgement, CheckKind.Language);
            judgement.Should(v => Suite.Recorder.Verdicts("language", judgement.Samples.Case, v)).BeWrittenIn();
        });
    }

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(SnapshotRows))]
    [SuppressMessage("Usage", "xUnit1026", Justification = "The target is also the row's Target trait, which Suite reads.")]
    public async Task Snapshot(string language, string caseId, string target)
    {
        await Suite.RecordAsync("snapshot", language, caseId, async () =>
        {
            var judgement = await Suite.JudgementAsync(Suite.Case(language, caseId));
            var target = Suite.Target!;
            var result = Suite.Snapshots.Verify(
                CaseSnapshot.IdOf(target, judgement.Samples.Case), Suite.SnapshotCheck.Render(target, judgement), target.Compare);
            if (result.ReceivedPath is not null && Suite.Snapshots.Settings.Ci.IsCi)
            {
                // On CI the received file travels with the result, so it can be reviewed and accepted elsewhere.
                TestContext.Current.AddAttachment(Path.GetFileName(result.ReceivedPath), File.ReadAllText(result.ReceivedPath));
            }

            if (!result.Passed && result.Status is SnapshotStatus.New or SnapshotStatus.Changed)
            {
                // The HTML report shows the diff beside the samples.
                Suite.Recorder.SnapshotPending(language, caseId, result.Message);
            }

            if (result.Status == SnapshotStatus.New && NoVerifiedSnapshotsYet())
            {
                // A target's first run: one message for the target, not one per case (its received file is written all the same).
                SuiteContext.ReportedBy(Suite.SnapshotsRow, result.Message);
            }

            if (!result.Passed)
            {
                throw new RowFailure(result.Message);
            }
        });
    }

    [Fact(DisplayName = "snapshot · orphans")]
    [Trait(Traits.Check, "snapshot")]
    public void SnapshotOrphans() => Suite.RecordRun("snapshot · orphans", () =>
    {
        if (Suite.SnapshotError is { } error)
        {
            SuiteContext.ReportedBy(Suite.SnapshotsRow, error);
        }

        Prerequisites();
        var store = Suite.Snapshots;
        var orphans = new SnapshotFolder(store.Settings.Directory)
            .Orphans(Suite.Catalog, AlignmentConfiguration.Settings(Suite.Configuration).Targets.Keys);
        var list = string.Join("\n", orphans.Select(o => $"  {Path.GetRelativePath(Suite.Root, o.Path)}: {o.Reason}"));
        var advice = $"no case or configured target produces these any more; delete them locally with `{SnapshotStore.CliCommand} prune`";
        if (!store.Settings.Ci.IsCi)
        {
            // Locally an orphan is a note; on CI it fails the run (like Jest's obsolete snapshots with --ci).
            if (orphans.Count > 0)
            {
                TestContext.Current.AddWarning($"{orphans.Count} orphaned snapshot(s): {advice}:\n{list}");
            }

            return;
        }

        if (orphans.Count > 0)
        {
            throw new RowFailure($"{orphans.Count} orphaned snapshot(s) fail a CI run ({store.Settings.Ci.Reason}): {advice}:\n{list}");
        }
    });

    /// <summary>A target's first run: nothing approved to compare with, and a mode that approves nothing new.</summary>
    private static bool NoVerifiedSnapshotsYet(SuiteContext? suite = null) =>
        !(suite ?? Suite).HasVerifiedSnapshots && (suite ?? Suite).Snapshots.Settings.EffectiveMode is SnapshotMode.Verify or SnapshotMode.Check;

    /// <summary>
    /// Snapshot rows need the cases and the target; when either is broken, its own row says so, or (when a filter left that
    /// row out) the snapshots row, or failing that this row: the message is never lost, and never printed twice.
    /// </summary>
    private static void Prerequisites()
    {
        foreach (var (row, problem) in new[] { (SuiteContext.CatalogRow, Suite.CatalogProblem), (Suite.TargetRowName, Suite.TargetProblem) })
        {
            if (problem is not null)
            {
                SuiteContext.ReportedBy(Suite.IsSelected(row) ? row : Suite.SnapshotsRow, problem);
            }
        }
    }

    /// <summary>
    /// A row that reports one problem of the whole run. It carries every language and the checks it stands for, so a run
    /// filtered by Language or Check still shows it instead of running nothing.
    /// </summary>
    private static TheoryDataRow<string> ProblemRow(string name, IEnumerable<string> targets, params string[] checks)
    {
        var suite = SuiteContext.Current;
        var row = new TheoryDataRow<string>(name) { Label = "" }.WithTestDisplayName(name);
        foreach (var target in targets)
        {
            row = row.WithTrait(Traits.Target, target);
        }

        foreach (var language in suite.Languages)
        {
            row = row.WithTrait(Traits.Language, language);
        }

        foreach (var check in checks)
        {
            row = row.WithTrait(Traits.Check, check);
        }

        return row;
    }

    /// <summary>A passing row still says when it judged only part of a reply (MaxReplyChars).</summary>
    private static void NoteUnjudged(CaseJudgement judgement, CheckKind check)
    {
        foreach (var sample in judgement.Samples.For(check).Replies.Where(s => !s.Refused))
        {
            var judged = judgement.Judged[sample.Index];
            if (judged.Cut)
            {
                // A warning for reports that show them, and the row's output for consoles that show only that.
                var note = $"sample {sample.Index}: {judged.Note}; the whole reply is in the snapshot";
                TestContext.Current.AddWarning(note);
                TestContext.Current.TestOutputHelper?.WriteLine(note);
            }
        }
    }

    internal static IEnumerable<TheoryDataRow<string, string, string>> Rows(CheckKind check) =>
        Rows(check.ToString().ToLowerInvariant(), c => c.Checks.Contains(check));

    private static IEnumerable<TheoryDataRow<string, string, string>> Rows(string checkName, Func<Case, bool> include) =>
        SuiteContext.All.SelectMany(suite => Rows(suite, checkName, include));

    private static IEnumerable<TheoryDataRow<string, string, string>> Rows(SuiteContext suite, string checkName, Func<Case, bool> include)
    {
        if (!suite.CanRun || (checkName == "snapshot" && suite.SnapshotError is not null))
        {
            // Their one reason is reported by its own row (catalog, target, snapshots), not once per case.
            yield break;
        }

        foreach (var c in suite.Catalog.Cases.Where(include))
        {
            // An empty label makes the display name exactly this, without xunit's "(language: ..., caseId: ...)".
            yield return new TheoryDataRow<string, string, string>(c.Language, c.Id, suite.TargetName) { Label = "" }
                .WithTestDisplayName(suite.RowName(checkName, $"{c.Language} · {c.Id}"))
                .WithTrait(Traits.Language, c.Language)
                .WithTrait(Traits.Case, c.Id)
                .WithTrait(Traits.Check, checkName)
                .WithTrait(Traits.Target, suite.TargetName);
        }
    }
}
