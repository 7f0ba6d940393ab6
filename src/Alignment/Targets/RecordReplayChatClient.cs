using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Alignment.Targets;

/// <summary>
/// Stores every response under a hash of what determines it (record), answers from the store without calling
/// the model (replay), or stays out of the way (off). Failed calls are never stored.
/// </summary>
internal sealed class RecordReplayChatClient(IChatClient inner, ResponseCache cache, CacheMode mode, string scope, string? model)
    : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (sample, forwarded) = SampleIndex.Take(options);
        if (mode == CacheMode.Off)
        {
            return await base.GetResponseAsync(messages, forwarded, cancellationToken);
        }

        var list = messages as IList<ChatMessage> ?? messages.ToList();
        var request = CachedRequest.Describe(scope, model, list, forwarded, sample);
        var key = request.Key();
        if (mode == CacheMode.Replay)
        {
            return (cache.TryRead(key) ?? throw new ReplayMissException(request, cache.PathFor(key))).Response;
        }

        var response = ResponseMetadata.Keep(await base.GetResponseAsync(list, forwarded, cancellationToken));
        await cache.WriteAsync(new CacheEntry(key, request, response), cancellationToken);
        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (sample, forwarded) = SampleIndex.Take(options);
        var list = messages as IList<ChatMessage> ?? messages.ToList();
        var request = CachedRequest.Describe(scope, model, list, forwarded, sample);
        var key = request.Key();
        if (mode == CacheMode.Replay)
        {
            var stored = cache.TryRead(key) ?? throw new ReplayMissException(request, cache.PathFor(key));
            foreach (var update in stored.Response.ToChatResponseUpdates())
            {
                yield return update;
            }

            yield break;
        }

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in base.GetStreamingResponseAsync(list, forwarded, cancellationToken))
        {
            updates.Add(update);
            yield return update;
        }

        if (mode == CacheMode.Record)
        {
            await cache.WriteAsync(new CacheEntry(key, request, updates.ToChatResponse()), cancellationToken);
        }
    }
}
