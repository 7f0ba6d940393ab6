using System.Collections.Concurrent;
using Alignment.Cases;
using Alignment.Checks;
using Alignment.Configuration;
using Alignment.Targets;
using Microsoft.Extensions.AI;

namespace Alignment.Sampling;

/// <summary>
/// Runs the samples of a run's cases as soon as the cases are known, so tests only await their own results.
/// Requests are started as slots free up, not all at once: at most <see cref="Window"/> are out at a time
/// (MaxConcurrency in flight and a reserve waiting at the limits or writing the cache), taken in the order the
/// cases were scheduled; a case asked for before its turn moves to the front. So memory follows the target's
/// concurrency, not the size of the run. The client's own layers (see TargetPipeline) still hold requests to the
/// target's limits. Cases scheduled with readers run ahead of them by at most a window of samples (see
/// <see cref="Schedule(IEnumerable{Case}, Func{Case, int}?)"/>), so finished results wait for a slow reader only a few at a time.
/// </summary>
public sealed class SampleRun
{
    private readonly IChatClient client;
    private readonly object gate = new();
    private readonly Dictionary<string, PendingCase> cases = new(StringComparer.Ordinal);
    private readonly LinkedList<PendingCase> queue = new();
    private int workers;
    private int started;
    private int peakStarted;
    private int ahead;
    private int peakAhead;
    private TaskCompletionSource? idle;

    public SampleRun(IChatClient client, SamplingSettings settings)
    {
        this.client = client;
        Settings = settings;
        Window = (int)Math.Min(int.MaxValue, settings.MaxConcurrency + Math.Max((long)settings.MaxConcurrency, Reserve));
    }

    /// <summary>
    /// A run of requests that never wait for anything (batch mode's gathering: each is answered from the cache or handed
    /// over at once), so <paramref name="window"/> at a time keep the processors busy; more only hold threads and memory.
    /// </summary>
    internal SampleRun(IChatClient client, SamplingSettings settings, int window)
        : this(client, settings) => Window = window;

    /// <summary>
    /// Requests started beyond those in flight, at least: a finished request still writes its cache entry (flushed to
    /// disk) after giving up its slot, and the slot must not stand idle meanwhile. A waiting request costs a few KB.
    /// </summary>
    public const int Reserve = 100;

    public SamplingSettings Settings { get; }

    /// <summary>The most requests this run has out at once: MaxConcurrency in flight, and as many again (at least <see cref="Reserve"/>) waiting.</summary>
    public int Window { get; }

    /// <summary>The most requests that were out at once so far (never above <see cref="Window"/>).</summary>
    public int PeakStarted => Volatile.Read(ref peakStarted);

    /// <summary>The most samples at once of cases started before anyone asked for them and not asked for yet (for tests).</summary>
    internal int PeakAhead => Volatile.Read(ref peakAhead);

    /// <summary>Queues these cases; their results are kept until the run is dropped.</summary>
    public void Schedule(IEnumerable<Case> cases) => Schedule(cases, null);

    /// <summary>
    /// Queues these cases. <paramref name="readers"/> says how many times each case's results will be asked for
    /// (<see cref="ResultsFor"/>); after the last of them the run lets go of the case, so finished samples are not
    /// held for the rest of the run. A case asked for more often than that is sampled again. Null keeps every result.
    /// Such cases are sampled ahead of their readers only so far: a case nobody has asked for yet starts only while the
    /// cases started before anyone asked for them hold at most <see cref="Window"/> samples (one case always may), so
    /// replies that come faster than a reader takes them (a replayed cache) wait a few cases at a time, not the whole
    /// run. A case asked for always goes on. Cases without readers are kept to the end anyway, so they are not held back.
    /// </summary>
    public void Schedule(IEnumerable<Case> cases, Func<Case, int>? readers)
    {
        foreach (var c in cases)
        {
            lock (gate)
            {
                if (!this.cases.ContainsKey(c.Key))
                {
                    var pending = Add(c, readers?.Invoke(c));
                    if (pending.Count > 0)
                    {
                        pending.Node = queue.AddLast(pending);
                    }
                }
            }
        }

        StartWorkers();
    }

    public Task<CaseSamples> ResultsFor(Case c)
    {
        PendingCase pending;
        lock (gate)
        {
            if (!cases.TryGetValue(c.Key, out pending!))
            {
                pending = Add(c, null);
                if (pending.Count > 0)
                {
                    pending.Node = queue.AddFirst(pending);
                }
            }
            else if (pending.Node is { } node && node != queue.First)
            {
                // Asked for before its turn: a test is waiting for it, so it goes next.
                queue.Remove(node);
                queue.AddFirst(node);
            }

            if (!pending.Asked)
            {
                pending.Asked = true;
                if (pending.Ahead)
                {
                    ahead -= pending.Count; // a reader has it: more cases may run ahead
                }
            }

            if (pending.ReadersLeft is { } left && (pending.ReadersLeft = left - 1) <= 0)
            {
                cases.Remove(c.Key);
            }
        }

        StartWorkers();
        return pending.Results.Task;
    }

