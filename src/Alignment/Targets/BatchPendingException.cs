namespace Alignment.Targets;

/// <summary>A request whose batch is still at the provider: its row waits for a later run, and is never judged meanwhile.</summary>
public sealed class BatchPendingException(string target, string? batch)
    : Exception(TerminalText.Safe($"{Start} {(batch is null ? "to be sent in a batch" : $"in batch {batch}")} of target '{target}'."))
{
    private const string Start = "Still at the provider: this request is";

    /// <summary>Whether a sample's failure text is this (samples keep only the text).</summary>
    public static bool Is(string? failure) => failure?.StartsWith(Start, StringComparison.Ordinal) == true;
}
