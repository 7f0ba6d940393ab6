using Alignment.Batches;
using Alignment.Cases;
using Alignment.Checks;
using Alignment.Configuration;
using Alignment.Language;
using Alignment.Sampling;
using Alignment.Simulator;
using Alignment.Storage;
using Alignment.Targets;
using Alignment.Tests.Identity;
using Alignment.Tests.Sampling;
using FluentAssertions;

namespace Alignment.Tests.Batches;

/// <summary>
/// Batch mode against the simulator's batch APIs: the schedule goes out as batches, the results come back into the
/// record cache, and the ordinary pipeline judges them as replayed live replies, without one live call.
/// </summary>
public sealed class BatchRunTests
{
    private static readonly CaseCatalog Catalog = CaseCatalog.Load(TestPaths.Cases);
    private static readonly CheckSet Checks = CheckSet.Create(Identities.Classifier, new LanguageDetector(Identities.Catalog.AllNames()));

    private static IReadOnlyList<Case> Chinese(params string[] ids) => Catalog.Cases.Where(c => c.Language == "zh-Hans" && ids.Contains(c.Id)).ToList();

    /// <summary>A runner that polls every few milliseconds: the simulator's batches end when they are made.</summary>
    internal static BatchRunner Runner(SimulatedTarget sim, ResolvedTarget target, BatchLimits? limits = null, TextWriter? progress = null)
    {
        var runner = BatchRunner.Create(target, sim.CacheDirectory, progress: progress, limits: limits);
        runner.FirstPoll = TimeSpan.FromMilliseconds(10);
        runner.MaxPoll = TimeSpan.FromMilliseconds(50);
        return runner;
    }

