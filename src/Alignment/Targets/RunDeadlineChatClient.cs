using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Alignment.Targets;

/// <summary>
/// The whole-run deadline (RunTimeoutSeconds), counted from when the target's client is made. When it passes, every
/// request still queued or in flight fails with one message, and nothing more is sent. Above the rate limits, so
/// requests waiting for a slot are let go too.
/// </summary>
internal sealed class RunDeadlineChatClient : DelegatingChatClient
{
    private readonly CancellationTokenSource deadline;
    private readonly ProviderFailureException expired;

    public RunDeadlineChatClient(IChatClient inner, TimeSpan runTimeout, string targetName)
        : base(inner)
    {
        // A CancellationTokenSource counts at most about 49 days; a longer deadline is as good as none.
        deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(Math.Min(runTimeout.TotalMilliseconds, uint.MaxValue - 1.0)));
        var seconds = runTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        expired = new ProviderFailureException(
            $"The run's deadline passed: Alignment:Targets:{targetName}:RunTimeoutSeconds is {seconds} s, and this request had no reply by then. " +
            "Nothing more is sent. Raise RunTimeoutSeconds, or lower Samples or the number of selected rows.",
            null,
            permanent: false);
    }

    /// <summary>The failure every unanswered request got, once the deadline has passed; else null.</summary>
    public ProviderFailureException? Expired => deadline.IsCancellationRequested ? expired : null;

    public override Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        RunAsync(token => base.GetResponseAsync(messages, options, token), cancellationToken);

    /// <summary>
    /// One request under this deadline, the chat requests' and the raw stream's alike: cancelled when it passes, and
    /// then failed with its message. A request made after it has passed is not started.
    /// </summary>
    internal async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> request, CancellationToken cancellationToken)
    {
        // Whatever a layer below throws once the deadline has cancelled it (an SDK may wrap the cancellation) is the deadline's doing.
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            linked.Token.ThrowIfCancellationRequested();
            return await request(linked.Token);
        }
        catch (Exception) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw expired;
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        await using var stream = base.GetStreamingResponseAsync(messages, options, linked.Token).GetAsyncEnumerator(linked.Token);
        while (true)
        {
            try
            {
                if (!await stream.MoveNextAsync())
                {
                    break;
                }
            }
            catch (Exception) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw expired;
            }

            yield return stream.Current;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            deadline.Dispose();
        }

        base.Dispose(disposing);
    }
}
