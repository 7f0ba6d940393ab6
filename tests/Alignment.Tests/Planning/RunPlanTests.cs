using Alignment.Cases;
using Alignment.Configuration;
using Alignment.Planning;
using Alignment.Provenance;
using Alignment.Tests.Cli;
using FluentAssertions;
using Microsoft.Extensions.Configuration;

namespace Alignment.Tests.Planning;

/// <summary>alignment plan: calls, tokens, time at the rate limits and cost of a run, counted before anything is sent.</summary>
public sealed class RunPlanTests
{
    private static readonly Case Identity = new("en", "who-are-you", [CheckKind.Identity, CheckKind.Language], "Be brief.",
        [new Turn(Role.User, "Who are you?")], [], "cases/en.yaml", 1);

    private static readonly Case Ordinary = new("en", "boiling", [CheckKind.Language], null,
        [new Turn(Role.User, "Why does water boil?")], [], "cases/en.yaml", 2);

    private static ResolvedTarget Target(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Alignment:Targets:t:Provider"] = "openai",
            ["Alignment:Targets:t:Endpoint"] = "https://api.example.invalid/v1",
            ["Alignment:Targets:t:Model"] = "m",
            ["Alignment:Targets:t:ApiKeyVariable"] = "PLAN_TEST_KEY_THAT_IS_NOT_SET",
            ["Alignment:Targets:t:Identity"] = "claude",
            ["Alignment:Targets:t:Samples"] = "3",
            ["Alignment:Targets:t:MaxTokens"] = "100",
        };
        foreach (var (key, value) in settings)
        {
            values[$"Alignment:Targets:t:{key}"] = value;
        }

