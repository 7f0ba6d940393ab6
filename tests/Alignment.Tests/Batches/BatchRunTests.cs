using Alignment.Batches;
using Alignment.Cases;
using Alignment.Checks;
using Alignment.Configuration;
using Alignment.Language;
using Alignment.Sampling;
using Alignment.Simulator;
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

    /// <summary>Submits, waits, collects, then runs the schedule through the run's own pipeline and judges it.</summary>
    internal static async Task<IReadOnlyList<CaseJudgement>> RunAsync(SimulatedTarget sim, ResolvedTarget target, IReadOnlyList<Case> cases, TimeSpan? wait = null)
    {
        using var runner = Runner(sim, target);
        var progress = await runner.RunAsync(cases, target.Sampling, wait ?? TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        progress.Open.Should().Be(0, progress.Line);
        return await JudgeAsync(sim, target, runner.Store, cases);
    }

    internal static async Task<IReadOnlyList<CaseJudgement>> JudgeAsync(SimulatedTarget sim, ResolvedTarget target, BatchStore store, IReadOnlyList<Case> cases)
    {
        using var pipeline = TargetPipeline.Create(target, new PipelineOptions
        {
            Cache = CacheMode.Record, CacheDirectory = sim.CacheDirectory, Batches = store, Retry = SimulatedTarget.FastRetry,
        });
        var run = new SampleRun(pipeline.Client, target.Sampling);
        run.Schedule(cases);
        var samples = await Task.WhenAll(cases.Select(run.ResultsFor));
        return samples.Select(s => CaseJudgement.Judge(s, Checks, target.CheckContext(s.Case))).ToList();
    }
}
