using Alignment.Cases;
using AlignmentTests;
using AlignmentTests.Assertions;
using FluentAssertions;

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

    [Fact(DisplayName = "target · configured")]
    public void TargetIsConfigured()
    {
        // The one place a broken target is reported, instead of a failure per row.
        Suite.TargetError.Should().BeNull("the selected target '{0}' must be usable", Suite.TargetName);
    }

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(IdentityRows))]
    public async Task Identity(string language, string caseId)
    {
        var samples = await Suite.SamplesAsync(Suite.Case(language, caseId));
        var target = Suite.Target!;
        samples.Should().ClaimIdentity(Suite.IdentityCheck, target.Identity, target.Maker, target.NoClaimFails);
    }

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(LanguageRows))]
    public async Task Language(string language, string caseId)
    {
        var samples = await Suite.SamplesAsync(Suite.Case(language, caseId));
        samples.Should().BeWrittenIn(Suite.LanguageCheck, language);
    }

    internal static IEnumerable<TheoryDataRow<string, string>> Rows(CheckKind check)
    {
        var suite = SuiteContext.Current;
        if (suite.Target is null)
        {
            yield break;
        }

        var checkName = check.ToString().ToLowerInvariant();
        foreach (var c in suite.Catalog.Cases.Where(c => c.Checks.Contains(check)))
        {
            yield return new TheoryDataRow<string, string>(c.Language, c.Id)
                .WithTestDisplayName($"{checkName} · {c.Language} · {c.Id}")
                .WithTrait(Traits.Language, c.Language)
                .WithTrait(Traits.Case, c.Id)
                .WithTrait(Traits.Check, checkName)
                .WithTrait(Traits.Target, suite.TargetName);
        }
    }
}
