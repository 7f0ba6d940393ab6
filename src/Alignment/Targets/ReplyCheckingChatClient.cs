using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Alignment.Targets;

/// <summary>What a response says: its text, or that the model declined.</summary>
public static class Replies
{
    /// <summary>
    /// The refusal text when the model declined, else null. OpenAI marks a refusal with its own field (an ErrorContent
    /// coded "Refusal" in M.E.AI), Anthropic with stop_reason "refusal" (finish reason content_filter), which some
    /// OpenAI-compatible servers use for the same thing.
    /// </summary>
    public static string? Refusal(ChatResponse response)
    {
        var marked = response.Messages.SelectMany(m => m.Contents).OfType<ErrorContent>()
            .Where(e => string.Equals(e.ErrorCode, "Refusal", StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Message)
            .ToList();
        if (marked.Count > 0)
        {
            return string.Join("\n", marked).Trim();
        }

        return response.FinishReason == ChatFinishReason.ContentFilter ? response.Text.Trim() : null;
    }

    /// <summary>True when there is nothing to judge: no text and no refusal.</summary>
    public static bool IsEmpty(ChatResponse response) => string.IsNullOrWhiteSpace(response.Text) && Refusal(response) is null;
}

/// <summary>
/// Directly above the provider: a response with no text and no refusal (OpenAI content "" or null, Anthropic content [])
/// is an infrastructure failure of its request, never a reply to judge; and whatever an SDK throws on a response it
/// cannot read is reported with the endpoint it came from. Failing here also keeps such responses out of the cache.
/// </summary>
internal sealed class ReplyCheckingChatClient(IChatClient inner, string endpoint, string? apiKey) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ChatResponse response;
        try
        {
            response = await base.GetResponseAsync(messages, options, cancellationToken);
        }
        catch (Exception e) when (Unexplained(e, cancellationToken))
        {
            throw ProviderFailureException.Unreadable(endpoint, e, apiKey);
        }

        return Replies.IsEmpty(response) ? throw Empty(response) : response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var updates = new List<ChatResponseUpdate>();
        await using var stream = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await stream.MoveNextAsync())
                {
                    break;
                }
            }
            catch (Exception e) when (Unexplained(e, cancellationToken))
            {
                throw ProviderFailureException.Unreadable(endpoint, e, apiKey);
            }

            updates.Add(stream.Current);
            yield return stream.Current;
        }

        var whole = updates.ToChatResponse();
        if (Replies.IsEmpty(whole))
        {
            throw Empty(whole);
        }
    }

    private ProviderFailureException Empty(ChatResponse response) =>
        ProviderFailureException.EmptyReply(endpoint, response.FinishReason?.Value ?? "none");

    /// <summary>Our own failures already say what and where; a cancellation is the caller's.</summary>
    private static bool Unexplained(Exception e, CancellationToken cancellationToken) =>
        e is not (ProviderFailureException or OperationCanceledException) && !cancellationToken.IsCancellationRequested
        && !Chain(e).Any(inner => inner is ProviderFailureException);

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            yield return inner;
        }
    }
}
