using System.Globalization;
using System.Net;
using Alignment.Configuration;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Alignment.Targets;

/// <summary>How hard to try before a request counts as failed, and how much trying the whole run may spend.</summary>
public sealed record RetrySettings(int MaxRetries, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    public int RateLimitRetries => MaxRetries * 4;

    /// <summary>The longest Retry-After honoured; beyond it the request fails, naming the header.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(ResolvedTarget.DefaultMaxRetryAfterSeconds);

    /// <summary>Retries the whole run may spend; when they are spent the run stops.</summary>
    public int Budget { get; init; } = ResolvedTarget.DefaultRetryBudget;

    /// <summary>The target's name, for messages that say which setting to change.</summary>
    public string Target { get; init; } = "<name>";

    public static RetrySettings For(ResolvedTarget target) => new(target.MaxRetries, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30))
    {
        MaxRetryAfter = target.MaxRetryAfter,
        Budget = target.RetryBudget,
        Target = target.Name,
    };
}

/// <summary>
/// Retries left for the whole run, shared by every request, for the retries the server did not pace with Retry-After:
/// a quota that is used up (429s with no Retry-After) or an endpoint that keeps failing must end the run in minutes,
/// not retry every request twenty times for hours.
/// </summary>
public sealed class RetryBudget(int retries)
{
    private int left = retries;

    public int Size { get; } = retries;

    public bool Spent => Volatile.Read(ref left) < 0;

    /// <summary>Takes one retry; false once none are left.</summary>
    public bool TrySpend() => Interlocked.Decrement(ref left) >= 0;
}

/// <summary>
/// The HttpClient the provider SDKs send through: gate (stops the run after a failure retrying cannot mend) → retry (backoff with jitter,
/// Retry-After honoured up to a cap, a run-wide budget, for 408, 429, 5xx incl. Anthropic's 529, timeouts, broken connections and broken
/// bodies) → per-attempt timeout (headers and body) → whole body read and checked → sockets.
/// </summary>
internal static class TargetHttp
{
    public static (HttpClient Http, TargetGate Gate) Create(ResolvedTarget target, RetrySettings retry)
    {
        var budget = new RetryBudget(retry.Budget);
        var gate = new TargetGate(target.ApiKey, retry, budget);
        var transient = new HttpRetryStrategyOptions().ShouldHandle;
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new HttpRetryStrategyOptions
            {
                // A 429 asks to wait, not to give up: it gets RateLimitRetries, everything else MaxRetries.
                MaxRetryAttempts = Math.Max(1, retry.RateLimitRetries),
                ShouldHandle = async args =>
                    gate.Refusal is null // once the run has stopped, retries in flight stop too
                    && args.AttemptNumber < (args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests ? retry.RateLimitRetries : retry.MaxRetries)
                    && await transient(args)
                    && Paced(args.Outcome.Result, retry, budget),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retry.BaseDelay,
                MaxDelay = retry.MaxDelay,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, retry.BaseDelay)),
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = target.Timeout })
            .Build();
        var sockets = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = int.MaxValue,
        };
        gate.InnerHandler = new ResilienceHandler(pipeline) { InnerHandler = new WholeBodyHandler { InnerHandler = sockets } };

        // The SDKs' own timeouts and retries are off: these layers own them.
        return (new HttpClient(gate) { Timeout = Timeout.InfiniteTimeSpan }, gate);
    }

    /// <summary>
    /// Whether a retryable failure may be retried: a wait the server asked for within the cap is its pacing and costs
    /// nothing (rate-limited providers pace every run like this); a longer one is not retried (the gate reports it,
    /// naming the header); a retry the server did not pace (5xx, timeouts, a 429 without Retry-After) spends the budget.
    /// </summary>
    private static bool Paced(HttpResponseMessage? response, RetrySettings retry, RetryBudget budget) =>
        RequestedWait(response) is { } asked ? asked.Wait <= retry.MaxRetryAfter : budget.TrySpend();

    /// <summary>
    /// The wait the server asked for (retry-after-ms or Retry-After), plus a jitter of up to a tenth of the base delay (at most a second)
    /// so requests limited together do not retry in lockstep; null (use the backoff) when it asked for nothing.
    /// </summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan baseDelay)
    {
        var jitter = TimeSpan.FromTicks(Math.Min(baseDelay.Ticks / 10, TimeSpan.TicksPerSecond)) * Random.Shared.NextDouble();
        return RequestedWait(response) is { } asked ? asked.Wait + jitter : null;
    }

    /// <summary>The wait the server asked for and the header that asked it, as sent ("Retry-After: 100000").</summary>
    public static (TimeSpan Wait, string Header)? RequestedWait(HttpResponseMessage? response)
    {
        if (response is null)
        {
            return null;
        }

        if (response.Headers.TryGetValues("retry-after-ms", out var ms)
            && double.TryParse(ms.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var millis))
        {
            return (NonNegative(millis / 1000), $"retry-after-ms: {ms.First()}");
        }

        if (response.Headers.RetryAfter is { } header && (header.Delta ?? (header.Date - DateTimeOffset.UtcNow)) is { } wait)
        {
            return (NonNegative(wait.TotalSeconds), $"Retry-After: {header}");
        }

        return null;
    }

    /// <summary>Clamped so that an absurd header (1e300 ms) is a very long wait, not an overflow.</summary>
    private static TimeSpan NonNegative(double seconds) =>
        TimeSpan.FromSeconds(double.IsNaN(seconds) ? 0 : Math.Clamp(seconds, 0, TimeSpan.MaxValue.TotalSeconds / 2));
}
