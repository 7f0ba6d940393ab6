namespace Alignment.Batches;

/// <summary>One provider's batch API: submit, poll, read results, cancel. The request lines are the provider's own.</summary>
internal interface IBatchWire
{
    /// <summary>openai or anthropic.</summary>
    string Name { get; }

    /// <summary>The provider's documented limits of one batch: requests, and bytes of what is sent.</summary>
    BatchLimits Limits { get; }

    /// <summary>A batch line: the custom id and the body the live endpoint would have been sent.</summary>
    byte[] Line(string customId, string body);

    /// <summary>Sends the lines as one batch; <paramref name="uploaded"/> hears of an uploaded input file before the batch is made.</summary>
    Task<string> SubmitAsync(BatchRecord record, IEnumerable<byte[]> lines, Action<string> uploaded, CancellationToken cancellationToken);

    Task<BatchStatus> StatusAsync(string providerId, CancellationToken cancellationToken);

    /// <summary>Every result of an ended batch, in the provider's order.</summary>
    IAsyncEnumerable<BatchResult> ResultsAsync(BatchStatus status, CancellationToken cancellationToken);

    Task CancelAsync(string providerId, CancellationToken cancellationToken);
}

public sealed record BatchLimits(int Requests, long Bytes);

/// <summary>What the provider says of a batch.</summary>
internal sealed record BatchStatus(string ProviderId, bool Ended, string Status, BatchCounts Counts)
{
    /// <summary>Anthropic: results_url. OpenAI: the output file.</summary>
    public string? Results { get; init; }

    /// <summary>OpenAI: the error file.</summary>
    public string? Errors { get; init; }

    /// <summary>Why the whole batch failed, when it did (OpenAI's validation errors).</summary>
    public string? Failure { get; init; }
}

public enum BatchOutcome
{
    Succeeded,
    Errored,
    Expired,
    Canceled,
}

/// <summary>One request's result: the live endpoint's response body when it succeeded, else the reason.</summary>
internal sealed record BatchResult(string CustomId, BatchOutcome Outcome, string? Body, string? Error);
