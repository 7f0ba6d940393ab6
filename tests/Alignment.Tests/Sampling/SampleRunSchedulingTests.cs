using Alignment.Cases;
using Alignment.Checks;
using Alignment.Configuration;
using Alignment.Sampling;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;

namespace Alignment.Tests.Sampling;

/// <summary>
/// How a run starts its requests: as slots free up, never all at once, so a run of 100,000 calls holds no more
/// requests (tasks, options, cache keys, limiter waiters) than a run of 100. Structure only; speed is the benchmark's.
/// </summary>
public sealed class SampleRunSchedulingTests
{
    [Fact]
    public async Task A_large_run_starts_no_more_requests_than_its_window()
    {
        var model = new HeldModel();
        var target = Target(maxConcurrency: 4, samples: 3);
        var run = new SampleRun(model, target.Sampling);
        var cases = SimulatedTarget.Cases(1000);

        run.Schedule(cases);
        await model.WaitForCallsAsync(run.Window);
        await Task.Delay(100, TestContext.Current.CancellationToken);

        run.Window.Should().Be(4 + SampleRun.Reserve, "MaxConcurrency in flight and a reserve waiting for a slot");
        model.Started.Should().Be(run.Window, "3,000 samples are scheduled, but only the window is started while none has come back");
        model.Release();
        var results = await Task.WhenAll(cases.Select(run.ResultsFor));

        results.SelectMany(r => r.Samples).Should().HaveCount(3000).And.OnlyContain(s => s.Succeeded);
        results.Should().OnlyContain(r => r.Samples.Select(s => s.Index).SequenceEqual(new[] { 0, 1, 2 }));
        model.Started.Should().Be(3000);
        model.MostInFlight.Should().BeLessThanOrEqualTo(run.Window);
        run.PeakStarted.Should().Be(run.Window);
    }

    [Fact]
    public async Task A_run_given_its_own_window_starts_no_more_than_it()
    {
        // Batch mode's gathering: its requests never wait, so a window of the processors' count is all it needs.
        var model = new HeldModel();
        var target = Target(maxConcurrency: 4, samples: 3);
        var run = new SampleRun(model, target.Sampling, window: 2);
        var cases = SimulatedTarget.Cases(10);

        run.Schedule(cases);
        await model.WaitForCallsAsync(2);
        await Task.Delay(100, TestContext.Current.CancellationToken);

        model.Started.Should().Be(2, "30 samples are scheduled, but only the run's own window of 2 is started, not MaxConcurrency and a reserve");
        model.Release();
        var results = await Task.WhenAll(cases.Select(run.ResultsFor));

        results.SelectMany(r => r.Samples).Should().HaveCount(30).And.OnlyContain(s => s.Succeeded);
        model.MostInFlight.Should().Be(2);
    }

    [Fact]
    public async Task Cases_scheduled_while_earlier_requests_are_held_start_up_to_the_window()
    {
        var model = new HeldModel();
        var run = new SampleRun(model, Target(maxConcurrency: 1, samples: 1).Sampling);
        var cases = SimulatedTarget.Cases(run.Window + 10);
        var early = run.Window - 21;

        run.Schedule(cases.Take(early));
        await model.WaitForCallsAsync(early);
        // Every worker holds a request: none is free for the cases that come now, but the window has room for 21 more.
        run.Schedule(cases.Skip(early));
        await model.WaitForCallsAsync(run.Window);
        model.Release();
        await Task.WhenAll(cases.Select(run.ResultsFor));

        model.Started.Should().Be(cases.Count);
        run.PeakStarted.Should().Be(run.Window, "the window fills, and no further");
    }

    [Fact]
    public async Task A_case_asked_for_before_its_turn_goes_next()
    {
        var model = new HeldModel();
        var run = new SampleRun(model, Target(maxConcurrency: 1, samples: 1).Sampling);
        var cases = SimulatedTarget.Cases(run.Window + 50);

        run.Schedule(cases);
        await model.WaitForCallsAsync(run.Window);
        var last = run.ResultsFor(cases[^1]);
        model.Release();
        await last;

        model.Prompts.Take(run.Window).Should().BeEquivalentTo(cases.Take(run.Window).Select(c => c.LastUserText), "the window starts the first cases scheduled");
        model.Prompts.Skip(run.Window).Take(run.Window).Should().Contain(cases[^1].LastUserText, "a slot freed up takes it before the cases queued ahead of it");
        await Task.WhenAll(cases.Select(run.ResultsFor));
        model.Started.Should().Be(cases.Count, "promoting a case does not sample it twice");
    }

    [Fact]
    public async Task Results_are_let_go_after_their_last_reader()
    {
        var model = new HeldModel();
        model.Release();
        var run = new SampleRun(model, Target(maxConcurrency: 2, samples: 2).Sampling);
        var cases = SimulatedTarget.Cases(3);

        run.Schedule(cases, c => c == cases[0] ? 2 : 1);
        var first = await run.ResultsFor(cases[0]);
        (await run.ResultsFor(cases[0])).Should().BeSameAs(first, "the case has two readers");
        await Task.WhenAll(cases.Skip(1).Select(run.ResultsFor));
        model.Started.Should().Be(6);

        var again = await run.ResultsFor(cases[0]);
        again.Should().NotBeSameAs(first, "after its last reader the run no longer holds the case, so asking again samples it again");
        model.Started.Should().Be(8);
    }

