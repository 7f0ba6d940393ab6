using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alignment.Targets;

/// <summary>The model could not be asked: an HTTP error the provider gave, or no response at all.</summary>
public sealed class ProviderFailureException(string message, HttpStatusCode? status, bool permanent, Exception? inner = null)
    : HttpRequestException(TerminalText.Safe(message), inner, status) // provider text reaches consoles and logs
{
    /// <summary>400, 401, 403, 404: asking again cannot help, so the run stops sending.</summary>
    public bool Permanent { get; } = permanent;

    public static bool IsPermanent(HttpStatusCode status) =>
        status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound;

    /// <summary>"HTTP 401 authentication_error from POST http://…/v1/messages: invalid x-api-key", with the key blanked out.</summary>
    public static async Task<ProviderFailureException> FromResponseAsync(HttpResponseMessage response, string? apiKey, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var (type, text) = ProviderMessage(body);
        var request = response.RequestMessage;
        var message = $"HTTP {(int)status}{(type is null ? "" : $" {type}")} from {request?.Method} {request?.RequestUri}: {text}";
        return new ProviderFailureException(Redact(message, apiKey), status, IsPermanent(status));
    }

    public static ProviderFailureException NoResponse(HttpRequestMessage request, Exception cause, string? apiKey) => cause is BrokenResponseException
        ? new(Redact($"Broken response from {request.Method} {request.RequestUri}: {cause.Message}", apiKey), null, false, cause)
        : new(Redact($"No response from {request.Method} {request.RequestUri}: {cause.GetType().Name}: {cause.Message}", apiKey), null, false, cause);

    /// <summary>The same failure with a sentence on what happened next.</summary>
    public ProviderFailureException With(string note) =>
        new($"{Message.TrimEnd('.', ' ')}; {note}", StatusCode, Permanent, InnerException);

    /// <summary>A 2xx response with nothing in it to judge.</summary>
    public static ProviderFailureException EmptyReply(string endpoint, string finishReason) =>
        new($"Empty reply from {endpoint}: the response holds no text and no refusal (finish reason {finishReason}), so there is nothing to judge. " +
            "A dead or misconfigured endpoint answers like this; check the endpoint and model.", null, false);

    /// <summary>The SDK could not read what the endpoint sent.</summary>
    public static ProviderFailureException Unreadable(string endpoint, Exception cause, string? apiKey) =>
        new(Redact($"Unreadable response from {endpoint}: {cause.GetType().Name}: {cause.Message}", apiKey), null, false, cause);

    /// <summary>Both wire formats put the reason in error.message and its kind in error.type.</summary>
    private static (string? Type, string Text) ProviderMessage(string body)
    {
        try
        {
            if (JsonNode.Parse(body)?["error"] is { } error)
            {
                return error is JsonValue value
                    ? (null, value.ToString())
                    : (error["type"]?.ToString() ?? error["code"]?.ToString(), error["message"]?.ToString() ?? error.ToJsonString());
            }
        }
        catch (JsonException)
        {
            // Not JSON: quote the body as it is.
        }

        body = body.Trim();
        return (null, body.Length == 0 ? "(empty body)" : body.Length > 300 ? body[..300] + "…" : body);
    }

    internal static string Redact(string text, string? apiKey) =>
        string.IsNullOrEmpty(apiKey) ? text : text.Replace(apiKey, "[api key]", StringComparison.Ordinal);
}