    [Theory]
    [InlineData("openai", "aligned", true)]
    [InlineData("openai", "incident", false)]
    [InlineData("anthropic", "aligned", true)]
    [InlineData("anthropic", "incident", false)]
    public async Task A_batch_run_passes_the_aligned_persona_and_fails_the_incident_one(string wire, string persona, bool passes)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Persona = persona, RequiredApiKey = SimulatedTarget.Secret });
        var target = sim.Target(wire, persona, ("Samples", "3"), ("Mode", "batch"));
        var cases = Chinese("who-are-you", "which-model", "short-fact");

        var judgements = await RunAsync(sim, target, cases);

        sim.Server!.Requests.Should().Be(0, "nothing went to the live endpoint");
        sim.Server.BatchesCreated.Should().Be(1);
        sim.Server.BatchRequests.Should().Be(9);
        judgements.SelectMany(j => j.Samples.Samples).Should().OnlyContain(s => s.Succeeded);
        var identity = judgements.Single(j => j.Samples.Case.Id == "who-are-you").For(CheckKind.Identity);
        identity.Passed.Should().Be(passes);
    }

    [Theory]
    [InlineData("openai", false)]
    [InlineData("openai", true)]
    [InlineData("anthropic", false)]
    [InlineData("anthropic", true)]
    public async Task A_run_that_ends_or_is_killed_while_its_batch_is_at_the_provider_is_resumed_without_sending_anything_twice(string wire, bool killed)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target(wire, settings: [("Samples", "2"), ("Mode", "batch")]);
        var cases = Chinese("who-are-you", "short-fact");
        using (var first = Runner(sim, target))
        {
            if (killed)
            {
                // Stopped while it waits, as a killed process stops: only what is on disk is left.
                using var kill = new CancellationTokenSource();
                first.FirstPoll = TimeSpan.FromHours(1);
                var waiting = first.RunAsync(cases, target.Sampling, TimeSpan.FromHours(1), kill.Token);
                await Poll.UntilAsync(() => first.Store.Open.Count == 1, "the batch to be at the provider");
                await kill.CancelAsync();
                await FluentActions.Awaiting(() => waiting).Should().ThrowAsync<OperationCanceledException>();
            }
            else
            {
                var ended = await first.RunAsync(cases, target.Sampling, TimeSpan.Zero, TestContext.Current.CancellationToken);
                ended.Open.Should().Be(1, "a run told not to wait ends with its batch at the provider");
                ended.StillProcessing.Should().Contain("1 batch is still processing").And.Contain("alignment batch status");
            }
        }

        var judgements = await RunAsync(sim, target, cases);

        sim.Server!.BatchesCreated.Should().Be(1, "the next run collects the same batch");
        sim.Server.BatchRequests.Should().Be(4);
        sim.Server.Requests.Should().Be(0);
        judgements.SelectMany(j => j.Samples.Samples).Should().OnlyContain(s => s.Succeeded);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task A_run_killed_while_sending_never_sends_that_batch_again_and_its_rows_are_inconclusive(string wire)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target(wire, settings: [("Samples", "2"), ("Mode", "batch")]);
        var cases = Chinese("who-are-you");
        using (var first = Runner(sim, target))
        {
            // Killed between the provider's answer and writing it down: the record says "sending".
            AtomicFile.BeforeRename = temporary =>
            {
                if (temporary.Contains(".json.", StringComparison.Ordinal) && File.ReadAllText(temporary).Contains("\"submitted\"", StringComparison.Ordinal))
                {
                    throw new IOException("killed");
                }
            };
            await FluentActions.Awaiting(() => first.RunAsync(cases, target.Sampling, TimeSpan.Zero)).Should().ThrowAsync<IOException>();
            AtomicFile.BeforeRename = null;
        }

        using var second = Runner(sim, target);
        var progress = await second.RunAsync(cases, target.Sampling, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        var judgements = await JudgeAsync(sim, target, second, cases);

        sim.Server!.BatchesCreated.Should().Be(1, "a batch that may be at the provider is never sent again");
        progress.Uncertain.Should().Be(1);
        var samples = judgements.Single().Samples.Samples;
        samples.Should().OnlyContain(s => !s.Succeeded && s.Text == null, "no reply, so no verdict");
        samples[0].Failure.Should().Contain("was being sent when a run stopped").And.Contain("alignment batch status").And.Contain(".json");
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task Errored_requests_are_inconclusive_never_a_verdict(string wire)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Persona = "incident", BatchErrorShare = 0.5 });
        var target = sim.Target(wire, "incident", ("Samples", "4"), ("Mode", "batch"));
        var cases = Chinese("who-are-you");

        var samples = (await RunAsync(sim, target, cases)).Single().Samples;

        samples.Failures.Should().HaveCount(2);
        samples.Failures.Should().OnlyContain(s => s.Text == null && s.Failure!.Contains("errored at the provider") && s.Failure.Contains("simulated per-request error"));
        samples.Samples.Count(s => s.Succeeded).Should().Be(2);
        sim.Server!.BatchesCreated.Should().Be(1, "an errored request is not sent again");
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task Expired_requests_are_sent_again_once_and_then_inconclusive(string wire)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { BatchExpireShare = 1 });
        var target = sim.Target(wire, settings: [("Samples", "3"), ("Mode", "batch")]);
        var cases = Chinese("who-are-you");

        var samples = (await RunAsync(sim, target, cases)).Single().Samples;

        sim.Server!.BatchesCreated.Should().Be(2, "the expired requests went again once, and no more");
        sim.Server.BatchRequests.Should().Be(6);
        samples.Samples.Should().OnlyContain(s => s.Text == null && s.Failure!.Contains("expired at the provider"));
    }

    [Fact]
    public async Task Expired_requests_that_succeed_the_second_time_are_judged()
    {
        // Every other batch request expires: half of the first batch, then half of the second.
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { BatchExpireShare = 0.5 });
        var target = sim.Target("anthropic", settings: [("Samples", "4"), ("Mode", "batch")]);

        var samples = (await RunAsync(sim, target, Chinese("who-are-you"))).Single().Samples;

        sim.Server!.BatchesCreated.Should().Be(2);
        samples.Samples.Count(s => s.Succeeded).Should().Be(3, "2 the first time, 1 of the 2 sent again");
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task A_schedule_larger_than_a_batch_is_split_at_the_limits(string wire)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target(wire, settings: [("Samples", "3"), ("Mode", "batch")]);
        var cases = Chinese("who-are-you", "which-model", "short-fact");
        using var runner = Runner(sim, target, new BatchLimits(4, 1 << 20));

        await runner.RunAsync(cases, target.Sampling, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        sim.Server!.BatchesCreated.Should().Be(3, "9 requests at 4 a batch");
        runner.Store.Records.Select(r => r.Keys.Count).Should().BeEquivalentTo([4, 4, 1]);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task A_schedule_is_split_at_the_size_limit_too(string wire)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target(wire, settings: [("Samples", "3"), ("Mode", "batch")]);
        using var runner = Runner(sim, target, new BatchLimits(1000, 700));

        await runner.RunAsync(Chinese("who-are-you", "which-model", "short-fact"), target.Sampling, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        runner.Store.Records.Should().HaveCountGreaterThan(3, "a few requests fill 700 bytes");
        runner.Store.Records.Sum(r => r.Keys.Count).Should().Be(9);
        new DirectoryInfo(runner.Store.Directory).GetFiles("*.requests.jsonl").Should().OnlyContain(f => f.Length <= 700);
        sim.Server!.BatchesCreated.Should().Be(runner.Store.Records.Count);
    }

    [Fact]
    public async Task Conversations_go_turn_by_turn_one_batch_round_per_turn()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Persona = "incident" });
        var target = sim.Target("openai", "incident", ("Samples", "2"), ("Mode", "batch"));
        var chat = Catalog.Cases.Single(c => c.Language == "zh-Hans" && c.Id == "conversation-ordinary");

        var judgement = (await RunAsync(sim, target, [chat])).Single();

        sim.Server!.BatchesCreated.Should().Be(chat.Conversation.Count, "each turn needs the reply before it");
        sim.Server.Requests.Should().Be(0);
        judgement.Samples.Samples.Should().OnlyContain(s => s.Succeeded && s.Turns.Count == chat.Conversation.Count);
        judgement.For(CheckKind.Language).Passed.Should().BeFalse("the incident persona drifts to English at turn 4, in batches too");
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task A_batch_is_marked_collected_only_after_one_sync_of_its_replies(string wire)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target(wire, settings: [("Samples", "3"), ("Mode", "batch")]);
        var cache = new ResponseCache(sim.CacheDirectory);
        var syncs = new List<(int Collected, int Replies)>();
        var judgements = await WithBeforeSync(_ =>
        {
            var batch = new BatchStore(sim.CacheDirectory, target.Name).Records.Single();
            syncs.Add((batch.State == BatchState.Collected ? 1 : 0, batch.Keys.Count(k => File.Exists(cache.PathFor(k)))));
        }, () => RunAsync(sim, target, Chinese("who-are-you", "short-fact")));

        syncs.Should().Equal([(0, 6)], "one sync for the batch's six replies, all written, before the batch says collected");
        new BatchStore(sim.CacheDirectory, target.Name).Records.Single().State.Should().Be(BatchState.Collected);
        judgements.SelectMany(j => j.Samples.Samples).Should().HaveCount(6).And.OnlyContain(s => s.Succeeded);
    }

    [Fact]
    public async Task A_batch_whose_replies_could_not_be_synced_stays_uncollected_and_is_collected_again()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target("openai", settings: [("Samples", "2"), ("Mode", "batch")]);
        var cases = Chinese("who-are-you");
        using (var first = Runner(sim, target))
        {
            FileSystemSync.BeforeSync = _ => throw new IOException("the disk went away");
            await FluentActions.Awaiting(() => first.RunAsync(cases, target.Sampling, TimeSpan.FromMinutes(1))).Should().ThrowAsync<IOException>();
            FileSystemSync.BeforeSync = null;
        }

        new BatchStore(sim.CacheDirectory, target.Name).Records.Single().State.Should().Be(BatchState.Submitted, "its replies may not be on disk");
        var judgements = await RunAsync(sim, target, cases);

        sim.Server!.BatchesCreated.Should().Be(1, "the same batch is collected again, not sent again");
        judgements.Single().Samples.Samples.Should().HaveCount(2).And.OnlyContain(s => s.Succeeded);
    }

    [Fact]
    public async Task A_batch_the_provider_no_longer_knows_is_gathered_and_sent_again()
    {
        await using var gone = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var cases = Chinese("who-are-you", "short-fact");
        var first = gone.Target("openai", settings: [("Samples", "2"), ("Mode", "batch")]);
        using (var runner = Runner(gone, first))
        {
            (await runner.RunAsync(cases, first.Sampling, TimeSpan.Zero, TestContext.Current.CancellationToken)).Open.Should().Be(1);
        }

        // A new simulator knows none of the old one's batches, as a provider that lost them.
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var batches = Path.Combine(gone.CacheDirectory, BatchStore.Folder);
        foreach (var file in Directory.EnumerateFiles(batches, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(sim.CacheDirectory, BatchStore.Folder, Path.GetRelativePath(batches, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var target = sim.Target("openai", settings: [("Samples", "2"), ("Mode", "batch")]);
        var judgements = await RunAsync(sim, target, cases);

        sim.Server!.BatchesCreated.Should().Be(1, "the lost batch's requests went again");
        sim.Server.BatchRequests.Should().Be(4);
        judgements.SelectMany(j => j.Samples.Samples).Should().HaveCount(4).And.OnlyContain(s => s.Succeeded);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task A_single_turn_schedule_is_gathered_once_not_again_after_its_batch_is_collected(string wire)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target(wire, settings: [("Samples", "3"), ("Mode", "batch")]);
        var cache = new ResponseCache(sim.CacheDirectory);
        // One reply taken out of the cache as its batch is collected: a gathering after the collect would find it missing
        // and send it again, so a second batch shows a second gathering.
        using var runner = Runner(sim, target);
        var progress = await WithBeforeSync(synced =>
        {
            var batch = new BatchStore(sim.CacheDirectory, target.Name).Records.Single();
            File.Delete(batch.Keys.Select(cache.PathFor).First(path => path != synced));
        }, () => runner.RunAsync(Chinese("who-are-you", "short-fact"), target.Sampling, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken));

        progress.Open.Should().Be(0, progress.Line);
        sim.Server!.BatchesCreated.Should().Be(1, "a single turn's requests all go in the first round; nothing is gathered after it");
        sim.Server.BatchRequests.Should().Be(6);
        sim.Server.Requests.Should().Be(0);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task The_second_batch_of_a_split_schedule_lost_at_the_provider_is_gathered_and_sent_again_and_nothing_collected_goes_twice(string wire)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { LostBatch = 2 });
        var target = sim.Target(wire, settings: [("Samples", "3"), ("Mode", "batch")]);
        var cases = Chinese("who-are-you", "short-fact");
        IReadOnlyList<CaseJudgement> judgements;
        using (var runner = Runner(sim, target, new BatchLimits(4, 1 << 20)))
        {
            var progress = await runner.RunAsync(cases, target.Sampling, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
            progress.Open.Should().Be(0, progress.Line);
            judgements = await JudgeAsync(sim, target, runner, cases);
        }

        // Both batches went in the run's first gathering, so the loss is found after it, when the first is collected.
        sim.Server!.BatchesCreated.Should().Be(3, "4 and 2 requests, then the 2 lost ones again");
        sim.Server.BatchRequests.Should().Be(8);
        sim.Server.Requests.Should().Be(0, "the lost requests went in a batch, not live");
        AssertLostSentAgainOnly(new BatchStore(sim.CacheDirectory, target.Name));
        judgements.SelectMany(j => j.Samples.Samples).Should().HaveCount(6).And.OnlyContain(s => s.Succeeded);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task A_conversations_second_turn_lost_at_the_provider_is_sent_again_and_the_conversation_goes_on(string wire)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Persona = "incident", LostBatch = 2 });
        var target = sim.Target(wire, "incident", ("Samples", "2"), ("Mode", "batch"));
        var chat = Catalog.Cases.Single(c => c.Language == "zh-Hans" && c.Id == "conversation-ordinary");

        var judgement = (await RunAsync(sim, target, [chat])).Single();

        sim.Server!.BatchesCreated.Should().Be(chat.Conversation.Count + 1, "one batch a turn, and the second turn's again");
        sim.Server.BatchRequests.Should().Be(2 * (chat.Conversation.Count + 1));
        sim.Server.Requests.Should().Be(0);
        AssertLostSentAgainOnly(new BatchStore(sim.CacheDirectory, target.Name));
        judgement.Samples.Samples.Should().OnlyContain(s => s.Succeeded && s.Turns.Count == chat.Conversation.Count);
        judgement.For(CheckKind.Language).Passed.Should().BeFalse("the incident persona drifts to English at turn 4");
    }

    /// <summary>One batch was lost; exactly its requests went again, in one batch, and no other request went twice.</summary>
    private static void AssertLostSentAgainOnly(BatchStore store)
    {
        var lost = store.Records.Single(r => r.State == BatchState.Lost);
        var kept = store.Records.Where(r => r.State != BatchState.Lost).ToList();
        kept.Should().OnlyContain(r => r.State == BatchState.Collected);
        kept.SelectMany(r => r.Keys).Should().OnlyHaveUniqueItems("nothing collected is sent twice");
        kept.Where(r => r.Keys.Intersect(lost.Keys).Any()).Should().ContainSingle()
            .Which.Keys.Should().BeEquivalentTo(lost.Keys, "the lost batch's requests went again, and only they");
    }

    /// <summary>Runs <paramref name="body"/> with a hook before each sync of collected replies, and removes the hook after.</summary>
    private static async Task<T> WithBeforeSync<T>(Action<string> hook, Func<Task<T>> body)
    {
        FileSystemSync.BeforeSync = hook;
        try
        {
            return await body();
        }
        finally
        {
            FileSystemSync.BeforeSync = null;
        }
    }

    /// <summary>Submits, waits, collects, then runs the schedule through the run's own pipeline and judges it.</summary>
    internal static async Task<IReadOnlyList<CaseJudgement>> RunAsync(SimulatedTarget sim, ResolvedTarget target, IReadOnlyList<Case> cases, TimeSpan? wait = null)
    {
        using var runner = Runner(sim, target);
        var progress = await runner.RunAsync(cases, target.Sampling, wait ?? TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        progress.Open.Should().Be(0, progress.Line);
        return await JudgeAsync(sim, target, runner, cases);
    }

    internal static async Task<IReadOnlyList<CaseJudgement>> JudgeAsync(SimulatedTarget sim, ResolvedTarget target, BatchRunner runner, IReadOnlyList<Case> cases)
    {
        using var pipeline = TargetPipeline.Create(target, new PipelineOptions
        {
            Cache = CacheMode.Record, CacheDirectory = sim.CacheDirectory, BeforeCache = runner.ReplyLayer(), Retry = SimulatedTarget.FastRetry,
        });
        var run = new SampleRun(pipeline.Client, target.Sampling);
        run.Schedule(cases);
        var samples = await Task.WhenAll(cases.Select(run.ResultsFor));
        return samples.Select(s => CaseJudgement.Judge(s, Checks, target.CheckContext(s.Case))).ToList();
    }
}