        return ResolvedTarget.Resolve(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), "t", needsKey: false);
    }

    [Fact]
    public void A_conversation_is_one_call_per_turn_each_carrying_the_conversation_so_far()
    {
        var chat = new Case("en", "chat", [CheckKind.Language], null, [new Turn(Role.User, "a"), new Turn(Role.User, "b")], [], "cases/en.yaml", 3)
        {
            Conversation = [new ConversationTurn("a", "en", false, false, 4), new ConversationTurn("b", "en", false, false, 5)],
        };

        var plan = RunPlan.For(Target(), [chat], _ => 1);

        plan.Calls.Should().Be(3 * 2, "three samples of two turns");
        // Turn 1: one user message (1 + 4). Turn 2: two user messages and the first reply at most (2 × 5 + 100 + 4).
        plan.InputTokens.Should().Be(3 * (5 + 10 + 104));
        plan.OutputTokens.Should().Be(3 * 2 * 100);
    }

    [Fact]
    public void Counts_calls_by_the_most_demanding_check_and_tokens_of_every_message()
    {
        var target = Target(("SamplesPerCheck:identity", "5"));

        var plan = RunPlan.For(target, [Identity, Ordinary], text => text.Length);

        var row = plan.Rows.Should().ContainSingle().Subject;
        row.Calls.Should().Be(5 + 3, "the identity case is asked for its 5 identity samples, the ordinary one 3 times");
        var identityPrompt = "Be brief.".Length + "Who are you?".Length + 2 * RunPlan.TokensPerMessage;
        var ordinaryPrompt = "Why does water boil?".Length + RunPlan.TokensPerMessage;
        row.InputTokens.Should().Be(5 * identityPrompt + 3 * ordinaryPrompt);
        row.OutputTokens.Should().Be(8 * 100);
    }

    [Fact]
    public void Time_is_bound_by_the_tighter_rate_limit_and_cost_halves_in_batch_mode()
    {
        var target = Target(("RequestsPerMinute", "2"), ("TokensPerMinute", "100000"), ("Price:Input", "3"), ("Price:Output", "15"));

        var plan = RunPlan.For(target, [Identity, Ordinary], _ => 10);

        plan.LiveTime.Should().Be(TimeSpan.FromMinutes(6 / 2.0), "6 calls at 2 a minute");
        plan.LiveCost.Should().Be((plan.InputTokens * 3m + plan.OutputTokens * 15m) / 1_000_000m);
        plan.BatchCost.Should().Be(plan.LiveCost / 2);
    }

    [Fact]
    public void Without_limits_or_prices_it_says_nothing_it_cannot_know()
    {
        var plan = RunPlan.For(Target(), [Identity], _ => 1);

        plan.LiveTime.Should().BeNull();
        plan.LiveCost.Should().BeNull();
    }

    [Theory]
    [InlineData("Price:Input", "3", "Alignment:Targets:t:Price:Output is not set")]
    [InlineData("Price:Output", "-1", "Alignment:Targets:t:Price:Input is not set")]
    public void A_half_or_negative_price_table_is_an_error_naming_the_key(string key, string value, string message)
    {
        var act = () => Target((key, value));

        act.Should().Throw<TargetConfigurationException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void A_negative_price_is_refused()
    {
        var act = () => Target(("Price:Input", "-1"), ("Price:Output", "2"));

        act.Should().Throw<TargetConfigurationException>().WithMessage("*Alignment:Targets:t:Price:Input is -1*");
    }

    [Fact]
    public async Task The_command_plans_a_target_whose_key_is_not_set_and_sends_nothing()
    {
        var environment = new Dictionary<string, string?>
        {
            ["ANTHROPIC_API_KEY"] = null,
            ["ALIGNMENT__TARGETS__claude__PRICE__INPUT"] = "3",
            ["ALIGNMENT__TARGETS__claude__PRICE__OUTPUT"] = "15",
        };
        var (exit, output, error) = await CliProcess.RunAsync(environment, null, "plan", "--target", "claude");

        exit.Should().Be(0, output + error);
        output.Should().Contain("zh-Hans").And.Contain("calls").And.Contain("live").And.Contain("batch");
        var probes = ProbeSet.Load(TestPaths.Cases)!;
        output.Should().MatchRegex($@"provenance probes\s*│\s*│\s*{probes.Calls + probes.ProtocolCalls}\s*│",
            "the probes' calls are planned once per target; the identity row reads the identity rows' replies, so it asks nothing of its own");
    }

    [Fact]
    public void The_provenance_probes_are_planned_once_per_target_and_counted_in_the_totals()
    {
        var probes = ProbeSet.Load(TestPaths.Cases)!;
        var without = RunPlan.For(Target(), [Ordinary], _ => 10);

        var plan = RunPlan.For(Target(), [Ordinary], _ => 10, probes);

        // 19 fingerprint prompts (1 + 6 units × 3), the protocol probe's streaming call and, in a run without identity rows, the
        // identity prompt; each one message of 10 tokens here.
        plan.Provenance.Should().Be(new PlanRow("provenance", 0, 21, 21 * (10 + RunPlan.TokensPerMessage), 20 * 16 + 64));
        probes.AllCalls.Should().Be(21);
        plan.Calls.Should().Be(without.Calls + 21);
        plan.InputTokens.Should().Be(without.InputTokens + plan.Provenance!.InputTokens);
        plan.OutputTokens.Should().Be(without.OutputTokens + plan.Provenance.OutputTokens);
        plan.Rows.Should().Equal(without.Rows, "the languages' rows are unchanged");
        without.Provenance.Should().BeNull();
    }

    [Fact]
    public void A_run_with_identity_rows_plans_no_identity_probe_call_the_identity_row_reads_their_replies()
    {
        var probes = ProbeSet.Load(TestPaths.Cases)!;

        var plan = RunPlan.For(Target(), [Identity, Ordinary], _ => 10, probes);

        plan.Provenance!.Calls.Should().Be(probes.Calls + 1, "the fingerprint's calls and the protocol probe's");
        plan.Provenance.OutputTokens.Should().Be((long)(probes.Calls + 1) * probes.MaxOutputTokens);
    }

    [Fact]
    public void Probes_without_an_identity_prompt_plan_only_the_fingerprints_calls()
    {
        var probes = ProbeSet.Load(TestPaths.Cases)! with { IdentityPrompt = null };

        var row = RunPlan.ProvenanceRow(probes, text => text.Length);

        row.Calls.Should().Be(probes.Calls + probes.ProtocolCalls);
        row.InputTokens.Should().Be(probes.Prompts.Append(probes.Prompt).Sum(p => (long)p.Length + RunPlan.TokensPerMessage));
        row.OutputTokens.Should().Be((long)(probes.Calls + 1) * probes.MaxOutputTokens);
    }

    [Fact]
    public async Task Without_a_target_option_the_command_plans_every_target_Alignment_Target_lists()
    {
        var environment = new Dictionary<string, string?> { ["ALIGNMENT__TARGET"] = "sim-aligned, sim-incident,sim-aligned" };
        var (exit, output, error) = await CliProcess.RunAsync(environment, null, "plan");

        exit.Should().Be(0, output + error);
        output.Should().Contain("sim-aligned").And.Contain("sim-incident");
    }
}
