using System.Globalization;
using System.Net;

namespace Alignment.Targets;

/// <summary>
/// Outermost HTTP handler: turns a final failure into one <see cref="ProviderFailureException"/> saying status and
/// provider message. After the first failure that asking again cannot mend (400, 401, 403, 404, a server error,
/// timeout or broken connection that outlasted every retry, or a run whose retry budget is spent) it fails every later
/// request at once with that same message instead of sending it, and stops retries in flight: one clear error for the
/// run, not a thousand.
/// </summary>
public sealed class TargetGate(string? apiKey, RetrySettings? retry = null, RetryBudget? budget = null) : DelegatingHandler
{
    private ProviderFailureException? refusal;

    /// <summary>
    /// Marks a probe the endpoint may not serve (the provenance rows' streaming call): its refusal (400, 404, 405, 415, 422)
    /// fails that request, not the run. Keys and quotas (401, 403) still stop the run.
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> Optional = new("alignment.optional-request");

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
            throw Stop(BudgetNote(ProviderFailureException.NoResponse(request, e, apiKey)));
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var failure = await ProviderFailureException.FromResponseAsync(response, apiKey, cancellationToken);
            if (retry is not null && TargetHttp.RequestedWait(response) is { } asked && asked.Wait > retry.MaxRetryAfter)
            {
                // Waiting that long would hold the run hostage; this sample fails, saying which header asked it.
                return Throw(failure.With(
                    $"the server's {asked.Header} asks to wait {Duration(asked.Wait)}, longer than MaxRetryAfterSeconds ({Duration(retry.MaxRetryAfter)}), " +
                    $"so it was not retried. To wait that long, raise Alignment:Targets:{retry.Target}:MaxRetryAfterSeconds."));
            }

            if (budget?.Spent == true && Retryable(response))
            {
                throw Stop(BudgetNote(failure));
            }

            // A 429 that outlasted the retries fails its own request only: the limit lifts, other requests go on.
            var notServed = request.Options.TryGetValue(Optional, out var optional) && optional
                && (int)response.StatusCode is 400 or 404 or 405 or 415 or 422;
            throw !notServed && (failure.Permanent || (Retryable(response) && response.StatusCode != HttpStatusCode.TooManyRequests)) ? Stop(failure) : failure;
        }
    }

    private static HttpResponseMessage Throw(ProviderFailureException failure) => throw failure;

    /// <summary>Says that the run stopped because its retries are spent, when they are.</summary>
    private ProviderFailureException BudgetNote(ProviderFailureException failure) => budget?.Spent == true
        ? failure.With($"the run's retry budget of {budget.Size} retries (Alignment:Targets:{retry?.Target}:RetryBudget) is spent, so the run stops here " +
                       "and nothing more is sent. Wait for the endpoint to recover (or its quota to reset) and run again.")
        : failure;

    /// <summary>Statuses the retry layer retries; reaching here with one means the retries ran out.</summary>
    private static bool Retryable(HttpResponseMessage response) =>
        Microsoft.Extensions.Http.Resilience.HttpClientResiliencePredicates.IsTransient(Polly.Outcome.FromResult(response));

    private static string Duration(TimeSpan wait) => wait.TotalSeconds < 100
        ? string.Create(CultureInfo.InvariantCulture, $"{wait.TotalSeconds:0.#} s")
        : string.Create(CultureInfo.InvariantCulture, $"{wait.TotalSeconds:N0} s ({(wait.TotalHours >= 1 ? $"{wait.TotalHours:0.#} h" : $"{wait.TotalMinutes:0.#} min")})");

    /// <summary>Makes this failure the one that stopped the run (unless another got there first) and every later request's answer.</summary>
    public ProviderFailureException Stop(ProviderFailureException failure) =>
        Interlocked.CompareExchange(ref refusal, failure, null) ?? failure;
}
