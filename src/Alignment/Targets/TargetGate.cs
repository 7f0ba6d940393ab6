namespace Alignment.Targets;

/// <summary>
/// Outermost HTTP handler: turns a final failure (after retries) into one <see cref="ProviderFailureException"/>
/// saying status and provider message, and after the first permanent refusal (400, 401, 403, 404) fails every
/// later request at once with that same message instead of sending it: one clear error for the run, not a thousand.
/// </summary>
public sealed class TargetGate(HttpMessageHandler inner, string? apiKey) : DelegatingHandler(inner)
{
    private ProviderFailureException? refusal;

    /// <summary>The first permanent refusal of this run, if any.</summary>
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
            throw ProviderFailureException.NoResponse(request, e, apiKey);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var failure = await ProviderFailureException.FromResponseAsync(response, apiKey, cancellationToken);
            if (failure.Permanent)
            {
                Interlocked.CompareExchange(ref refusal, failure, null);
            }

            throw failure;
        }
    }
}
