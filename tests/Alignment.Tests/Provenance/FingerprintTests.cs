using Alignment.Cases;
using Alignment.Provenance;
using FluentAssertions;

namespace Alignment.Tests.Provenance;

/// <summary>The least-squares fit, the fingerprint and the three rows' decisions, on usage numbers made to order.</summary>
public sealed class FingerprintTests
{
    private const string Approve = "approve-command";

    private static readonly ProbeSet Probes = ProbeSet.Load(TestPaths.Cases)!;

    /// <summary>Usage as an endpoint reports it: a fixed cost plus each copy's cost; null slopes mean no usage at all.</summary>
    internal static Dictionary<string, ProbeObservation> Observe(int intercept, Func<ProbeUnit, int>? slope, string? model = "m-1")
    {
        var observations = new Dictionary<string, ProbeObservation>(StringComparer.Ordinal);
        foreach (var unit in Probes.Units)
        {
            foreach (var k in Probes.Repeats)
            {
                var prompt = Probes.PromptFor(unit, k);
                observations[prompt] = new ProbeObservation(prompt, slope is null ? null : intercept + k * slope(unit), model, null);
            }
        }

        return observations;
    }

    private static Fingerprint Print(int intercept, Func<ProbeUnit, int>? slope, string? model = "m-1") =>
        Fingerprint.From(Probes, Observe(intercept, slope, model));

    private static IReadOnlyDictionary<string, string> Approved(Fingerprint fingerprint) =>
        FingerprintSnapshot.Entries(fingerprint).ToDictionary(e => e.Measure, e => e.Value);

    private static int Cjk(ProbeUnit u) => u.Id == "zh-phrase" ? 2 : 5;

    [Fact]
    public void A_line_is_fitted_by_least_squares_with_its_slope_intercept_and_fit_quality()
    {
        var exact = TokenFit.Of([(0, 20), (1, 26), (2, 32), (3, 38)]);
        exact.Slope.Should().BeApproximately(6, 1e-9);
        exact.Intercept.Should().BeApproximately(20, 1e-9);
        exact.RSquared.Should().BeApproximately(1, 1e-9);

        // A hidden system prompt adds the same tokens to every request: only the intercept moves.
        var hidden = TokenFit.Of([(0, 59), (1, 65), (2, 71), (3, 77)]);
        hidden.Slope.Should().BeApproximately(exact.Slope, 1e-9);
        hidden.Intercept.Should().BeApproximately(59, 1e-9);

        var noisy = TokenFit.Of([(0, 20), (1, 40), (2, 21), (3, 45)]);
        noisy.Slope.Should().BeApproximately(5.6, 1e-9);
        noisy.RSquared.Should().BeLessThan(0.6);

        TokenFit.Of([(0, 20), (1, 20), (2, 20)]).RSquared.Should().Be(1, "counts that never move lie on a flat line");
    }

    [Fact]
    public void The_fingerprint_rounds_slopes_to_the_stated_precision_and_takes_the_mean_intercept()
    {
        var fingerprint = Print(21, Cjk);

        fingerprint.Measured.Should().BeTrue();
        fingerprint.Calls.Should().Be(19);
        fingerprint.Intercept.Should().Be(21);
        fingerprint.Slopes.Single(s => s.Unit.Id == "zh-phrase").RoundedSlope.Should().Be(2);
        Fingerprint.Round(1.949, 0.1).Should().Be(1.9);
        Fingerprint.Format(Fingerprint.Round(1.95, 0.1), 0.1).Should().Be("2.0");
        Fingerprint.Format(Fingerprint.Round(12.34, 0.25), 0.25).Should().Be("12.25");
    }

    [Fact]
    public void The_same_tokenizer_and_model_are_consistent_on_every_row()
    {
        var approved = Approved(Print(21, Cjk));
        var again = Print(21, Cjk);

        ProvenanceJudge.Tokenizer(again, approved, Approve).Outcome.Should().Be(ProvenanceOutcome.Consistent);
        ProvenanceJudge.SystemPrompt(again, approved, Approve).Outcome.Should().Be(ProvenanceOutcome.Consistent);
        ProvenanceJudge.Metadata(again, "m-1", approved, Approve).Outcome.Should().Be(ProvenanceOutcome.Consistent);
    }

    [Fact]
    public void Another_tokenizer_moves_the_slopes_and_the_tokenizer_row_names_each_change()
    {
        var approved = Approved(Print(21, Cjk));

        var verdict = ProvenanceJudge.Tokenizer(Print(21, u => u.Id == "zh-phrase" ? 1 : 5), approved, Approve);

        verdict.Outcome.Should().Be(ProvenanceOutcome.Anomaly);
        verdict.Message.Should().Contain("slope zh-phrase: 2.0 → 1.0 tokens").And.Contain("1 of 6 units changed")
            .And.Contain("another tokenizer").And.Contain(Approve);
        verdict.Message.Should().NotContain("slope ja-phrase");
    }

