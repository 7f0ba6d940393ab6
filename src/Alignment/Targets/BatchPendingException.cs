namespace Alignment.Targets;

/// <summary>A request whose batch is still at the provider: its row waits for a later run, and is never judged meanwhile.</summary>
public sealed class BatchPendingException : Exception
{
    private const string Start = "Still at the provider: this request is";

    public BatchPendingException(string target, string? batch)
        : base(Text(target, batch))
    {
    }

    /// <summary>With a text made once by <see cref="Text"/>: gathering a schedule throws this once a request, and samples keep the text.</summary>
    internal BatchPendingException(string text)
        : base(text)
    {
    }

    internal static string Text(string target, string? batch) =>
        TerminalText.Safe($"{Start} {(batch is null ? "to be sent in a batch" : $"in batch {batch}")} of target '{target}'.");

    /// <summary>Whether a sample's failure text is this (samples keep only the text).</summary>
    public static bool Is(string? failure) => failure?.StartsWith(Start, StringComparison.Ordinal) == true;
}
