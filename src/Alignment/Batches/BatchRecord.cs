namespace Alignment.Batches;

/// <summary>Where a batch stands, as the store keeps it.</summary>
public enum BatchState
{
    /// <summary>Written to the store; nothing sent yet. A run that finds one sends it.</summary>
    Prepared,

    /// <summary>Being sent: a run stopped here may or may not have reached the provider, so it is never sent again.</summary>
    Sending,

    /// <summary>At the provider under <see cref="BatchRecord.ProviderId"/>.</summary>
    Submitted,

    /// <summary>Ended, and its results are in the record cache (or its failures in <see cref="BatchRecord.Failures"/>).</summary>
    Collected,

    /// <summary>The provider no longer knows it (a simulator's batches end with its process): its requests may be sent again.</summary>
    Lost,
}

/// <summary>How many of a batch's requests are where, as the provider last said.</summary>
public sealed record BatchCounts(int Processing, int Succeeded, int Errored, int Expired, int Canceled)
{
    public static readonly BatchCounts None = new(0, 0, 0, 0, 0);

    public static BatchCounts operator +(BatchCounts a, BatchCounts b) =>
        new(a.Processing + b.Processing, a.Succeeded + b.Succeeded, a.Errored + b.Errored, a.Expired + b.Expired, a.Canceled + b.Canceled);
}

/// <summary>
/// One provider batch in .alignment-cache/batches/&lt;target&gt;/&lt;Id&gt;.json, beside the requests it sends
/// (&lt;Id&gt;.requests.jsonl, exactly what goes over the wire) and the record-cache request of each (&lt;Id&gt;.keys.jsonl).
/// </summary>
public sealed record BatchRecord
{
    public int Format { get; init; } = 1;

    /// <summary>Ours, made before anything is sent: sortable by time.</summary>
    public required string Id { get; init; }

    public required string Target { get; init; }

    /// <summary>openai or anthropic.</summary>
    public required string Wire { get; init; }

    public DateTimeOffset Created { get; init; }

    public BatchState State { get; init; }

    /// <summary>The provider's batch id, once it has one.</summary>
    public string? ProviderId { get; init; }

    /// <summary>OpenAI only: the uploaded input file.</summary>
    public string? InputFileId { get; init; }

    /// <summary>The batch whose expired requests this one sends again (each request is sent again at most once).</summary>
    public string? RetryOf { get; init; }

    /// <summary>Whether this batch's expired requests were sent again in another batch.</summary>
    public bool Resubmitted { get; init; }

    /// <summary>The record-cache key of each request, which is also its custom id.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(BatchKeyList.Converter))]
    public required IReadOnlyList<string> Keys { get => keys; init => keys = value is null ? null! : BatchKeyList.From(value); }

    /// <summary><see cref="Keys"/> as 32-byte values: what the store and runner hold.</summary>
    internal IReadOnlyList<BatchKey> KeyValues => keys.Values;

    /// <summary>The place of a key among <see cref="Keys"/>, or -1.</summary>
    internal int IndexOf(BatchKey key) => keys.IndexOf(key);

    private readonly BatchKeyList keys = null!;

    /// <summary>Requests that ended without a reply (errored, expired, canceled), with the provider's reason.</summary>
    public IReadOnlyDictionary<string, string> Failures { get; init; } = new Dictionary<string, string>();

    /// <summary>The keys among <see cref="Failures"/> that expired.</summary>
    public IReadOnlyList<string> Expired { get; init; } = [];

    /// <summary>What the provider last said of the batch's requests.</summary>
    public BatchCounts Counts { get; init; } = BatchCounts.None;

    /// <summary>The provider's status word as last seen (in_progress, ended, completed, expired, …).</summary>
    public string? ProviderStatus { get; init; }

    public bool IsOpen => State is BatchState.Submitted;
}
