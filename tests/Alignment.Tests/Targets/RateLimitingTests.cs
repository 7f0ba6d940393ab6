using Alignment.Targets;
using Alignment.Tests.Sampling;
using FluentAssertions;
using Microsoft.Extensions.AI;

namespace Alignment.Tests.Targets;

public sealed class RateLimitingTests
{
    [Fact]
    public async Task Never_more_requests_in_flight_than_the_limit()
    {
        var model = new CountingModel(TimeSpan.FromMilliseconds(20));
        using var client = new RateLimitingChatClient(model, new RateLimits(MaxConcurrency: 4));

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => client.GetResponseAsync($"q{i}", cancellationToken: TestContext.Current.CancellationToken)));

        model.Calls.Should().Be(40);
        model.MostInFlight.Should().Be(4, "forty requests queued behind four slots fill them all, and no more");
    }

    [Fact]
    public async Task Requests_per_minute_hold_back_the_next_request()
    {
        var model = new CountingModel(TimeSpan.Zero);
        using var client = new RateLimitingChatClient(model, new RateLimits(MaxConcurrency: 8, RequestsPerMinute: 1));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        await client.GetResponseAsync("first", cancellationToken: stop.Token);
        var second = client.GetResponseAsync("second", cancellationToken: stop.Token);
        await Task.Delay(300, TestContext.Current.CancellationToken);

        second.IsCompleted.Should().BeFalse("one request a minute leaves the second waiting for the next minute");
        model.Calls.Should().Be(1);
        await stop.CancelAsync();
        await FluentActions.Awaiting(() => second).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Tokens_per_minute_count_the_prompt_and_the_output_asked_for()
    {
        var model = new CountingModel(TimeSpan.Zero);
        using var client = new RateLimitingChatClient(model, new RateLimits(MaxConcurrency: 8, TokensPerMinute: 120));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var options = new ChatOptions { MaxOutputTokens = 100 };

        RateLimitingChatClient.EstimateTokens([new ChatMessage(ChatRole.User, "12345678")], options).Should().Be(102);
        await client.GetResponseAsync("12345678", options, stop.Token);
        var second = client.GetResponseAsync("12345678", options, stop.Token);
        await Task.Delay(300, TestContext.Current.CancellationToken);

        second.IsCompleted.Should().BeFalse("102 of 120 tokens are spent and refill at 2 a second");
        await stop.CancelAsync();
        await FluentActions.Awaiting(() => second).Should().ThrowAsync<OperationCanceledException>();
    }

    /// <summary>A model that answers after a delay and remembers how many calls overlapped.</summary>
    private sealed class CountingModel(TimeSpan delay) : IChatClient
    {
        private int inFlight;
        private int mostInFlight;
        private int calls;

        public int MostInFlight => mostInFlight;

        public int Calls => calls;

        public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref calls);
            var now = Interlocked.Increment(ref inFlight);
            int seen;
            while (now > (seen = Volatile.Read(ref mostInFlight)) && Interlocked.CompareExchange(ref mostInFlight, now, seen) != seen)
            {
            }

            await Task.Delay(delay, cancellationToken);
            Interlocked.Decrement(ref inFlight);
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok"));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
