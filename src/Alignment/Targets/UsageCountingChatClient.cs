using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Alignment.Targets;

/// <summary>What a run cost: calls that reached the provider layer, how many failed, tokens in and out.</summary>
public sealed class RunUsage
{
    private long calls;
    private long failures;
    private long inputTokens;
    private long outputTokens;

    public long Calls => Interlocked.Read(ref calls);

    public long Failures => Interlocked.Read(ref failures);

    public long InputTokens => Interlocked.Read(ref inputTokens);

    public long OutputTokens => Interlocked.Read(ref outputTokens);

    internal void Called() => Interlocked.Increment(ref calls);

    internal void Failed() => Interlocked.Increment(ref failures);

    internal void Add(UsageDetails? usage)
    {
        Interlocked.Add(ref inputTokens, usage?.InputTokenCount ?? 0);
        Interlocked.Add(ref outputTokens, usage?.OutputTokenCount ?? 0);
    }

    public override string ToString() => $"{Calls} calls ({Failures} failed), {InputTokens} input and {OutputTokens} output tokens";
}

/// <summary>Counts the calls that go to the model, below the cache: a replayed run counts none.</summary>
internal sealed class UsageCountingChatClient(IChatClient inner, RunUsage usage) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        usage.Called();
        try
        {
            var response = await base.GetResponseAsync(messages, options, cancellationToken);
            usage.Add(response.Usage);
            return response;
        }
        catch
        {
            usage.Failed();
            throw;
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        usage.Called();
        await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken))
        {
            usage.Add(update.Contents.OfType<UsageContent>().FirstOrDefault()?.Details);
            yield return update;
        }
    }
}
