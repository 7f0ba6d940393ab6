using System.Net;

namespace Alignment.Targets;

/// <summary>
/// Outermost HTTP handler: turns a final failure into one <see cref="ProviderFailureException"/> saying status and
/// provider message. After the first failure that asking again cannot mend (400, 401, 403, 404, or a server error,
/// timeout or broken connection that outlasted every retry) it fails every later request at once with that same message instead of
/// sending it, and stops retries in flight: one clear error for the run, not a thousand.
/// </summary>
public sealed class TargetGate(string? apiKey) : DelegatingHandler
{
    private ProviderFailureException? refusal;

    /// <summary>The failure that stopped this run, if any.</summary>
    public ProviderFailureException? Refusal => Volatile.Read(ref refusal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Refusal is { } earlier)
        {
            throw earlier;
        }

        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException or IOException
                                  && !cancellationToken.IsCancellationRequested)
        {
            throw Stop(ProviderFailureException.NoResponse(request, e, apiKey));
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var failure = await ProviderFailureException.FromResponseAsync(response, apiKey, cancellationToken);
            // A 429 that outlasted the retries fails its own request only: the limit lifts, other requests go on.
            throw failure.Permanent || (Retryable(response) && response.StatusCode != HttpStatusCode.TooManyRequests) ? Stop(failure) : failure;
        }
    }

    /// <summary>Statuses the retry layer retries; reaching here with one means the retries ran out.</summary>
    private static bool Retryable(HttpResponseMessage response) =>
        Microsoft.Extensions.Http.Resilience.HttpClientResiliencePredicates.IsTransient(Polly.Outcome.FromResult(response));

    private ProviderFailureException Stop(ProviderFailureException failure) =>
        Interlocked.CompareExchange(ref refusal, failure, null) ?? failure;
}