    private PendingCase Add(Case c, int? readers)
    {
        var pending = new PendingCase(c, Math.Max(0, Settings.SamplesFor(c))) { ReadersLeft = readers, Bounded = readers is not null };
        cases[c.Key] = pending;
        if (pending.Count == 0)
        {
            Finish(pending);
        }

        return pending;
    }

    private void StartWorkers()
    {
        while (true)
        {
            lock (gate)
            {
                // Workers holding a request are not free for the queue: only those yet to take one are matched against it.
                // (Counting them all stopped the run short of its window whenever workers took cases while more were started.)
                if (workers >= Window || queue.Count == 0 || workers - started >= Startable())
                {
                    return;
                }

                workers++;
            }

            _ = Task.Run(WorkAsync);
        }
    }

    /// <summary>
    /// Samples queued that may start now, counted up to the window (the queue may be long): up to the first case that
    /// must wait for a reader. Cases asked for are at the front of the queue, so none is behind it.
    /// </summary>
    private int Startable()
    {
        var count = 0;
        var wouldRunAhead = ahead;
        for (var node = queue.First; node is not null && count < Window; node = node.Next)
        {
            var pending = node.Value;
            if (RunsAhead(pending))
            {
                if (MustWait(pending, wouldRunAhead))
                {
                    break;
                }

                wouldRunAhead += pending.Count;
            }

            count += pending.Count - pending.Next;
        }

        return count;
    }

    /// <summary>A case that would start before anyone asked for it, and whose results go once read.</summary>
    private static bool RunsAhead(PendingCase pending) => pending.Next == 0 && !pending.Asked && pending.Bounded;

    /// <summary>Whether starting it would put more than a window of samples ahead of their readers (one case always may go).</summary>
    private bool MustWait(PendingCase pending, int samplesAhead) => samplesAhead > 0 && samplesAhead + pending.Count > Window;

