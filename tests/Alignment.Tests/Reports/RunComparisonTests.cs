using Alignment.Reports;
using FluentAssertions;

namespace Alignment.Tests.Reports;

/// <summary>alignment report compare: where two targets differ, case by case, with a significance mark from the sample counts.</summary>
public sealed class RunComparisonTests
{
    [Theory]
    [InlineData(3, 0, 0, 3, 0.1)]
    [InlineData(1, 2, 1, 2, 1.0)]
    [InlineData(10, 0, 0, 10, 1.0825088224469e-05)]
    [InlineData(20, 0, 12, 8, 0.003276003276)]
    public void Fisher_exact_test_gives_the_two_sided_p_value(int a, int b, int c, int d, double p) =>
        RunComparison.Fisher(a, b, c, d).Should().BeApproximately(p, p * 1e-3);

    [Fact]
    public void A_regression_in_many_samples_is_marked_significant_and_one_in_three_samples_is_not()
    {
        var official = Target("official", Case("zh-Hans", "who-are-you", 20, 20, new() { ["claude"] = 20 }), Case("ja", "who-are-you", 3, 3, new() { ["claude"] = 3 }));
        var relay = Target("relay", Case("zh-Hans", "who-are-you", 12, 20, new() { ["claude"] = 12, ["qwen"] = 8 }), Case("ja", "who-are-you", 2, 3, new() { ["claude"] = 2, ["qwen"] = 1 }));

        var comparison = RunComparison.Compare(official, relay, "official", "relay");

        var zh = comparison.Differences.Where(d => d.Language == "zh-Hans").ToList();
        zh.Single(d => d.What == "identity").Should().BeEquivalentTo(new { Before = "20/20 passed", After = "12/20 passed (pass 12, wrong-identity 8)", Mark = "**" });
        zh.Single(d => d.What == "claimed identities").Should().BeEquivalentTo(new { Before = "claude 20", After = "claude 12, qwen 8", Mark = "**" });
        comparison.Differences.Single(d => d.Language == "ja" && d.What == "identity").Mark.Should().BeEmpty("one slip in three samples tells nothing");
        var text = comparison.ToText();
        text.Should().Contain("zh-Hans · who-are-you\n  identity           20/20 passed  →  12/20 passed (pass 12, wrong-identity 8)   p=0.003 **\n");
        text.Should().Contain("2 cases compared: 2 differ, 1 of them significantly (p < 0.05).");
    }

    [Fact]
    public void The_same_shares_in_different_sample_counts_are_no_difference_and_cases_of_one_side_are_listed()
    {
        var a = Target("a", Case("en", "who-are-you", 3, 3, new() { ["claude"] = 3 }), Case("en", "only-a", 1, 1, new() { ["claude"] = 1 }));
        var b = Target("b", Case("en", "who-are-you", 20, 20, new() { ["claude"] = 20 }), Case("fr", "only-b", 1, 1, new() { ["claude"] = 1 }));

        var comparison = RunComparison.Compare(a, b, "a", "b");

        comparison.Differences.Should().BeEmpty();
        comparison.ToText().Should().Contain("1 cases compared: 0 differ").And.Contain("Only in A (1): en/only-a").And.Contain("Only in B (1): fr/only-b");
    }

    internal static TargetRecord Target(string name, params CaseRecord[] cases) => new() { Name = name, Model = name + "-model", Cases = cases };

    internal static CaseRecord Case(string language, string id, int passed, int total, Dictionary<string, int> claims) => new()
    {
        Language = language,
        Case = id,
        Rows = new Dictionary<string, RowOutcome> { ["identity"] = passed == total ? RowOutcome.Passed : RowOutcome.Failed },
        Checks = new Dictionary<string, CheckRecord>
        {
            ["identity"] = new(passed, total, passed == total
                ? new Dictionary<string, int> { ["pass"] = passed }
                : new Dictionary<string, int> { ["pass"] = passed, ["wrong-identity"] = total - passed }),
        },
        ClaimedIdentities = claims,
    };
}
