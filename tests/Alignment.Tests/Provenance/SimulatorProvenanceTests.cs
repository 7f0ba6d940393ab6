using System.Text.Json.Nodes;
using Alignment.Provenance;
using Alignment.Simulator;
using Alignment.Targets;
using Alignment.Tests.Sampling;
using FluentAssertions;
using Microsoft.ML.Tokenizers;

namespace Alignment.Tests.Provenance;

/// <summary>
/// The probes through a target's whole client pipeline against the simulator, whose usage numbers come from real
/// tokenizers: the aligned persona, the relay that swaps the model, and the host that injects a system prompt.
/// </summary>
public sealed class SimulatorProvenanceTests
{
    private static readonly ProbeSet Probes = ProbeSet.Load(TestPaths.Cases)!;

    private static async Task<Fingerprint> ProbeAsync(string persona, string wire = "openai", CacheMode cache = CacheMode.Off)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Persona = persona });
        var target = sim.Target(wire, "aligned");
        using var pipeline = sim.Pipeline(target, cache);
        var fingerprint = Fingerprint.From(Probes, await ProvenanceProbe.RunAsync(pipeline.Client, Probes, TestContext.Current.CancellationToken));
        pipeline.Usage.Calls.Should().Be(Probes.Calls, "every probe goes through the usage-counting layer once");
        return fingerprint;
    }

    [Fact]
    public void The_simulator_counts_input_tokens_with_a_real_tokenizer_per_persona()
    {
        var request = JsonNode.Parse("""{"model":"m","messages":[{"role":"user","content":"人工智能正在改变世界"}]}""")!;
        var o200k = TiktokenTokenizer.CreateForEncoding("o200k_base").CountTokens("人工智能正在改变世界");
        var cl100k = TiktokenTokenizer.CreateForEncoding("cl100k_base").CountTokens("人工智能正在改变世界");
        var hidden = TiktokenTokenizer.CreateForEncoding("cl100k_base").CountTokens(SimulatedUsage.HiddenSystemPrompt);
        cl100k.Should().BeGreaterThan(o200k, "the older tokenizer spends more tokens on Chinese");

        SimulatedUsage.Input("aligned", request).Should().Be(o200k + SimulatedUsage.TokensPerMessage + SimulatedUsage.ReplyPriming);
        SimulatedUsage.Input("relay-swap", request).Should().Be(
            cl100k + hidden + 2 * SimulatedUsage.TokensPerMessage + SimulatedUsage.ReplyPriming);

        // Anthropic's top-level system prompt is counted like a message.
        var anthropic = JsonNode.Parse("""{"model":"m","system":"Be brief.","messages":[{"role":"user","content":[{"type":"text","text":"人工智能正在改变世界"}]}]}""")!;
        SimulatedUsage.Input("aligned", anthropic).Should().Be(
            o200k + TiktokenTokenizer.CreateForEncoding("o200k_base").CountTokens("Be brief.") + 2 * SimulatedUsage.TokensPerMessage + SimulatedUsage.ReplyPriming);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task The_aligned_persona_gives_exact_lines_whose_slopes_are_the_tokenizers_own(string wire)
    {
        var fingerprint = await ProbeAsync("aligned", wire);

        fingerprint.Measured.Should().BeTrue();
        fingerprint.Slopes.Should().OnlyContain(s => s.Fit.RSquared > 0.999);
        var o200k = TiktokenTokenizer.CreateForEncoding("o200k_base");
        foreach (var slope in fingerprint.Slopes)
        {
            slope.Fit.Slope.Should().BeApproximately(o200k.CountTokens(" " + slope.Unit.Text), 1e-6, slope.Unit.Id);
        }

        fingerprint.ModelFields.Should().Equal("simulator-aligned");
    }

    [Fact]
    public async Task The_relay_moves_the_slopes_the_intercept_and_the_model_field_and_fails_all_three_rows()
    {
        var aligned = await ProbeAsync("aligned");
        var approved = FingerprintSnapshot.Entries(aligned).ToDictionary(e => e.Measure, e => e.Value);

        var relay = await ProbeAsync("relay-swap");

        relay.Intercept.Should().BeGreaterThan(aligned.Intercept!.Value + 20, "the relay prepends a hidden system prompt");
        relay.Slopes.Single(s => s.Unit.Id == "zh-phrase").RoundedSlope.Should().NotBe(aligned.Slopes.Single(s => s.Unit.Id == "zh-phrase").RoundedSlope);
        relay.ModelFields.Should().Equal(SimulatedUsage.RelayModelField);

        var tokenizer = ProvenanceJudge.Tokenizer(relay, approved, "approve");
        tokenizer.Outcome.Should().Be(ProvenanceOutcome.Anomaly);
        tokenizer.Message.Should().MatchRegex(@"slope zh-phrase: \d+\.\d → \d+\.\d tokens");
        ProvenanceJudge.SystemPrompt(relay, approved, "approve").Outcome.Should().Be(ProvenanceOutcome.Anomaly);
        var metadata = ProvenanceJudge.Metadata(relay, "simulator-aligned", approved, "approve");
        metadata.Outcome.Should().Be(ProvenanceOutcome.Anomaly);
        metadata.Message.Should().Contain(SimulatedUsage.RelayModelField).And.Contain("configured for 'simulator-aligned'");
    }

    [Fact]
    public async Task An_injected_system_prompt_moves_only_the_intercept()
    {
        var aligned = await ProbeAsync("aligned");
        var approved = FingerprintSnapshot.Entries(aligned).ToDictionary(e => e.Measure, e => e.Value);

        var injected = await ProbeAsync("injected-system-prompt");

        ProvenanceJudge.Tokenizer(injected, approved, "approve").Outcome.Should().Be(ProvenanceOutcome.Consistent);
        ProvenanceJudge.Metadata(injected, "simulator-aligned", approved, "approve").Outcome.Should().Be(ProvenanceOutcome.Consistent);
        var verdict = ProvenanceJudge.SystemPrompt(injected, approved, "approve");
        verdict.Outcome.Should().Be(ProvenanceOutcome.Anomaly);
        var hidden = TiktokenTokenizer.CreateForEncoding("o200k_base").CountTokens(SimulatedUsage.HiddenSystemPrompt) + SimulatedUsage.TokensPerMessage;
        (injected.Intercept - aligned.Intercept).Should().Be(hidden);
        verdict.Message.Should().Contain($"{hidden} input tokens more");
    }

    [Fact]
    public async Task Probes_are_recorded_and_replayed_like_any_call()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target();
        using var recording = sim.Pipeline(target, CacheMode.Record);
        var recorded = Fingerprint.From(Probes, await ProvenanceProbe.RunAsync(recording.Client, Probes, TestContext.Current.CancellationToken));
        var requests = sim.Server!.Requests;

        using var replaying = sim.Pipeline(target, CacheMode.Replay);
        var replayed = Fingerprint.From(Probes, await ProvenanceProbe.RunAsync(replaying.Client, Probes, TestContext.Current.CancellationToken));

        sim.Server.Requests.Should().Be(requests, "a replay sends nothing");
        replaying.Usage.Calls.Should().Be(0);
        FingerprintSnapshot.Entries(replayed).Should().Equal(FingerprintSnapshot.Entries(recorded));
        replayed.SystemFingerprints.Should().Equal(recorded.SystemFingerprints).And.Equal("fp_sim_o200k");
    }

    [Fact]
    public async Task The_system_fingerprint_is_read_where_the_wire_has_one_and_shown_in_the_metadata_rows_output_not_approved()
    {
        var openai = await ProbeAsync("aligned", "openai");
        var relay = await ProbeAsync("relay-swap", "openai");
        var anthropic = await ProbeAsync("aligned", "anthropic");

        openai.SystemFingerprints.Should().Equal(SimulatedUsage.SystemFingerprint("aligned"));
        relay.SystemFingerprints.Should().Equal(SimulatedUsage.SystemFingerprint("relay-swap")).And.NotEqual(openai.SystemFingerprints);
        anthropic.SystemFingerprints.Should().BeEmpty("Anthropic's wire has no system_fingerprint");
        var run = new ProvenanceRun(openai, null, null, "approve");
        var verdict = new ProvenanceVerdict(ProvenanceOutcome.Consistent, "");
        run.Summary(ProvenanceRun.Metadata, verdict).Should().Contain("system_fingerprint fp_sim_o200k (shown, not approved");
        run.Summary(ProvenanceRun.Tokenizer, verdict).Should().NotContain("system_fingerprint");
        FingerprintSnapshot.Entries(openai).Should().NotContain(e => e.Value.Contains("fp_sim"), "it changes with the provider's backend, so it is not approved");
    }
}