    /// <summary>Completes when no worker runs: the queue is empty, or what is left waits for a reader (for tests).</summary>
    internal Task WhenIdle()
    {
        lock (gate)
        {
            return workers == 0 ? Task.CompletedTask : (idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }

    /// <summary>A worker stops; guarded by the run's lock.</summary>
    private void StopWorker()
    {
        if (--workers == 0 && idle is not null)
        {
            idle.TrySetResult();
            idle = null;
        }
    }

    /// <summary>Takes the next sample of the queue and runs it, until the queue is empty.</summary>
    private async Task WorkAsync()
    {
        while (true)
        {
            PendingCase pending;
            int index;
            List<ChatMessage> messages;
            lock (gate)
            {
                if (queue.First?.Value is not { } first || (RunsAhead(first) && MustWait(first, ahead)))
                {
                    StopWorker(); // a reader asking for a case starts workers again
                    return;
                }

                if (RunsAhead(first))
                {
                    first.Ahead = true;
                    ahead += first.Count;
                    peakAhead = Math.Max(peakAhead, ahead);
                }

                pending = first;
                index = pending.Next++;
                messages = pending.Messages ??= Messages(pending.Case);
                if (pending.Next == pending.Count)
                {
                    queue.RemoveFirst();
                    pending.Node = null;
                    pending.Messages = null; // the requests in flight hold their own
                }

                peakStarted = Math.Max(peakStarted, ++started);
            }

            Sample sample;
            try
            {
                sample = pending.Case.IsConversation
                    ? await RunConversation(pending.Case, messages, index)
                    : await RunSample(messages, index);
            }
            catch (Exception e)
            {
                // Whatever slipped past a sample's own handling fails that sample: a worker that died here would leave its
                // case's readers waiting for ever and its slot taken.
                sample = new Sample(index, null, FailureText(e));
            }

            lock (gate)
            {
                started--;
            }

            if (pending.Done(sample))
            {
                Finish(pending);
            }
        }
    }

    private void Finish(PendingCase pending)
    {
        try
        {
            var c = pending.Case;
            pending.Results.SetResult(new CaseSamples(c, pending.Samples)
            {
                Criteria = Settings.Criteria,
                MaxReplyChars = Settings.MaxReplyChars,
                SamplesPerCheck = c.Checks.ToDictionary(check => check, Settings.SamplesFor),
            });
        }
        catch (Exception e)
        {
            pending.Results.TrySetException(e);
        }
    }

    /// <summary>One case on its way: which sample starts next, and the samples that have come back.</summary>
    private sealed class PendingCase(Case c, int count)
    {
        private int left = count;

        public Case Case { get; } = c;

        public int Count { get; } = count;

        /// <summary>The next sample to start; guarded by the run's lock.</summary>
        public int Next { get; set; }

        public int? ReadersLeft { get; set; }

        /// <summary>Scheduled with readers: let go after the last one, so it is sampled ahead of them only so far.</summary>
        public bool Bounded { get; init; }

        /// <summary>Someone asked for its results; guarded by the run's lock.</summary>
        public bool Asked { get; set; }

        /// <summary>Started before anyone asked for it, so counted ahead until someone does; guarded by the run's lock.</summary>
        public bool Ahead { get; set; }

        public LinkedListNode<PendingCase>? Node { get; set; }

        public List<ChatMessage>? Messages { get; set; }

        public Sample[] Samples { get; } = new Sample[count];

        /// <summary>Continuations run elsewhere: a worker never runs a test's code.</summary>
        public TaskCompletionSource<CaseSamples> Results { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Stores a sample; true for the last one.</summary>
        public bool Done(Sample sample)
        {
            Samples[sample.Index] = sample;
            return Interlocked.Decrement(ref left) == 0;
        }
    }

    private async Task<Sample> RunSample(List<ChatMessage> messages, int index)
    {
        try
        {
            // Temperature and MaxTokens are the pipeline's (TargetPipeline): a run only says which sample this is.
            var response = await client.GetResponseAsync(messages, SampleIndex.With(new ChatOptions(), index));
            var reasoning = Reasoning(response);
            return Replies.Refusal(response) is { } refusal
                ? Sample.Refusal(index, refusal) with { ModelId = response.ModelId }
                : new Sample(index, response.Text, null) { Reasoning = reasoning, ModelId = response.ModelId };
        }
        catch (Exception e)
        {
            // Whatever stopped the request is an infrastructure failure of this sample, never a verdict.
            return new Sample(index, null, FailureText(e));
        }
    }

    /// <summary>
    /// One sample of a live conversation: each user turn is sent with the model's own earlier replies before it, so every
    /// request (and its cache key) holds the conversation so far. A failed turn fails the sample; a refusal ends it.
    /// </summary>
    private async Task<Sample> RunConversation(Case c, List<ChatMessage> prefix, int index)
    {
        var messages = new List<ChatMessage>(prefix);
        var replies = new List<TurnReply>();
        string? modelId = null;
        var count = c.Conversation.Count;
        for (var turn = 0; turn < count; turn++)
        {
            messages.Add(new ChatMessage(ChatRole.User, c.Conversation[turn].User));
            ChatResponse response;
            try
            {
                // A copy: the next turn adds to this list while a layer may still hold the one it was given.
                response = await client.GetResponseAsync(messages.ToList(), SampleIndex.With(new ChatOptions(), index));
            }
            catch (Exception e)
            {
                // The cause word for word (a run that stopped is recognised by it); the turn apart.
                return new Sample(index, null, FailureText(e)) { FailedTurn = turn + 1 };
            }

            if (Replies.Refusal(response) is { } refusal)
            {
                replies.Add(new TurnReply(refusal));
                return Sample.Refusal(index, refusal) with { Turns = replies, ModelId = response.ModelId };
            }

            var reasoning = Reasoning(response);
            replies.Add(new TurnReply(response.Text, reasoning));
            messages.Add(new ChatMessage(ChatRole.Assistant, response.Text));
            modelId = response.ModelId;
        }

        return new Sample(index, replies[^1].Text, null) { Reasoning = replies[^1].Reasoning, Turns = replies, ModelId = modelId };
    }

    private static string? Reasoning(ChatResponse response)
    {
        var reasoning = string.Join("\n\n", response.Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>()
            .Select(r => r.Text).Where(t => !string.IsNullOrWhiteSpace(t)));
        return reasoning.Length > 0 ? reasoning : null;
    }

    /// <summary>Our own HTTP and cache errors say status and provider message best; SDKs wrap them, so look inside.</summary>
    public static string FailureText(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is ProviderFailureException or ReplayMissException or InvalidDataException or BatchPendingException)
            {
                return inner.Message;
            }
        }

        return TerminalText.Safe($"{e.GetType().Name}: {e.Message}");
    }

    public List<ChatMessage> Messages(Case c)
    {
        var messages = new List<ChatMessage>();
        var system = string.Join("\n\n", new[] { Settings.SystemPrompt, c.System }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (system.Length > 0)
        {
            messages.Add(new ChatMessage(ChatRole.System, system));
        }

        if (!c.IsConversation)
        {
            // A conversation's turns are added as it runs, each after the model's reply to the one before.
            messages.AddRange(c.Turns.Select(t => new ChatMessage(t.Role == Role.User ? ChatRole.User : ChatRole.Assistant, t.Text)));
        }

        return messages;
    }
}