    [Fact]
    public void A_hidden_system_prompt_moves_only_the_intercept()
    {
        var approved = Approved(Print(21, Cjk));
        var injected = Print(21 + 39, Cjk);

        ProvenanceJudge.Tokenizer(injected, approved, Approve).Outcome.Should().Be(ProvenanceOutcome.Consistent, "the slopes do not see a fixed prefix");
        var verdict = ProvenanceJudge.SystemPrompt(injected, approved, Approve);
        verdict.Outcome.Should().Be(ProvenanceOutcome.Anomaly);
        verdict.Message.Should().Contain("39 input tokens more").And.Contain("intercept: 21 → 60 tokens").And.Contain("hidden system prompt");
        verdict.Message.Should().NotContain("tokenizer changed too");

        ProvenanceJudge.SystemPrompt(Print(22, Cjk), approved, Approve).Outcome.Should().Be(ProvenanceOutcome.Consistent, "within the tolerance of 2");
        ProvenanceJudge.SystemPrompt(Print(10, Cjk), approved, Approve).Message.Should().Contain("fewer").And.Contain("gone");
    }

    [Fact]
    public void A_model_field_that_names_another_model_is_an_anomaly_even_before_anything_is_approved()
    {
        var relay = Print(21, Cjk, "gpt-4-turbo-2024-04-09");

        var verdict = ProvenanceJudge.Metadata(relay, "claude-sonnet-4-5", null, Approve);

        verdict.Outcome.Should().Be(ProvenanceOutcome.Anomaly);
        verdict.Message.Should().Contain("'gpt-4-turbo-2024-04-09'").And.Contain("configured for 'claude-sonnet-4-5'").And.Contain("swapping models");

        // Once a reviewer approved that this endpoint names its model so, it is the expected name.
        ProvenanceJudge.Metadata(relay, "claude-sonnet-4-5", Approved(relay), Approve).Outcome.Should().Be(ProvenanceOutcome.Consistent);
    }

    [Theory]
    [InlineData("claude-sonnet-4-5", "claude-sonnet-4-5", true)]
    [InlineData("claude-sonnet-4-5-20250929", "claude-sonnet-4-5", true)]
    [InlineData("gpt-4o-2024-08-06", "gpt-4o", true)]
    [InlineData("gpt-4o-mini", "gpt-4o", false)]
    [InlineData("qwen-max", "claude-sonnet-4-5", false)]
    [InlineData("anthropic/claude-sonnet-4-5", "claude-sonnet-4-5", false)]
    public void A_model_field_names_the_configured_model_when_it_is_that_id_or_a_dated_version_of_it(string field, string configured, bool names)
    {
        ProvenanceJudge.Names(field, configured).Should().Be(names);
    }

    [Fact]
    public void A_new_dated_model_version_is_shown_as_a_change_to_review()
    {
        var approved = Approved(Print(21, Cjk, "m-1"));

        var verdict = ProvenanceJudge.Metadata(Print(21, Cjk, "m-1-20260101"), "m-1", approved, Approve);

        verdict.Outcome.Should().Be(ProvenanceOutcome.Anomaly);
        verdict.Message.Should().Contain("model field: m-1 → m-1-20260101");
    }

    [Fact]
    public void An_endpoint_without_usage_numbers_is_inconclusive_never_a_pass()
    {
        var approved = Approved(Print(21, Cjk));
        var blind = Print(0, null);

        blind.Measured.Should().BeFalse();
        blind.WithoutUsage.Should().Be(19);
        foreach (var verdict in new[] { ProvenanceJudge.Tokenizer(blind, approved, Approve), ProvenanceJudge.SystemPrompt(blind, approved, Approve) })
        {
            verdict.Outcome.Should().Be(ProvenanceOutcome.Inconclusive);
            verdict.Passed.Should().BeFalse();
            verdict.Message.Should().Contain("reported no input tokens for 19 of 19 probe calls");
        }

        ProvenanceJudge.Metadata(Print(21, Cjk, model: null), "m-1", approved, Approve).Outcome.Should().Be(ProvenanceOutcome.Inconclusive);
    }

    [Fact]
    public void Usage_numbers_that_do_not_lie_on_a_line_are_an_anomaly_of_their_own()
    {
        var observations = Observe(21, Cjk);
        var odd = Probes.PromptFor(Probes.Units[0], 2);
        observations[odd] = observations[odd] with { InputTokens = 200 };

        var verdict = ProvenanceJudge.Tokenizer(Fingerprint.From(Probes, observations), null, Approve);

        verdict.Outcome.Should().Be(ProvenanceOutcome.Anomaly);
        verdict.Message.Should().Contain("not consistent").And.Contain("'zh-phrase' (R² ").And.Contain("2: 200");
    }

    [Fact]
    public void Failed_probe_calls_are_inconclusive_with_their_failure()
    {
        var observations = Observe(21, Cjk);
        var first = observations.Keys.First();
        observations[first] = new ProbeObservation(first, null, null, "HTTP 503 from the endpoint");

        var fingerprint = Fingerprint.From(Probes, observations);

        ProvenanceJudge.Metadata(fingerprint, "m-1", null, Approve).Message.Should().Contain("1 of 19 probe calls failed").And.Contain("HTTP 503");
        ProvenanceJudge.Tokenizer(fingerprint, null, Approve).Outcome.Should().Be(ProvenanceOutcome.Inconclusive);
    }

    [Fact]
    public void Nothing_approved_is_its_own_outcome_that_says_how_to_approve()
    {
        var verdict = ProvenanceJudge.SystemPrompt(Print(21, Cjk), null, Approve);

        verdict.Outcome.Should().Be(ProvenanceOutcome.Unapproved);
        verdict.Message.Should().Contain("no approved fingerprint").And.Contain("intercept 21 tokens").And.Contain(Approve);
    }
}
