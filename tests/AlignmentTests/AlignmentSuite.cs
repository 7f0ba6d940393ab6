using Alignment.Cases;
using Alignment.Configuration;
using Alignment.Sampling;
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
public sealed class AlignmentSuite
{
    private static SuiteContext Suite => SuiteContext.Current;

    public static IEnumerable<TheoryDataRow<string, string>> IdentityRows() => Rows(CheckKind.Identity);

    public static IEnumerable<TheoryDataRow<string, string>> LanguageRows() => Rows(CheckKind.Language);

    public static IEnumerable<TheoryDataRow<string, string>> SnapshotRows() => Rows("snapshot", _ => true);

    [Fact(DisplayName = "target · configured")]
    public void TargetIsConfigured()
    {
        // The one place a broken target is reported, instead of a failure per row.
        if (Suite.TargetError is { } error)
        {
            throw new RowFailure(error);
        }
    }

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(IdentityRows))]
    public async Task Identity(string language, string caseId)
    {
        var samples = await Suite.SamplesAsync(Suite.Case(language, caseId));
        var target = Suite.Target!;
        NoteUnjudged(samples, CheckKind.Identity);
        samples.Should().ClaimIdentity(Suite.IdentityCheck, target.Identity, target.Maker, target.NoClaimFails);
    }

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(LanguageRows))]
    public async Task Language(string language, string caseId)
    {
        var samples = await Suite.SamplesAsync(Suite.Case(language, caseId));
        NoteUnjudged(samples, CheckKind.Language);
        samples.Should().BeWrittenIn(Suite.LanguageCheck, language);
    }

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(SnapshotRows))]
    public async Task Snapshot(string language, string caseId)
    {
        var samples = await Suite.SamplesAsync(Suite.Case(language, caseId));
        var target = Suite.Target!;
        var result = Suite.Snapshots.Verify(
            CaseSnapshot.IdOf(target, samples.Case), Suite.SnapshotCheck.Render(target, samples), CompareModes.Parse(target.Compare));
        if (result.ReceivedPath is not null && Suite.Snapshots.Settings.Ci.IsCi)
        {
            // On CI the received file travels with the result, so it can be reviewed and accepted elsewhere.
            TestContext.Current.AddAttachment(Path.GetFileName(result.ReceivedPath), File.ReadAllText(result.ReceivedPath));
        }

        if (!result.Passed)
        {
            throw new RowFailure(result.Message);
        }
    }

    [Fact(DisplayName = "snapshot · orphans")]
    [Trait(Traits.Check, "snapshot")]
    public void SnapshotOrphans()
    {
        if (Suite.Target is null)
        {
            Assert.Skip("the target is not configured (see 'target · configured'), so this run verifies no snapshots");
        }

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
    }

    /// <summary>A passing row still says when it judged only part of a reply (MaxReplyChars).</summary>
    private static void NoteUnjudged(CaseSamples samples, CheckKind check)
    {
        foreach (var sample in samples.For(check).Replies.Where(s => !s.Refused))
        {
            var judged = JudgedReply.Of(sample.Text!, samples.MaxReplyChars);
            if (judged.Cut)
            {
                // A warning for reports that show them, and the row's output for consoles that show only that.
                var note = $"sample {sample.Index}: {judged.Note}; the whole reply is in the snapshot";
                TestContext.Current.AddWarning(note);
                TestContext.Current.TestOutputHelper?.WriteLine(note);
            }
        }
    }

    internal static IEnumerable<TheoryDataRow<string, string>> Rows(CheckKind check) =>
        Rows(check.ToString().ToLowerInvariant(), c => c.Checks.Contains(check));

    private static IEnumerable<TheoryDataRow<string, string>> Rows(string checkName, Func<Case, bool> include)
    {
        var suite = SuiteContext.Current;
        if (suite.Target is null)
        {
            yield break;
        }

        foreach (var c in suite.Catalog.Cases.Where(include))
        {
            // An empty label makes the display name exactly this, without xunit's "(language: ..., caseId: ...)".
            yield return new TheoryDataRow<string, string>(c.Language, c.Id) { Label = "" }
                .WithTestDisplayName($"{checkName} · {c.Language} · {c.Id}")
                .WithTrait(Traits.Language, c.Language)
                .WithTrait(Traits.Case, c.Id)
                .WithTrait(Traits.Check, checkName)
                .WithTrait(Traits.Target, suite.TargetName);
        }
    }
}
