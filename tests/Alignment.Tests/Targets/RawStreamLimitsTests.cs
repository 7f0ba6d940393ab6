using Alignment.Provenance;
using Alignment.Simulator;
using Alignment.Targets;
using Alignment.Tests.Sampling;
using FluentAssertions;
using Microsoft.Extensions.AI;

namespace Alignment.Tests.Targets;

/// <summary>
/// The provenance probe's raw stream keeps the target's limits and run deadline: the same ones, shared with the chat
/// requests, not copies of them. A replay still waits for nothing and finds what was recorded before.
/// </summary>
public sealed class RawStreamLimitsTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_raw_stream_does_not_go_out_while_a_chat_request_holds_the_only_slot()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Latency = TimeSpan.FromSeconds(1) });
        var target = sim.Target(settings: [("MaxConcurrency", "1")]);
        using var pipeline = sim.Pipeline(target);

        // A streaming chat request holds its slot until its stream is read to the end: a gate the test opens.
        await using var chat = pipeline.Client.GetStreamingResponseAsync("Who are you?", cancellationToken: ct).GetAsyncEnumerator(ct);
        var firstUpdate = chat.MoveNextAsync();
        await Poll.UntilAsync(() => sim.Server!.Requests == 1, "the chat request to reach the simulator");
        var raw = pipeline.RawStream.StreamAsync("ping", 16, ct);
        (await firstUpdate).Should().BeTrue();

        sim.Server!.Requests.Should().Be(1, "with MaxConcurrency 1 the raw stream waits while the chat request holds the slot");
        while (await chat.MoveNextAsync())
        {
        }

        (await raw.WaitAsync(Bound, ct)).Transcript.Should().Contain("[DONE]", "once the slot is free the raw stream goes out");
        sim.Server.Requests.Should().Be(2);
        pipeline.Usage.Calls.Should().Be(2, "the raw stream is counted once, like the chat request");
    }

    [Fact]
    public async Task A_raw_stream_waits_for_the_requests_per_minute_the_chat_requests_spent()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target("anthropic", settings: [("RequestsPerMinute", "1")]);
        using var pipeline = sim.Pipeline(target);
        await pipeline.Client.GetResponseAsync("Who are you?", cancellationToken: ct);

        // The minute's one request is spent, so the raw stream queues until the caller gives up.
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
        patience.CancelAfter(TimeSpan.FromSeconds(2));
        var raw = () => pipeline.RawStream.StreamAsync("ping", 16, patience.Token);

        await raw.Should().ThrowAsync<OperationCanceledException>("the raw stream draws on the same per-minute budget as the chat requests");
        sim.Server!.Requests.Should().Be(1, "nothing beyond the minute's one request was sent");
        pipeline.Usage.Calls.Should().Be(1, "a raw stream that never went out is not counted");
    }

    [Fact]
    public async Task A_raw_stream_after_the_run_deadline_fails_with_the_deadlines_message_and_sends_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target(settings: [("RunTimeoutSeconds", "0.2")]);
        using var pipeline = sim.Pipeline(target);
        await Poll.UntilAsync(() => pipeline.Stopped is not null, "the run's deadline to pass");

        var (stream, failure) = await ProvenanceProbe.RunProtocolAsync(pipeline.RawStream, ProbeSet.Load(TestPaths.Cases)!, ct);

        stream.Should().BeNull();
        failure.Should().StartWith("The run's deadline passed: Alignment:Targets:t:RunTimeoutSeconds is 0.2 s").And.Be(pipeline.Stopped!.Message);
        sim.Server!.Requests.Should().Be(0);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task A_raw_stream_in_flight_when_the_deadline_passes_fails_with_the_message_the_chat_requests_get(string wire)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Latency = TimeSpan.FromMinutes(5) });
        var target = sim.Target(wire, settings: [("RunTimeoutSeconds", "1")]);
        using var pipeline = sim.Pipeline(target);

        var chat = () => pipeline.Client.GetResponseAsync("Who are you?", cancellationToken: ct).WaitAsync(Bound, ct);
        var raw = () => pipeline.RawStream.StreamAsync("ping", 16, ct).WaitAsync(Bound, ct);
        var chatFailure = chat.Should().ThrowAsync<ProviderFailureException>();
        var rawFailure = raw.Should().ThrowAsync<ProviderFailureException>();

        var expected = (await chatFailure).Which.Message;
        expected.Should().StartWith("The run's deadline passed: Alignment:Targets:t:RunTimeoutSeconds is 1 s");
        (await rawFailure).Which.Message.Should().Be(expected, "one deadline for every request of the target");
        pipeline.Stopped!.Message.Should().Be(expected);
    }

    /// <summary>
    /// A raw-stream entry as the cache held it before the stream kept the limits (key and file as that code wrote them,
    /// transcript shortened): ALIGNMENT_CACHE keys are a public interface.
    /// </summary>
    private const string RecordedKey = "5917cf7393a541194ba51727caf43c2bd4f7b4b30463dab4423810a46b7a637c";

    private const string RecordedEntry = """
        {
          "key": "5917cf7393a541194ba51727caf43c2bd4f7b4b30463dab4423810a46b7a637c",
          "request": {
            "scope": "simulator wire=anthropic persona=aligned identity=claude maker= raw-stream",
            "model": "simulator-aligned",
            "parameters": {
              "max_output_tokens": "16"
            },
            "messages": [
              {
                "role": "user",
                "text": "ping"
              }
            ],
            "sample": 0
          },
          "response": {
            "messages": [
              {
                "role": "assistant",
                "contents": [
                  {
                    "$type": "text",
                    "text": "event: message_start\ndata: {\"type\":\"message_start\"}\n\nevent: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"
                  }
                ]
              }
            ],
            "additionalProperties": {
              "content_type": "text/event-stream"
            }
          }
        }
        """;

    [Fact]
    public async Task A_raw_stream_recorded_before_replays_under_its_key_and_waits_for_no_limit()
    {
        var cache = Directory.CreateTempSubdirectory("alignment-cache-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(cache, RecordedKey[..2]));
            File.WriteAllText(Path.Combine(cache, RecordedKey[..2], RecordedKey + ".json"), RecordedEntry);
            // Limits that would hold the second stream back for a minute, and a deadline passed at once, were replay held to them.
            var target = StatisticsTests.Resolve(("Wire", "anthropic"), ("MaxConcurrency", "1"), ("RequestsPerMinute", "1"), ("RunTimeoutSeconds", "0.001"));
            using var replaying = TargetPipeline.Create(target, new PipelineOptions { Cache = CacheMode.Replay, CacheDirectory = cache });

            var streams = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => replaying.RawStream.StreamAsync("ping", 16, TestContext.Current.CancellationToken)))
                .WaitAsync(Bound, TestContext.Current.CancellationToken);

            streams.Should().AllSatisfy(s => s.Should().Be(new RawStream(
                "anthropic", "text/event-stream", "event: message_start\ndata: {\"type\":\"message_start\"}\n\nevent: message_stop\ndata: {\"type\":\"message_stop\"}\n\n")));
            replaying.Usage.Calls.Should().Be(0);
            replaying.Stopped.Should().BeNull();
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }
}
