using Microsoft.Extensions.AI;

namespace Alignment.Targets;

/// <summary>
/// What a response says about its backend beyond the model field: OpenAI's system_fingerprint, which M.E.AI keeps only
/// in the SDK's raw response. The record layer copies it into the response's additional properties so a replay has it too.
/// </summary>
internal static class ResponseMetadata
{
    public const string SystemFingerprintKey = "system_fingerprint";

    /// <summary>The response's system_fingerprint; null where the wire has none (Anthropic, most compatible servers).</summary>
    public static string? SystemFingerprint(ChatResponse response) =>
        response.RawRepresentation is OpenAI.Chat.ChatCompletion { SystemFingerprint: { Length: > 0 } raw } ? raw
        : response.AdditionalProperties?.TryGetValue(SystemFingerprintKey, out var kept) == true && kept?.ToString() is { Length: > 0 } text ? text
        : null;

    /// <summary>Keeps the system_fingerprint where a recorded response stores it.</summary>
    public static ChatResponse Keep(ChatResponse response)
    {
        if (response.RawRepresentation is OpenAI.Chat.ChatCompletion { SystemFingerprint: { Length: > 0 } raw })
        {
            (response.AdditionalProperties ??= [])[SystemFingerprintKey] = raw;
        }

        return response;
    }
}
