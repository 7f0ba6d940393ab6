using System.Net.Http.Headers;
using System.Text.Json;

namespace Alignment.Targets;

/// <summary>
/// Innermost handler, inside each retry attempt: reads the whole body before the attempt counts as answered. So
/// TimeoutSeconds bounds headers and body alike (a stalled or trickling body times out), and a body that breaks
/// off (a reset connection, a truncated chunk) or a 2xx body that is not JSON is retried like a failed connection.
/// The SDKs' own body reads happen after our retry layer, where nothing would retry them.
/// </summary>
internal sealed class WholeBodyHandler : DelegatingHandler
{
    /// <summary>Far above any reply MaxTokens allows; a body beyond it is broken, not read into memory.</summary>
    public const long MaxBodyBytes = 64L * 1024 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            await response.Content.LoadIntoBufferAsync(MaxBodyBytes, cancellationToken);
            if (response.IsSuccessStatusCode && IsJson(response.Content.Headers.ContentType))
            {
                Validate(await response.Content.ReadAsByteArrayAsync(cancellationToken), response);
            }

            return response;
        }
        catch (Exception e) when (e is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            response.Dispose();
            throw e as BrokenResponseException ?? new BrokenResponseException(
                $"HTTP {(int)response.StatusCode} headers arrived, then the body broke off ({Innermost(e).Message})", e);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static bool IsJson(MediaTypeHeaderValue? type) =>
        type?.MediaType is { } media && (media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                                          || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Walks the JSON without building it; only its syntax is checked here, its shape is the SDK's.</summary>
    private static void Validate(byte[] body, HttpResponseMessage response)
    {
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256 });
            while (reader.Read())
            {
            }

            if (reader.BytesConsumed == 0)
            {
                throw new JsonException("the body is empty");
            }
        }
        catch (JsonException e)
        {
            throw new BrokenResponseException(
                $"HTTP {(int)response.StatusCode} with a body that is not valid JSON ({body.Length} bytes; {e.Message})", e);
        }
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }
}

/// <summary>A response whose body could not be read whole or is not what its content type says; transient, so retried.</summary>
internal sealed class BrokenResponseException(string message, Exception? inner = null) : HttpRequestException(message, inner);
