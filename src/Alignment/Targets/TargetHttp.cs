using Alignment.Configuration;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Alignment.Targets;

/// <summary>How hard to try before a request counts as failed.</summary>
public sealed record RetrySettings(int MaxRetries, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    public static RetrySettings For(ResolvedTarget target) => new(target.MaxRetries, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60));
}

/// <summary>
/// The HttpClient the provider SDKs send through: gate → retry (backoff with jitter, Retry-After honoured, for 408,
/// 429, 5xx incl. Anthropic's 529, timeouts and broken connections) → per-attempt timeout → sockets.
/// </summary>
public static class TargetHttp
{
    public static (HttpClient Http, TargetGate Gate) Create(ResolvedTarget target, RetrySettings retry)
    {
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, retry.MaxRetries),
                ShouldHandle = retry.MaxRetries == 0 ? _ => ValueTask.FromResult(false) : new HttpRetryStrategyOptions().ShouldHandle,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retry.BaseDelay,
                MaxDelay = retry.MaxDelay,
                ShouldRetryAfterHeader = true,
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = target.Timeout })
            .Build();
        var sockets = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = int.MaxValue,
        };
        var gate = new TargetGate(new ResilienceHandler(pipeline) { InnerHandler = sockets }, target.ApiKey);

        // The SDKs' own timeouts and retries are off: these layers own them.
        return (new HttpClient(gate) { Timeout = Timeout.InfiniteTimeSpan }, gate);
    }
}
