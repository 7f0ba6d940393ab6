using System.Globalization;
using System.Text.Json;
using Alignment.Cases;
using Alignment.Configuration;
using Alignment.Sampling;
using Alignment.Storage;
using Alignment.Targets;
using Microsoft.Extensions.AI;

namespace Alignment.Batches;

/// <summary>
/// Turns a run's schedule into provider batches and their results into record-cache entries, so that the run then
/// judges them as it judges replayed live replies. The schedule is gathered by running it through the ordinary sample
/// run against a client that answers from the cache and hands over every request it cannot answer: the requests are
/// exactly those the run will ask. A conversation needs each reply before its next turn, so each turn is a round:
/// turn 1 of every conversation in one batch, then turn 2, and so on (a run that does not wait sends one round).
/// Batches are written to the <see cref="BatchStore"/> before they are sent; a later run picks up what an earlier one left.
/// </summary>
public sealed class BatchRunner : IDisposable
{
    private readonly ResolvedTarget target;
    private readonly ResponseCache cache;
    private readonly BatchHttp http;
    private readonly IBatchWire wire;
    private readonly ProviderBodies bodies;
    private readonly TextWriter? progress;
    private readonly HashSet<string> touched = new(StringComparer.Ordinal);
    private string? lastLine;

    private BatchRunner(ResolvedTarget target, string cacheDirectory, Uri? simulatorAddress, TextWriter? progress, BatchLimits? limits)
    {
        this.target = target;
        this.progress = progress;
        cache = new ResponseCache(cacheDirectory);
        Store = new BatchStore(cacheDirectory, target.Name);
        (http, wire) = CreateWire(target, simulatorAddress, limits);
        bodies = new ProviderBodies(target, TargetPipeline.EndpointName(target, simulatorAddress));
        FirstPoll = target.Provider == ResolvedTarget.Simulator ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(5); // a loopback batch ends at once
    }

    /// <param name="cacheDirectory">The record cache (.alignment-cache); batches are kept in its batches/ folder.</param>
    /// <param name="simulatorAddress">Where the simulator listens, for simulator targets.</param>
    /// <param name="progress">Where a progress line per change goes (the console), or nowhere.</param>
    /// <param name="limits">Smaller limits than the provider's, to split batches sooner.</param>
    public static BatchRunner Create(ResolvedTarget target, string cacheDirectory, Uri? simulatorAddress = null, TextWriter? progress = null, BatchLimits? limits = null) =>
        new(target, cacheDirectory, simulatorAddress, progress, limits);

    public BatchStore Store { get; }

