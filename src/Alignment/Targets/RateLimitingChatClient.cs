using System.Runtime.CompilerServices;
using System.Threading.RateLimiting;
using Microsoft.Extensions.AI;

namespace Alignment.Targets;

/// <summary>A target's limits: requests in flight, requests per minute, tokens per minute.</summary>
internal sealed record RateLimits(int MaxConcurrency, int? RequestsPerMinute = null, int? TokensPerMinute = null);

/// <summary>
/// Holds every request to the target's limits. Waiting requests queue in order, so a whole run can be started
/// at once and the limits, not the caller, set the pace. Per-minute limits are token buckets that refill
/// continuously, as providers describe theirs.
/// </summary>
internal sealed class RateLimitingChatClient : DelegatingChatClient
{
    private readonly ConcurrencyLimiter concurrency;
    private readonly TokenBucketRateLimiter? requests;
    private readonly TokenBucketRateLimiter? tokens;
    private readonly int tokenBucketSize;

    public RateLimitingChatClient(IChatClient inner, RateLimits limits)
        : base(inner)
    {
        concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = limits.MaxConcurrency,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        requests = PerMinute(limits.RequestsPerMinute);
        tokens = PerMinute(limits.TokensPerMinute);
        tokenBucketSize = limits.TokensPerMinute ?? 0;
    }

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IList<ChatMessage> ?? messages.ToList();
        using var permits = await AcquireAsync(list, options, cancellationToken);
        return await base.GetResponseAsync(list, options, cancellationToken);
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var list = messages as IList<ChatMessage> ?? messages.ToList();
        using var permits = await AcquireAsync(list, options, cancellationToken);
        await foreach (var update in base.GetStreamingResponseAsync(list, options, cancellationToken))
        {
            yield return update;
        }
    }

    /// <summary>What a request may cost: its text at about four characters a token, plus all the output it may ask for.</summary>
    public static int EstimateTokens(IEnumerable<ChatMessage> messages, ChatOptions? options) =>
        Math.Max(1, (messages.Sum(m => m.Text.Length) / 4) + (options?.MaxOutputTokens ?? 0));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            concurrency.Dispose();
            requests?.Dispose();
            tokens?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Waits for one request's permits, the chat requests' and the raw stream's alike; disposing them frees the slot.</summary>
    internal async Task<IDisposable> AcquireAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        // A slot first, so requests waiting for a slot do not use up the minute's budget.
        var permits = new Permits();
        try
        {
            permits.Add(await concurrency.AcquireAsync(1, cancellationToken));
            if (requests is not null)
            {
                permits.Add(await requests.AcquireAsync(1, cancellationToken));
            }

            if (tokens is not null)
            {
                // A request larger than the whole bucket waits for a full bucket instead of failing.
                var cost = Math.Min(EstimateTokens(messages, options), tokenBucketSize);
                permits.Add(await tokens.AcquireAsync(cost, cancellationToken));
            }

            return permits;
        }
        catch
        {
            permits.Dispose();
            throw;
        }
    }

    /// <summary>A bucket holding a minute's worth, refilled every second (or every 60/limit seconds for small limits).</summary>
    private static TokenBucketRateLimiter? PerMinute(int? limit) => limit is not { } perMinute ? null : new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
    {
        TokenLimit = perMinute,
        TokensPerPeriod = Math.Max(1, perMinute / 60),
        ReplenishmentPeriod = TimeSpan.FromSeconds(60.0 * Math.Max(1, perMinute / 60) / perMinute),
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    /// <summary>The leases of one request, released together.</summary>
    private sealed class Permits : List<RateLimitLease>, IDisposable
    {
        public new void Add(RateLimitLease lease)
        {
            base.Add(lease);
            if (!lease.IsAcquired)
            {
                throw new InvalidOperationException("The rate limiter refused a request it should have queued.");
            }
        }

        public void Dispose()
        {
            foreach (var lease in this)
            {
                lease.Dispose();
            }
        }
    }
}
