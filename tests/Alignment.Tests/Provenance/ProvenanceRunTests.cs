using Alignment.Configuration;
using Alignment.Identity;
using Alignment.Provenance;
using Alignment.Simulator;
using Alignment.Snapshots;
using Alignment.Targets;
using Alignment.Tests.Sampling;
using Alignment.Tests.Snapshots;
using FluentAssertions;

namespace Alignment.Tests.Provenance;

/// <summary>
/// The provenance run as the library does it for any host: probes sent once, the fingerprint written and compared with the
/// approved one, and each row's verdict; the suite's rows only format what this returns.
/// </summary>
public sealed class ProvenanceRunTests
{
    private static readonly ProbeSet Probes = ProbeSet.Load(TestPaths.Cases)!;

    private static readonly IdentityClassifier Classifier = new(IdentityCatalog.Load(TestPaths.Cases));

    private static readonly ResolvedTarget Target = SnapshotKit.Target() with { Model = "simulator-aligned" };

    private static async Task<ProvenanceRun> RunAsync(string persona, SnapshotStore store, bool mayWrite = true)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Persona = persona });
        var target = sim.Target(persona: "aligned");
        using var pipeline = sim.Pipeline(target, CacheMode.Off);
        return await ProvenanceRun.StartAsync(
            target, Probes, pipeline.Client, store, () => mayWrite, Classifier, stream: pipeline.RawStream, cancellationToken: TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_first_run_is_unapproved_writes_a_received_fingerprint_and_names_the_command_that_accepts_it()
    {
        using var kit = new SnapshotKit();

        var run = await RunAsync("aligned", kit.Store(SnapshotMode.Verify));

        run.Approved.Should().BeNull();
        run.Snapshot!.ReceivedPath.Should().NotBeNull();
        File.Exists(run.Snapshot.ReceivedPath).Should().BeTrue();
        run.ApproveCommand.Should().Be($"{SnapshotStore.CliCommand} accept --filter t/provenance/fingerprint");
        run.Carries(ProvenanceRun.Tokenizer).Should().BeTrue();
        run.Carries(ProvenanceRun.Metadata).Should().BeFalse();
        foreach (var row in ProvenanceRun.Rows.Where(r => r is not (ProvenanceRun.Identity or ProvenanceRun.Protocol)))
        {
            run.Judge(row, Target).Outcome.Should().Be(ProvenanceOutcome.Unapproved, row);
        }

        run.Judge(ProvenanceRun.Protocol, Target).Outcome.Should().Be(ProvenanceOutcome.Consistent, "the stream's shape needs nothing approved");
    }

    [Fact]
    public async Task Where_nothing_may_be_written_the_approve_command_says_to_run_without_check_first()
    {
        using var kit = new SnapshotKit();

        var run = await RunAsync("aligned", kit.Store(SnapshotMode.Verify), mayWrite: false);

        run.Snapshot.Should().BeNull();
        run.Carries(ProvenanceRun.Tokenizer).Should().BeFalse();
        run.ApproveCommand.Should().StartWith($"run without {SnapshotModes.Variable}=check so the received fingerprint is written");
    }

    [Fact]
    public async Task After_approval_the_aligned_target_is_consistent_and_the_relay_fails_every_row_with_its_evidence()
    {
        using var kit = new SnapshotKit();
        var accepted = await RunAsync("aligned", kit.Store(SnapshotMode.Accept));
        accepted.Snapshot!.Status.Should().Be(SnapshotStatus.Accepted);

        var aligned = await RunAsync("aligned", kit.Store(SnapshotMode.Verify));
        aligned.Approved.Should().NotBeNull();
        foreach (var row in ProvenanceRun.Rows)
        {
            var verdict = aligned.Judge(row, Target);
            verdict.Outcome.Should().Be(ProvenanceOutcome.Consistent, verdict.Message);
        }

        aligned.Summary(ProvenanceRun.Metadata, aligned.Judge(ProvenanceRun.Metadata, Target))
            .Should().Be($"{Probes.Calls} probe calls; intercept {aligned.Fingerprint.Intercept}; model field simulator-aligned; system_fingerprint fp_sim_o200k (shown, not approved); consistent");

        var relay = await RunAsync("relay-swap", kit.Store(SnapshotMode.Verify));
        var tokenizer = relay.Judge(ProvenanceRun.Tokenizer, Target);
        ProvenanceRun.FailureMessage(tokenizer).Should().StartWith("anomaly: The endpoint counts tokens with another tokenizer")
            .And.Contain("accept --filter t/provenance/fingerprint");
        relay.Judge(ProvenanceRun.SystemPrompt, Target).Outcome.Should().Be(ProvenanceOutcome.Anomaly);
        relay.Judge(ProvenanceRun.Metadata, Target).Message.Should().Contain(SimulatedUsage.RelayModelField);
        relay.Judge(ProvenanceRun.Protocol, Target).Message.Should().StartWith("An OpenAI target streamed Anthropic events");
        relay.Carries(ProvenanceRun.Tokenizer).Should().BeTrue("the changed fingerprint is written for review");
    }

    [Fact]
    public async Task An_unknown_row_is_refused()
    {
        using var kit = new SnapshotKit();
        var run = await RunAsync("aligned", kit.Store(SnapshotMode.Verify), mayWrite: false);

        run.Invoking(r => r.Judge("latency", Target)).Should().Throw<ArgumentException>().WithMessage("*Known: tokenizer, system-prompt, metadata, identity, protocol*");
    }
}