    /// <summary>The provider's batch API for a target (the simulator serves both), with its own HTTP client.</summary>
    private static (BatchHttp Http, IBatchWire Wire) CreateWire(ResolvedTarget target, Uri? simulatorAddress, BatchLimits? limits = null)
    {
        var wire = target.Provider == ResolvedTarget.Simulator ? target.Wire : target.Provider;
        var endpoint = target.Provider == ResolvedTarget.Simulator
            ? simulatorAddress ?? throw new InvalidOperationException($"Target '{target.Name}' needs the simulator, and it is not running.")
            : target.Endpoint;
        var key = target.ApiKey ?? "no-key";
        if (wire == ResolvedTarget.Anthropic)
        {
            var anthropic = new BatchHttp(target, headers =>
            {
                headers.Add("x-api-key", key);
                headers.Add("anthropic-version", "2023-06-01");
            });
            return (anthropic, new AnthropicBatchWire(anthropic, new Uri(ChatClientFactory.AnthropicBaseUrl(endpoint) + "/")) { Limits = limits ?? AnthropicBatchWire.DefaultLimits });
        }

        var http = new BatchHttp(target, headers => headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key));
        var baseUrl = ChatClientFactory.OpenAIEndpoint(endpoint, target.Provider == ResolvedTarget.Simulator)?.ToString() ?? "https://api.openai.com/v1";
        return (http, new OpenAIBatchWire(http, new Uri(baseUrl.TrimEnd('/') + "/")) { Limits = limits ?? OpenAIBatchWire.DefaultLimits });
    }

    /// <summary>
    /// The run pipeline's layer in front of the record cache (PipelineOptions.BeforeCache): requests these batches hold are
    /// answered from the cache or fail as inconclusive; the others go on, live.
    /// </summary>
    public Func<IChatClient, IChatClient> ReplyLayer() =>
        inner => new BatchReplyChatClient(inner, cache, Store, TargetPipeline.CacheScope(target), target.Model);

    /// <summary>
    /// Batch mode's view of a run's schedule: the same request defaults and cache keys as the run's pipeline, answered from
    /// the cache, and every request nothing answers handed to <paramref name="collect"/> instead of sent.
    /// </summary>
    private IChatClient Collector(Func<BatchCandidate, Task> collect) =>
        new ChatClientBuilder(new TargetPipeline.OfflineChatClient())
            .ConfigureOptions(TargetPipeline.TargetDefaults(target))
            .Use(inner => new BatchReplyChatClient(inner, cache, Store, TargetPipeline.CacheScope(target), target.Model, collect))
            .Build();

    /// <summary>The first wait between two polls; it doubles up to <see cref="MaxPoll"/>.</summary>
    public TimeSpan FirstPoll { get; set; }

    public TimeSpan MaxPoll { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Sends the cases' requests that no batch holds and no cache answers, then waits up to <paramref name="wait"/>
    /// (zero: not at all) while the provider works, collecting each batch as it ends, round after round.
    /// </summary>
    public Task<BatchProgress> RunAsync(IReadOnlyCollection<Case> cases, SamplingSettings sampling, TimeSpan wait, CancellationToken cancellationToken = default) =>
        LoopAsync(cases, sampling, wait, cancellationToken);

    /// <summary>Collects the batches that have ended, waiting up to <paramref name="wait"/> for the others; sends nothing new.</summary>
    public Task<BatchProgress> CollectAsync(TimeSpan wait, CancellationToken cancellationToken = default) =>
        LoopAsync(null, null, wait, cancellationToken);

    /// <summary>Asks the provider to cancel every open batch; what it had done is collected by the next run.</summary>
    public async Task<IReadOnlyList<BatchRecord>> CancelAsync(CancellationToken cancellationToken = default)
    {
        var open = Store.Open;
        foreach (var record in open)
        {
            await wire.CancelAsync(record.ProviderId!, cancellationToken);
        }

        return open;
    }

    private async Task<BatchProgress> LoopAsync(IReadOnlyCollection<Case>? cases, SamplingSettings? sampling, TimeSpan wait, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + wait;
        var delay = FirstPoll;
        var due = cases;
        var conversations = cases?.Where(c => c.IsConversation).ToList();
        foreach (var record in Store.Records.Where(r => r.IsOpen || r.State == BatchState.Sending))
        {
            touched.Add(record.Id); // the run reports what earlier runs left at the provider, or left uncertain
        }

        while (true)
        {
            // A run stopped between writing a batch and sending it: send it now (it never reached the provider).
            foreach (var prepared in Store.Records.Where(r => r.State == BatchState.Prepared))
            {
                await SendAsync(prepared, cancellationToken);
            }

            if (await PollAsync(cancellationToken) is { Ended: true } polled)
            {
                // New replies: a conversation's next turns may be due. A single turn's requests all went in the first
                // round, so only conversations are gathered again (100,000 replies read from the cache for nothing),
                // unless a batch was lost and its requests may go again.
                if (due != cases)
                {
                    due = polled.Lost ? cases : conversations;
                }

                delay = FirstPoll;
            }

            if (due is { Count: > 0 })
            {
                var gathering = due;
                due = null;
                foreach (var record in await PrepareAsync(gathering, sampling!, cancellationToken))
                {
                    await SendAsync(record, cancellationToken);
                }
            }

            var now = Report();
            if (now.Open == 0 || DateTime.UtcNow >= deadline)
            {
                return now;
            }

            var left = deadline - DateTime.UtcNow;
            await Task.Delay(left < delay ? left : delay, cancellationToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxPoll.Ticks));
        }
    }

    /// <summary>Polls every open batch once and collects those that ended; says whether any did, and whether any was lost.</summary>
    private async Task<(bool Ended, bool Lost)> PollAsync(CancellationToken cancellationToken)
    {
        var collected = false;
        var lost = false;
        foreach (var record in Store.Open)
        {
            touched.Add(record.Id);
            BatchStatus status;
            try
            {
                status = await wire.StatusAsync(record.ProviderId!, cancellationToken);
            }
            catch (ProviderFailureException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                // The provider no longer knows it (a simulator's batches end with its process): its requests may go again.
                Store.Save(record with { State = BatchState.Lost, ProviderStatus = "not found", Counts = BatchCounts.None });
                collected = lost = true;
                continue;
            }

            if (!status.Ended)
            {
                if (status.Counts != record.Counts || status.Status != record.ProviderStatus)
                {
                    Store.Save(record with { Counts = status.Counts, ProviderStatus = status.Status });
                }

                continue;
            }

            await CollectAsync(record, status, cancellationToken);
            collected = true;
        }

        return (collected, lost);
    }

    /// <summary>
    /// Writes an ended batch's replies to the record cache and keeps its failures; sends its expired requests again, once.
    /// The replies are made durable by one sync of the file system, not a flush each, and the batch is marked collected
    /// only after it: a machine that crashes before leaves the batch to be collected again, and its files are written again.
    /// </summary>
    private async Task CollectAsync(BatchRecord record, BatchStatus status, CancellationToken cancellationToken)
    {
        using var keys = Store.Keys(record);
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        var expired = new List<string>();
        var seen = new bool[record.Keys.Count];
        var replies = new FileSystemSync();
        var writes = new CacheWriteWindow(cache, FileSystemSync.Defers ? 4 : 64, replies);
        var counts = BatchCounts.None;
        await foreach (var result in wire.ResultsAsync(status, cancellationToken))
        {
            if (keys.IndexOf(result.CustomId) is not { } index || seen[index] || keys.Find(result.CustomId) is not { } request)
            {
                continue; // not one of ours, or said twice
            }

            seen[index] = true;

            switch (result.Outcome)
            {
                case BatchOutcome.Succeeded:
                    try
                    {
                        var response = await bodies.ResponseAsync(result.Body!);
                        await writes.AddAsync(new CacheEntry(result.CustomId, request, response), cancellationToken);
                        counts = counts with { Succeeded = counts.Succeeded + 1 };
                    }
                    catch (ProviderFailureException e)
                    {
                        failures[result.CustomId] = e.Message; // an empty reply, or one the SDK cannot read: as live
                        counts = counts with { Errored = counts.Errored + 1 };
                    }

                    break;
                case BatchOutcome.Expired:
                    failures[result.CustomId] = $"expired at the provider ({result.Error})";
                    expired.Add(result.CustomId);
                    counts = counts with { Expired = counts.Expired + 1 };
                    break;
                case BatchOutcome.Canceled:
                    failures[result.CustomId] = $"canceled at the provider ({result.Error})";
                    counts = counts with { Canceled = counts.Canceled + 1 };
                    break;
                default:
                    failures[result.CustomId] = $"errored at the provider: {result.Error}";
                    counts = counts with { Errored = counts.Errored + 1 };
                    break;
            }
        }

        await writes.DrainAsync();
        replies.Sync();
        foreach (var key in record.Keys.Where((_, i) => !seen[i]))
        {
            failures[key] = status.Failure ?? $"batch {record.ProviderId} ended ({status.Status}) with no result for this request";
            counts = counts with { Errored = counts.Errored + 1 };
        }

        // Expired requests go again once; a batch that exists already for them (a run stopped right here) is the one.
        var retry = record.RetryOf is null && expired.Count > 0
            ? Store.Records.FirstOrDefault(r => r.RetryOf == record.Id) ?? Prepare(record, expired)
            : null;
        Store.Save(record with
        {
            State = BatchState.Collected,
            Failures = failures,
            Expired = expired,
            Resubmitted = retry is not null,
            Counts = counts,
            ProviderStatus = status.Status,
        });
        if (retry is { State: BatchState.Prepared })
        {
            await SendAsync(retry, cancellationToken);
        }
    }

    /// <summary>A batch of an earlier batch's expired requests, their lines as they were first sent.</summary>
    private BatchRecord Prepare(BatchRecord expiredIn, IReadOnlyCollection<string> expired)
    {
        var wanted = expired.ToHashSet(StringComparer.Ordinal);
        using var keys = Store.Keys(expiredIn);
        using var writer = Store.Begin(wire.Name, expiredIn.Id);
        var index = 0;
        foreach (var line in Store.Lines(expiredIn.Id))
        {
            var key = expiredIn.Keys[index++];
            if (wanted.Contains(key) && keys.Find(key) is { } request)
            {
                writer.Add(new PreparedRequest(key, line, JsonSerializer.SerializeToUtf8Bytes(request, ResponseCache.KeyJson)));
            }
        }

        return writer.Commit();
    }

    /// <summary>Gathers the requests of these cases that nothing answers yet and writes them as batches, split at the provider's limits.</summary>
    private async Task<IReadOnlyList<BatchRecord>> PrepareAsync(IReadOnlyCollection<Case> cases, SamplingSettings sampling, CancellationToken cancellationToken)
    {
        var records = new List<BatchRecord>();
        // The first half of each key: a 100,000-request schedule in 2 MB, not 20; sized at once, not grown by copies.
        var seen = new HashSet<UInt128>(cases.Sum(c => Math.Max(0, sampling.SamplesFor(c))));
        var gate = new object();
        BatchWriter? writer = null;
        try
        {
            using var collector = Collector(async candidate =>
            {
                lock (gate)
                {
                    if (!seen.Add(UInt128.Parse(candidate.Key.AsSpan(0, 32), NumberStyles.HexNumber, CultureInfo.InvariantCulture)))
                    {
                        return;
                    }
                }

                var line = wire.Line(candidate.Key, await bodies.RequestAsync(candidate.Messages, candidate.Options));
                var request = new PreparedRequest(candidate.Key, line, JsonSerializer.SerializeToUtf8Bytes(candidate.Request, ResponseCache.KeyJson));
                lock (gate)
                {
                    if (writer is not null && (writer.Count + 1 > wire.Limits.Requests || writer.Bytes + line.Length + 1 > wire.Limits.Bytes))
                    {
                        records.Add(writer.Commit());
                        writer.Dispose();
                        writer = null;
                    }

                    writer ??= Store.Begin(wire.Name);
                    writer.Add(request);
                }
            });
            var run = new SampleRun(collector, sampling, Environment.ProcessorCount); // nothing here waits: more workers only grow the pool
            run.Schedule(cases, _ => 1);

            // Every case asked for at once and nothing kept of what comes back: a run keeps a case's samples until it is
            // read, and replies the cache answers come faster than one reader reading case after case takes them (all
            // 100,000 were held). Asked for last to first, as each asked-for case goes to the front: the first goes first.
            await Task.WhenAll(cases.Reverse().Select(c => Read(run, c)).ToList()).WaitAsync(cancellationToken);

            lock (gate)
            {
                if (writer is { Count: > 0 })
                {
                    records.Add(writer.Commit());
                }
            }
        }
        finally
        {
            writer?.Dispose();
        }

        return records;
    }

    /// <summary>Waits for a case's results and drops them.</summary>
    private static async Task Read(SampleRun run, Case c) => await run.ResultsFor(c);

    /// <summary>
    /// Sends a prepared batch. It is marked as being sent first: a run stopped during the send cannot know whether the
    /// provider has it, and such a batch is never sent again (its requests fail as inconclusive, naming it).
    /// </summary>
    private async Task SendAsync(BatchRecord record, CancellationToken cancellationToken)
    {
        touched.Add(record.Id);
        record = record with { State = BatchState.Sending };
        Store.Save(record);
        string id;
        try
        {
            id = await wire.SubmitAsync(record, Store.Lines(record.Id), file =>
            {
                record = record with { InputFileId = file };
                Store.Save(record);
            }, cancellationToken);
        }
        catch (ProviderFailureException e) when (e.StatusCode is not null)
        {
            // The provider answered no: it does not have the batch, so it may be sent again once the cause is mended.
            Store.Save(record with { State = BatchState.Prepared });
            throw new ProviderFailureException(
                $"Sending batch {record.Id} of target '{target.Name}' failed: {e.Message}. Nothing of it is at the provider; the next run sends it again.",
                e.StatusCode, e.Permanent, e);
        }

        Store.Save(record with
        {
            State = BatchState.Submitted,
            ProviderId = id,
            Counts = new BatchCounts(record.Keys.Count, 0, 0, 0, 0),
            ProviderStatus = "submitted",
        });
    }

    /// <summary>The batches this run has seen, summed, and a progress line for the console when it changed.</summary>
    public BatchProgress Report()
    {
        var records = touched.Select(Store.Find).OfType<BatchRecord>().ToList();
        var now = new BatchProgress(
            target.Name,
            records.Count,
            records.Count(r => r.IsOpen),
            records.Sum(r => r.Keys.Count),
            records.Aggregate(BatchCounts.None, (sum, r) => sum + r.Counts),
            records.Count(r => r.State == BatchState.Sending));
        if (progress is not null && now.Line != lastLine)
        {
            lastLine = now.Line;
            progress.WriteLine(now.Line);
        }

        return now;
    }

    public void Dispose()
    {
        bodies.Dispose();
        http.Dispose();
    }
}

/// <summary>Where a target's batches of this run stand.</summary>
public sealed record BatchProgress(string Target, int Batches, int Open, int Submitted, BatchCounts Counts, int Uncertain)
{
    public string Line => string.Create(CultureInfo.InvariantCulture,
        $"batch · {Target}: {Batches} {(Batches == 1 ? "batch" : "batches")} ({Open} at the provider), {Submitted:N0} requests: {Counts.Processing:N0} processing, " +
        $"{Counts.Succeeded:N0} succeeded, {Counts.Errored:N0} errored, {Counts.Expired:N0} expired{(Counts.Canceled > 0 ? $", {Counts.Canceled:N0} canceled" : "")}" +
        $"{(Uncertain > 0 ? $", {Uncertain} uncertain (stopped while being sent)" : "")}");

    /// <summary>What a run that ends with batches at the provider says, once.</summary>
    public string StillProcessing => string.Create(CultureInfo.InvariantCulture,
        $"{Open} {(Open == 1 ? "batch is" : "batches are")} still processing at the provider for target '{Target}' ({Counts.Processing:N0} requests); " +
        $"run again to collect them, or see `./alignment batch status --target {Target}`.");
}
