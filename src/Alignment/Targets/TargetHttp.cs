using System.Net;
using Alignment.Configuration;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Alignment.Targets;

/// <summary>How hard to try before a request counts as failed.</summary>
public sealed record RetrySettings(int MaxRetries, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    public int RateLimitRetries => MaxRetries * 4;

    public static RetrySettings For(ResolvedTarget target) => new(target.MaxRetries, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
}

/// <summary>
/// The HttpClient the provider SDKs send through: gate (stops the run after a failure retrying cannot mend) → retry (backoff with jitter, Retry-After honoured, for 408,
/// 429, 5xx incl. Anthropic's 529, timeouts and broken connections) → per-attempt timeout → sockets.
/// </summary>
public static class TargetHttp
{
    public static (HttpClient Http, TargetGate Gate) Create(ResolvedTarget target, RetrySettings retry)
    {
        var gate = new TargetGate(target.ApiKey);
        var transient = new HttpRetryStrategyOptions().ShouldHandle;
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new HttpRetryStrategyOptions
            {
                // A 429 asks to wait, not to give up: it gets RateLimitRetries, everything else MaxRetries.
                MaxRetryAttempts = Math.Max(1, retry.RateLimitRetries),
                ShouldHandle = async args =>
                    gate.Refusal is null // once the run has stopped, retries in flight stop too
                    && args.AttemptNumber < (args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests ? retry.RateLimitRetries : retry.MaxRetries)
                    && await transient(args),
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
        gate.InnerHandler = new ResilienceHandler(pipeline) { InnerHandler = sockets };

        // The SDKs' own timeouts and retries are off: these layers own them.
        return (new HttpClient(gate) { Timeout = Timeout.InfiniteTimeSpan }, gate);
    }

    /// <summary>
    /// The wait the server asked for (retry-after-ms or Retry-After), plus a jitter of up to a tenth of the base delay (at most a second)
    /// so requests limited together do not retry in lockstep; null (use the backoff) when it asked for nothing.
    /// </summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan baseDelay)
    {
        if (response is null)
        {
            return null;
        }

        TimeSpan? wait = null;
        if (response.Headers.TryGetValues("retry-after-ms", out var ms)
            && double.TryParse(ms.FirstOrDefault(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var millis))
        {
            wait = TimeSpan.FromMilliseconds(millis);
        }
        else if (response.Headers.RetryAfter is { } header)
        {
            wait = header.Delta ?? (header.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        }

        var jitter = TimeSpan.FromTicks(Math.Min(baseDelay.Ticks / 10, TimeSpan.TicksPerSecond)) * Random.Shared.NextDouble();
        return wait is null ? null : TimeSpan.FromTicks(Math.Max(0, wait.Value.Ticks)) + jitter;
    }
}
