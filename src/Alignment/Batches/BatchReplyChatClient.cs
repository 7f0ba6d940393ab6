using Alignment.Targets;
using Microsoft.Extensions.AI;

namespace Alignment.Batches;

/// <summary>
/// In batch mode, in front of the record/replay layer: a request whose reply a batch brought is answered from the record
/// cache, as a replay is; one still at the provider, or one that ended without a reply, fails as an infrastructure error
/// (never a verdict); one that no batch holds (a provenance probe) goes on, live. While a run gathers its schedule
/// (<paramref name="collect"/> set), a request found nowhere is handed over for a batch instead of sent.
/// </summary>
internal sealed class BatchReplyChatClient(
    IChatClient inner, ResponseCache cache, BatchStore store, string scope, string? model, Func<BatchCandidate, Task>? collect = null)
    : DelegatingChatClient(inner)
{
    /// <summary>One text for every request handed over: a 100,000-request schedule keeps 100,000 samples of it a while.</summary>
    private readonly string toBeSent = BatchPendingException.Text(store.Target, null);

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (sample, forwarded) = SampleIndex.Take(options);
        var list = messages as IList<ChatMessage> ?? messages.ToList();
        var request = CachedRequest.Describe(scope, model, list, forwarded, sample);
        var key = request.Key();
        if (cache.TryRead(key) is { } entry)
        {
            return entry.Response;
        }

        var (state, batch, failure) = store.StateOf(key);
        switch (state)
        {
            case BatchRequestState.Pending:
                throw new BatchPendingException(store.Target, batch!);
            case BatchRequestState.Failed:
                throw new ProviderFailureException($"No reply from batch {batch} of target '{store.Target}': {failure}", null, permanent: false);
        }

        if (collect is not null)
        {
            await collect(new BatchCandidate(key, request, list, forwarded));
            throw new BatchPendingException(toBeSent);
        }

        return await base.GetResponseAsync(list, options, cancellationToken);
    }
}

/// <summary>A request of the schedule that no batch holds yet.</summary>
internal sealed record BatchCandidate(string Key, CachedRequest Request, IList<ChatMessage> Messages, ChatOptions? Options);
