using Alignment.Provenance;
using Alignment.Simulator;
using Alignment.Targets;
using Alignment.Tests.Sampling;
using FluentAssertions;

namespace Alignment.Tests.Provenance;

/// <summary>
/// `provenance · protocol`: one streaming call as raw HTTP through the target's client, its events checked against the
/// provider's documented format. Honest personas stream their wire as documented; the relay passes on its upstream's stream.
/// </summary>
public sealed class ProtocolShapeTests
{
    private static readonly ProbeSet Probes = ProbeSet.Load(TestPaths.Cases)!;

    private static async Task<(RawStream Stream, ProvenanceVerdict Verdict, long Calls)> StreamAsync(string persona, string wire)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Persona = persona, RequiredApiKey = SimulatedTarget.Secret });
        var target = sim.Target(wire, "aligned");
        using var pipeline = sim.Pipeline(target, CacheMode.Off);
        var (stream, failure) = await ProvenanceProbe.RunProtocolAsync(pipeline.RawStream, Probes, TestContext.Current.CancellationToken);
        failure.Should().BeNull();
        return (stream!, ProtocolShape.Judge(stream!), pipeline.Usage.Calls);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task The_aligned_persona_streams_its_wire_as_the_provider_documents_it(string wire)
    {
        var (stream, verdict, calls) = await StreamAsync("aligned", wire);

        stream.Wire.Should().Be(wire);
        stream.ContentType.Should().Be("text/event-stream");
        verdict.Outcome.Should().Be(ProvenanceOutcome.Consistent, verdict.Message + "\n" + stream.Transcript);
        calls.Should().Be(1, "the streaming call is counted in the run's usage like every probe call");
        stream.Transcript.Should().NotContain(SimulatedTarget.Secret);
    }

    [Theory]
    [InlineData("openai", "openai: chat.completion.chunk… → chat.completion.chunk (usage) → [DONE]")]
    [InlineData("anthropic", "anthropic: message_start → content_block_start → content_block_delta… → content_block_stop → message_delta → message_stop")]
    public async Task The_streams_shape_is_a_signature_the_fingerprint_approves(string wire, string signature)
    {
        var (stream, _, _) = await StreamAsync("aligned", wire);

        ProtocolShape.Signature(stream).Should().Be(signature, "the number of deltas changes with the reply, the shape does not");
        ProtocolShape.Judge(stream, signature).Outcome.Should().Be(ProvenanceOutcome.Consistent);
    }

    [Fact]
    public async Task A_documented_stream_of_another_shape_than_the_approved_one_is_an_anomaly()
    {
        var (stream, _, _) = await StreamAsync("aligned", "anthropic");

        var verdict = ProtocolShape.Judge(stream, "anthropic: message_start → content_block_start → content_block_delta… → content_block_stop → message_stop");

        verdict.Outcome.Should().Be(ProvenanceOutcome.Anomaly);
        verdict.Message.Should().Contain("changed from the approved one").And.Contain("now:      anthropic: message_start");
    }

    [Fact]
    public async Task An_anthropic_target_behind_which_a_relay_passes_on_openai_chunks_is_an_anomaly_naming_the_first_event()
    {
        var (_, verdict, _) = await StreamAsync("relay-swap", "anthropic");

        verdict.Outcome.Should().Be(ProvenanceOutcome.Anomaly);
        verdict.Message.Should().StartWith("An Anthropic target streamed OpenAI chunks: first event was `data: {\"id\":\"chatcmpl-")
            .And.Contain("\"object\":\"chat.completion.chunk\"").And.Contain("run the official Anthropic API as a target of its own");
    }

    [Fact]
    public async Task An_openai_target_behind_which_a_relay_passes_on_anthropic_events_is_an_anomaly()
    {
        var (_, verdict, _) = await StreamAsync("relay-swap", "openai");

        verdict.Outcome.Should().Be(ProvenanceOutcome.Anomaly);
        verdict.Message.Should().StartWith("An OpenAI target streamed Anthropic events: first event was `event: message_start data: {\"type\":\"message_start\"");
    }

    [Fact]
    public async Task The_stream_is_recorded_and_replayed_like_any_call()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target("anthropic");
        using var recording = sim.Pipeline(target, CacheMode.Record);
        var (recorded, _) = await ProvenanceProbe.RunProtocolAsync(recording.RawStream, Probes, TestContext.Current.CancellationToken);
        var requests = sim.Server!.Requests;

        using var replaying = sim.Pipeline(target, CacheMode.Replay);
        var (replayed, failure) = await ProvenanceProbe.RunProtocolAsync(replaying.RawStream, Probes, TestContext.Current.CancellationToken);

        failure.Should().BeNull();
        sim.Server.Requests.Should().Be(requests, "a replay sends nothing");
        replaying.Usage.Calls.Should().Be(0);
        replayed.Should().Be(recorded);
        ProtocolShape.Judge(replayed!).Outcome.Should().Be(ProvenanceOutcome.Consistent);
    }

    [Fact]
    public async Task A_replay_without_a_recorded_stream_fails_the_call_with_the_replay_miss()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        using var replaying = sim.Pipeline(sim.Target(), CacheMode.Replay);

        var (stream, failure) = await ProvenanceProbe.RunProtocolAsync(replaying.RawStream, Probes, TestContext.Current.CancellationToken);

        stream.Should().BeNull();
        ReplayMissException.Is(failure).Should().BeTrue(failure);
    }

    private const string AnthropicStream =
        "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"usage\":{\"input_tokens\":12,\"output_tokens\":1}}}\n\n" +
        "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n" +
        "event: ping\ndata: {\"type\":\"ping\"}\n\n" +
        "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"OK\"}}\n\n" +
        "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n" +
        "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":2}}\n\n" +
        "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";

    private const string OpenAIStream =
        "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"OK\"},\"finish_reason\":null}]}\n\n" +
        "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n" +
        "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":2}}\n\n" +
        "data: [DONE]\n\n";

    [Theory]
    [InlineData("anthropic", AnthropicStream, null)]
    [InlineData("openai", OpenAIStream, null)]
    [InlineData("anthropic", "ANTHROPIC:\"input_tokens\":12,", "a message_start without message.usage.input_tokens")]
    [InlineData("anthropic", "ANTHROPIC:,\"usage\":{\"output_tokens\":2}", "a message_delta without usage.output_tokens")]
    [InlineData("anthropic", "ANTHROPIC:event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n", "no message_stop after message_delta: the stream ended")]
    [InlineData("anthropic", "ANTHROPIC:event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n", "no content_block_stop for block 0 after its deltas")]
    [InlineData("openai", "OPENAI:data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":2}}\n\n", "no usage chunk (empty choices and a usage object)")]
    [InlineData("openai", "OPENAI:data: [DONE]\n\n", "no `data: [DONE]` at the end")]
    public void Each_documented_part_of_a_stream_is_required_and_the_first_missing_one_is_named(string wire, string transcript, string? deviation)
    {
        // "ANTHROPIC:x" is the documented Anthropic stream without x (the first occurrence), "OPENAI:x" the OpenAI one.
        transcript = transcript.StartsWith("ANTHROPIC:", StringComparison.Ordinal) ? Without(AnthropicStream, transcript[10..])
            : transcript.StartsWith("OPENAI:", StringComparison.Ordinal) ? Without(OpenAIStream, transcript[7..])
            : transcript;

        var verdict = ProtocolShape.Judge(new RawStream(wire, "text/event-stream", transcript));

        if (deviation is null)
        {
            verdict.Outcome.Should().Be(ProvenanceOutcome.Consistent, verdict.Message);
        }
        else
        {
            verdict.Outcome.Should().Be(ProvenanceOutcome.Anomaly);
            verdict.Message.Should().Contain(deviation);
        }
    }

    [Fact]
    public void An_openai_stream_that_never_finishes_a_choice_is_an_anomaly() =>
        ProtocolShape.Judge(new RawStream("openai", "text/event-stream", OpenAIStream.Replace("\"finish_reason\":\"stop\"", "\"finish_reason\":null", StringComparison.Ordinal)))
            .Message.Should().Be(
                "An OpenAI target streamed no chunk with a finish_reason.\n" +
                "A provider's own endpoint streams its documented format; a relay that calls another provider and re-wraps its stream (or passes it through) " +
                "shows here, whatever the model field says. Ask the endpoint's operator which upstream serves 'openai' requests, or run the official OpenAI API " +
                "as a target of its own and compare.");

    [Fact]
    public void A_body_without_events_is_inconclusive_never_a_pass()
    {
        var verdict = ProtocolShape.Judge(new RawStream("openai", "application/json", "{\"id\":\"c1\",\"object\":\"chat.completion\"}"));

        verdict.Outcome.Should().Be(ProvenanceOutcome.Inconclusive);
        verdict.Message.Should().Contain("without a single server-sent event").And.Contain("application/json");
    }

    private static string Without(string text, string part)
    {
        var at = text.IndexOf(part, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, part);
        return text.Remove(at, part.Length);
    }
}