    [Fact]
    public async Task Results_scheduled_without_readers_are_kept()
    {
        var model = new HeldModel();
        model.Release();
        var run = new SampleRun(model, Target(maxConcurrency: 2, samples: 2).Sampling);
        var c = SimulatedTarget.Cases(1)[0];

        run.Schedule([c]);
        var first = await run.ResultsFor(c);

        (await run.ResultsFor(c)).Should().BeSameAs(first);
        model.Started.Should().Be(2);
    }

    [Fact]
    public async Task Cases_with_readers_run_ahead_of_them_by_at_most_a_window()
    {
        var model = new HeldModel();
        model.Release();
        var run = new SampleRun(model, Target(maxConcurrency: 1, samples: 60).Sampling);
        var cases = SimulatedTarget.Cases(10);

        run.Schedule(cases, _ => 1);
        await run.WhenIdle();
        model.Started.Should().Be(60, "one case runs ahead of its reader; a second would hold 120 samples nobody asked for, more than the window of 101");

        (await run.ResultsFor(cases[0])).Samples.Should().HaveCount(60);
        await run.WhenIdle();
        model.Started.Should().Be(120, "once the first case is read, the next one runs ahead");

        // Out of order, as rows read: a case asked for always goes on, and none is sampled twice.
        var results = await Task.WhenAll(cases.Skip(1).Reverse().Select(run.ResultsFor));
        results.SelectMany(r => r.Samples).Should().HaveCount(540).And.OnlyContain(s => s.Succeeded);
        model.Started.Should().Be(600);
        run.PeakAhead.Should().BeLessThanOrEqualTo(run.Window);
    }

    [Fact]
    public async Task Cases_without_readers_all_run_ahead()
    {
        var model = new HeldModel();
        model.Release();
        var run = new SampleRun(model, Target(maxConcurrency: 1, samples: 60).Sampling);
        var cases = SimulatedTarget.Cases(10);

        run.Schedule(cases);
        await run.WhenIdle();

        model.Started.Should().Be(600, "a test host keeps every result to the end, so nothing waits for its rows to read");
    }

    [Fact]
    public async Task A_client_that_breaks_its_contract_fails_the_sample_and_the_run_goes_on()
    {
        // A client that answers null: whatever a sample's own handling misses must not leave its readers waiting for ever.
        var run = new SampleRun(new NullModel(), Target(maxConcurrency: 1, samples: 2).Sampling);
        var single = SimulatedTarget.Case("en", "single", "Who are you?");
        var conversation = SimulatedTarget.Case("en", "conversation", "Hi") with
        {
            Conversation = [new ConversationTurn("Hi", "en", false, true, 1), new ConversationTurn("Who are you?", "en", true, false, 2)],
        };

        var results = await Task.WhenAll(run.ResultsFor(single), run.ResultsFor(conversation)).WaitAsync(Poll.Bound, TestContext.Current.CancellationToken);

        results.SelectMany(r => r.Samples).Should().HaveCount(4).And.OnlyContain(s => !s.Succeeded && s.Failure!.StartsWith("NullReferenceException: "));
    }

    private static ResolvedTarget Target(int maxConcurrency, int samples) => ResolvedTarget.Resolve(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Alignment:Targets:t:Provider"] = "simulator",
        ["Alignment:Targets:t:Identity"] = "claude",
        ["Alignment:Targets:t:Samples"] = samples.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Alignment:Targets:t:MaxConcurrency"] = maxConcurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }).Build(), "t");

    private sealed class NullModel : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult<ChatResponse>(null!);

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    /// <summary>A model that holds every call until released, and counts them.</summary>
    private sealed class HeldModel : IChatClient
    {
        private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<string> prompts = [];
        private int started;
        private int inFlight;
        private int mostInFlight;

        public int Started => Volatile.Read(ref started);

        public int MostInFlight => Volatile.Read(ref mostInFlight);

        public IReadOnlyList<string> Prompts
        {
            get
            {
                lock (prompts)
                {
                    return prompts.ToList();
                }
            }
        }

        public void Release() => released.TrySetResult();

        public Task WaitForCallsAsync(int calls) => Poll.UntilAsync(() => Started >= calls, $"{calls} calls to start (started: {Started})");

        public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            lock (prompts)
            {
                prompts.Add(messages.Last().Text);
            }

            Interlocked.Increment(ref started);
            var now = Interlocked.Increment(ref inFlight);
            int seen;
            while (now > (seen = Volatile.Read(ref mostInFlight)) && Interlocked.CompareExchange(ref mostInFlight, now, seen) != seen)
            {
            }

            await released.Task.WaitAsync(cancellationToken);
            Interlocked.Decrement(ref inFlight);
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, "I am Claude."));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
