using Alignment.Cases;
using Alignment.Configuration;
using Alignment.Provenance;
using Alignment.Snapshots;
using Alignment.Tests.Snapshots;
using FluentAssertions;

namespace Alignment.Tests.Provenance;

/// <summary>The fingerprint is approved and reviewed as a snapshot like any other, and a change reads as a diff of its measures.</summary>
public sealed class FingerprintSnapshotTests
{
    private static readonly ProbeSet Probes = ProbeSet.Load(TestPaths.Cases)!;

    private static Fingerprint Print(int intercept, int zh, string model = "simulator-aligned") =>
        Fingerprint.From(Probes, FingerprintTests.Observe(intercept, u => u.Id == "zh-phrase" ? zh : 7, model));

    [Fact]
    public void The_snapshot_states_its_precision_and_reads_back_its_measures()
    {
        var text = FingerprintSnapshot.Render(SnapshotKit.Target(), Print(21, 6));

        text.Should().Contain("slope-precision: 0.1 tokens").And.Contain("repeats: 0, 1, 2, 3").And.Contain("calls: 19");
        text.Should().Contain("| slope zh-phrase | 6.0 tokens |").And.Contain("| intercept | 21 tokens |").And.Contain("| model field | simulator-aligned |");
        var measures = FingerprintSnapshot.Parse(text);
        measures.Should().HaveCount(2 + Probes.Units.Count);
        measures["slope ja-phrase"].Should().Be("7.0 tokens");
        SnapshotText.Header(text, "model").Should().Be("simulator-aligned");
    }

    [Fact]
    public void A_model_field_with_markup_or_control_characters_cannot_break_the_table()
    {
        var text = FingerprintSnapshot.Render(SnapshotKit.Target(), Print(21, 6, "evil|model\u001b[31m"));

        FingerprintSnapshot.Parse(text)[FingerprintSnapshot.ModelField].Should().NotContain("\u001b").And.Contain("evil|model");
    }

    [Fact]
    public void Accept_new_approves_it_and_a_changed_tokenizer_then_fails_with_a_readable_diff()
    {
        using var kit = new SnapshotKit();
        var target = SnapshotKit.Target();
        var id = FingerprintSnapshot.IdOf(target);
        id.Key.Should().Be("sim-aligned/provenance/fingerprint");

        kit.Store(SnapshotMode.AcceptNew).Verify(id, FingerprintSnapshot.Render(target, Print(21, 6)), CompareMode.Verdicts).Status.Should().Be(SnapshotStatus.Accepted);
        kit.Store(SnapshotMode.Verify).Verify(id, FingerprintSnapshot.Render(target, Print(21, 6)), CompareMode.Verdicts).Status.Should().Be(SnapshotStatus.Matched);

        var changed = kit.Store(SnapshotMode.Verify).Verify(id, FingerprintSnapshot.Render(target, Print(60, 12)), CompareMode.Verdicts);

        changed.Status.Should().Be(SnapshotStatus.Changed);
        changed.Message.Should().Contain("-| slope zh-phrase | 6.0 tokens |").And.Contain("+| slope zh-phrase | 12.0 tokens |")
            .And.Contain("-| intercept | 21 tokens |").And.Contain("accept --filter sim-aligned/provenance/fingerprint");
        var approved = FingerprintSnapshot.Parse(SnapshotText.ReadVerified(id.VerifiedPath(kit.SnapshotsDirectory))!);
        ProvenanceJudge.Tokenizer(Print(60, 12), approved, "approve").Message.Should().Contain("slope zh-phrase: 6.0 → 12.0 tokens");

        // The review loop of every snapshot takes it: pending, then accepted.
        var pending = new SnapshotFolder(kit.SnapshotsDirectory).Pending().Single();
        pending.Id.Should().Be(id);
        pending.Fails.Should().BeFalse("a fingerprint is a measurement with no outcome row: accepting it approves no failing reply, so no --force is needed");
        SnapshotFolder.Accept(pending);
        FingerprintSnapshot.Parse(File.ReadAllText(id.VerifiedPath(kit.SnapshotsDirectory)))["slope zh-phrase"].Should().Be("12.0 tokens");
    }

    [Fact]
    public void An_approved_fingerprint_is_no_orphan_but_one_of_an_unknown_target_is()
    {
        using var kit = new SnapshotKit();
        var target = SnapshotKit.Target();
        kit.Store(SnapshotMode.AcceptNew).Verify(FingerprintSnapshot.IdOf(target), FingerprintSnapshot.Render(target, Print(21, 6)), CompareMode.Verdicts);
        var stranger = SnapshotKit.Target(name: "gone");
        kit.Store(SnapshotMode.AcceptNew).Verify(FingerprintSnapshot.IdOf(stranger), FingerprintSnapshot.Render(stranger, Print(21, 6)), CompareMode.Verdicts);

        var orphans = new SnapshotFolder(kit.SnapshotsDirectory).Orphans(kit.Catalog, ["sim-aligned"]);

        orphans.Select(o => o.Id?.Key).Should().Equal("gone/provenance/fingerprint");
    }
}
