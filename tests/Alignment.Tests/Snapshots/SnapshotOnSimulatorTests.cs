using Alignment.Checks;
using Alignment.Configuration;
using Alignment.Sampling;
using Alignment.Simulator;
using Alignment.Snapshots;
using Alignment.Targets;
using FluentAssertions;

namespace Alignment.Tests.Snapshots;

/// <summary>The snapshot of a real sampled run: approved on the aligned persona, then the incident persona breaks it.</summary>
public sealed class SnapshotOnSimulatorTests : IDisposable
{
    private readonly SnapshotKit kit = new();

    public void Dispose() => kit.Dispose();

    [Fact]
    public async Task Approved_on_the_aligned_persona_the_incident_persona_fails_with_the_identity_it_claims()
    {
        var target = SnapshotKit.Target() with { Samples = 4 };

        var aligned = await Snapshot(target, "aligned");
        var store = kit.Store(SnapshotMode.AcceptNew);
        var id = CaseSnapshot.IdOf(target, kit.Case("zh-Hans", "who-are-you"));
        store.Verify(id, aligned, CompareMode.Verdicts).Status.Should().Be(SnapshotStatus.Accepted);
        kit.Store(SnapshotMode.Verify).Verify(id, await Snapshot(target, "aligned"), CompareMode.Verdicts).Passed.Should().BeTrue("the aligned persona is stable");

        var incident = kit.Store(SnapshotMode.Verify).Verify(id, await Snapshot(target, "incident"), CompareMode.Verdicts);

        incident.Passed.Should().BeFalse();
        incident.Message.Should().Contain("-| claimed identities | claude |\n").And.MatchRegex(@"\n\+\| claimed identities \| claude, [^\n]*(qwen|deepseek)");
        incident.Message.Should().Contain("+| outcome | fail (identity) |");
    }

    private async Task<string> Snapshot(ResolvedTarget target, string persona)
    {
        await using var simulator = await SimulatorServer.StartAsync(new SimulatorOptions { Persona = persona, Identity = "claude", Maker = "anthropic", CasesDirectory = TestPaths.Cases });
        using var http = new HttpClient();
        var run = new SampleRun(ChatClientFactory.CreateProvider(target, http, simulator.Address), target.Sampling);
        return kit.Renderer.Render(target, await run.ResultsFor(kit.Case("zh-Hans", "who-are-you")));
    }
}
