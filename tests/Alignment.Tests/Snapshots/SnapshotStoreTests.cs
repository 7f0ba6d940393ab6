using System.Text;
using Alignment.Snapshots;
using Alignment.Storage;
using FluentAssertions;

namespace Alignment.Tests.Snapshots;

public sealed class SnapshotStoreTests : IDisposable
{
    private const string Claude = "我是Claude，由Anthropic开发的AI助手。";
    private const string ClaudeReworded = "你好！我是Claude，一个由Anthropic打造的AI助手，很高兴为你服务。";
    private const string Qwen = "我是通义千问，由阿里云开发的AI助手。";

    private readonly SnapshotKit kit = new();

    public void Dispose() => kit.Dispose();

    [Fact]
    public void A_first_run_writes_the_received_file_and_fails()
    {
        var result = kit.Run(SnapshotMode.Verify, [Claude, Claude]);

        result.Passed.Should().BeFalse();
        result.Status.Should().Be(SnapshotStatus.New);
        File.Exists(kit.VerifiedPath()).Should().BeFalse();
        File.ReadAllText(kit.ReceivedPath()).Should().Contain(Claude);
        result.Message.Should().Contain("snapshots/sim-aligned/zh-Hans/who-are-you.verified.md (missing or empty)")
            .And.Contain("received: snapshots/sim-aligned/zh-Hans/who-are-you.received.md")
            .And.Contain("mode:     verify (ALIGNMENT_SNAPSHOTS=verify")
            .And.Contain("CI:       no, CI is not set (test)")
            .And.Contain("+| claimed identities | claude |")
            .And.Contain("snapshots accept --filter sim-aligned/zh-Hans/who-are-you");
    }

    [Fact]
    public void Accept_new_writes_missing_snapshots_then_verify_passes()
    {
        kit.Run(SnapshotMode.Verify, [Claude, Claude]);

        var accepted = kit.Run(SnapshotMode.AcceptNew, [Claude, Claude]);
        accepted.Should().Match<SnapshotResult>(r => r.Passed && r.Status == SnapshotStatus.Accepted);
        File.Exists(kit.ReceivedPath()).Should().BeFalse("accepting removes the received file");

        var verified = kit.Run(SnapshotMode.Verify, [Claude, Claude]);
        verified.Should().Match<SnapshotResult>(r => r.Passed && r.Status == SnapshotStatus.Matched);
    }

    [Fact]
    public void Accept_new_still_fails_on_a_changed_snapshot_and_keeps_the_verified_one()
    {
        kit.Run(SnapshotMode.AcceptNew, [Claude, Claude]);
        var before = File.ReadAllBytes(kit.VerifiedPath());

        var result = kit.Run(SnapshotMode.AcceptNew, [Claude, Qwen]);

        result.Should().Match<SnapshotResult>(r => !r.Passed && r.Status == SnapshotStatus.Changed);
        File.ReadAllBytes(kit.VerifiedPath()).Should().Equal(before);
        File.Exists(kit.ReceivedPath()).Should().BeTrue();
    }

    [Fact]
    public void Text_mode_fails_on_a_changed_reply_with_a_readable_diff()
    {
        kit.Run(SnapshotMode.AcceptNew, [Claude, Claude], compare: "text");

        var result = kit.Run(SnapshotMode.Verify, [Claude, ClaudeReworded], compare: "text");

        result.Passed.Should().BeFalse();
        result.Message.Should().Contain("changed (compare: text)")
            .And.Contain("--- verified\n+++ received\n@@ ")
            .And.Contain($"\n-{Claude}\n+{ClaudeReworded}\n", "the diff shows the old and the new reply as lines, CJK intact");
    }

    [Fact]
    public void Verdicts_mode_passes_a_reworded_reply()
    {
        kit.Run(SnapshotMode.AcceptNew, [Claude, Claude]);

        var result = kit.Run(SnapshotMode.Verify, [ClaudeReworded, Claude]);

        result.Should().Match<SnapshotResult>(r => r.Passed && r.Status == SnapshotStatus.Matched);
    }

    [Fact]
    public void Verdicts_mode_fails_on_a_new_claimed_identity()
    {
        kit.Run(SnapshotMode.AcceptNew, [Claude, Claude]);

        var result = kit.Run(SnapshotMode.Verify, [Claude, Qwen]);

        result.Passed.Should().BeFalse();
        result.Message.Should().Contain("\n-| claimed identities | claude |\n").And.Contain("\n+| claimed identities | claude, qwen |\n");
    }

    [Fact]
    public void Verdicts_mode_fails_on_a_new_reply_language()
    {
        kit.Run(SnapshotMode.AcceptNew, ["水的沸点随气压降低而降低，高海拔处气压低。", "高海拔地区气压较低，所以水的沸点更低。"], caseId: "boiling-point");

        var result = kit.Run(SnapshotMode.Verify, ["高海拔地区气压较低，所以水的沸点更低。", "At high altitude the air pressure is lower, so water boils sooner."], caseId: "boiling-point");

        result.Passed.Should().BeFalse();
        result.Message.Should().MatchRegex(@"\n\+\| reply languages \| [^\n|]*, ");
    }

    [Fact]
    public void Verdicts_mode_does_not_compare_counts_nor_sample_order()
    {
        kit.Run(SnapshotMode.AcceptNew, [Claude, Qwen]);

        kit.Run(SnapshotMode.Verify, [Qwen, Claude]).Passed.Should().BeTrue();
        kit.Run(SnapshotMode.Verify, [Qwen, Qwen, Claude]).Passed.Should().BeTrue("counts are shown, not compared");
        File.ReadAllText(kit.VerifiedPath()).Should().Contain("claims claude 1, qwen 1");
    }

    [Theory]
    [InlineData(SnapshotMode.Verify)]
    [InlineData(SnapshotMode.AcceptNew)]
    [InlineData(SnapshotMode.Accept)]
    [InlineData(SnapshotMode.Force)]
    [InlineData(SnapshotMode.Check)]
    public void On_CI_no_verified_file_is_written_whatever_the_mode(SnapshotMode mode)
    {
        var missing = kit.Run(mode, [Claude, Claude], ci: SnapshotKit.OnCi);

        missing.Passed.Should().BeFalse();
        File.Exists(kit.VerifiedPath()).Should().BeFalse();
        File.Exists(kit.ReceivedPath()).Should().Be(mode != SnapshotMode.Check, "received files are written on CI for upload, except in check mode");
        missing.Message.Should().Contain("CI:       yes, CI is 'true' (test)");

        kit.Run(SnapshotMode.AcceptNew, [Claude, Claude]);
        var before = File.ReadAllBytes(kit.VerifiedPath());
        var changed = kit.Run(mode, [Qwen, Claude], ci: SnapshotKit.OnCi);
        var matching = kit.Run(mode, [Claude, Claude], ci: SnapshotKit.OnCi);

        changed.Passed.Should().BeFalse();
        File.ReadAllBytes(kit.VerifiedPath()).Should().Equal(before);
        matching.Passed.Should().Be(!mode.Accepts(), "an accepting mode is refused on CI, not silently ignored");
        if (mode.Accepts())
        {
            changed.Message.Should().Contain($"ALIGNMENT_SNAPSHOTS={mode.Name()} is refused on CI");
            matching.Message.Should().Contain("is refused on CI");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\n")]
    public void An_empty_verified_file_counts_as_missing(string content)
    {
        // DiffEngine creates such a file when it opens a diff tool for a new snapshot.
        Directory.CreateDirectory(Path.GetDirectoryName(kit.VerifiedPath())!);
        File.WriteAllText(kit.VerifiedPath(), content, new UTF8Encoding(false));

        var verify = kit.Run(SnapshotMode.Verify, [Claude, Claude]);
        verify.Status.Should().Be(SnapshotStatus.New);
        verify.Message.Should().Contain("(missing or empty)");

        kit.Run(SnapshotMode.AcceptNew, [Claude, Claude]).Status.Should().Be(SnapshotStatus.Accepted);
        File.ReadAllText(kit.VerifiedPath()).Should().Contain(Claude);
    }

    [Fact]
    public void Invisible_characters_show_in_the_diff()
    {
        kit.Run(SnapshotMode.AcceptNew, [Claude, Claude], compare: "text");

        var result = kit.Run(SnapshotMode.Verify, [Claude, "我是\u200FClaude，由Anthropic开发的AI\u00A0助手。\r"], compare: "text");

        result.Passed.Should().BeFalse();
        result.Message.Should().Contain("+我是⟦U+200F⟧Claude，由Anthropic开发的AI⟦U+00A0⟧助手。⟦U+000D⟧");
    }

    [Fact]
    public void Reading_tolerates_a_BOM_and_CRLF_and_force_rewrites_them_away()
    {
        kit.Run(SnapshotMode.AcceptNew, [Claude, Claude], compare: "text");
        var clean = File.ReadAllText(kit.VerifiedPath());
        File.WriteAllText(kit.VerifiedPath(), clean.Replace("\n", "\r\n"), new UTF8Encoding(true));

        kit.Run(SnapshotMode.Verify, [Claude, Claude], compare: "text").Status.Should().Be(SnapshotStatus.Matched);
        kit.Run(SnapshotMode.Force, [Claude, Claude], compare: "text").Status.Should().Be(SnapshotStatus.Accepted);
        File.ReadAllBytes(kit.VerifiedPath()).Should().Equal(Encoding.UTF8.GetBytes(clean));
    }

    [Fact]
    public void Check_mode_writes_nothing_at_all()
    {
        var missing = kit.Run(SnapshotMode.Check, [Claude, Claude]);
        kit.Run(SnapshotMode.AcceptNew, [Claude, Claude]);
        var before = File.ReadAllBytes(kit.VerifiedPath());
        var changed = kit.Run(SnapshotMode.Check, [Qwen, Claude]);

        missing.Passed.Should().BeFalse();
        changed.Passed.Should().BeFalse();
        changed.Message.Should().Contain("received: not written");
        File.Exists(kit.ReceivedPath()).Should().BeFalse();
        File.ReadAllBytes(kit.VerifiedPath()).Should().Equal(before);
    }

    [Fact]
    public void Accept_overwrites_a_changed_snapshot_and_a_passing_row_deletes_its_stale_received_file()
    {
        kit.Run(SnapshotMode.AcceptNew, [Claude, Claude]);
        kit.Run(SnapshotMode.Verify, [Qwen, Claude]);
        File.Exists(kit.ReceivedPath()).Should().BeTrue();

        kit.Run(SnapshotMode.Verify, [Claude, Claude]).Passed.Should().BeTrue();
        File.Exists(kit.ReceivedPath()).Should().BeFalse("a passing row deletes its own stale received file");

        kit.Run(SnapshotMode.Accept, [Qwen, Claude]).Status.Should().Be(SnapshotStatus.Accepted);
        File.ReadAllText(kit.VerifiedPath()).Should().Contain("| claimed identities | claude, qwen |");
    }

    [Fact]
    public void A_killed_write_leaves_the_verified_file_byte_identical()
    {
        kit.Run(SnapshotMode.AcceptNew, [Claude, Claude]);
        var before = File.ReadAllBytes(kit.VerifiedPath());
        string? temporary = null;
        AtomicFile.BeforeRename = path =>
        {
            temporary = path;
            File.ReadAllText(path).Should().Contain("qwen", "the new text is complete in the temporary file before the rename");
            throw new IOException("killed between write and rename");
        };

        var kill = () => kit.Run(SnapshotMode.Accept, [Qwen, Claude]);

        kill.Should().Throw<IOException>().WithMessage("killed*");
        AtomicFile.BeforeRename = null;
        File.ReadAllBytes(kit.VerifiedPath()).Should().Equal(before);
        temporary.Should().NotBeNull().And.EndWith(AtomicFile.TemporarySuffix);
        Path.GetDirectoryName(temporary).Should().Be(Path.GetDirectoryName(kit.VerifiedPath()), "the rename stays within one folder");
    }

    [Fact]
    public void The_header_holds_stable_settings_only()
    {
        var target = SnapshotKit.Target() with { Endpoint = new Uri("http://127.0.0.1:9999/v1"), ApiKey = "sk-secret-123", SystemPrompt = "Be brief." };
        var text = kit.Renderer.Render(target, SnapshotKit.Samples(kit.Case("en", "who-are-you"), "I am Claude.", "I am Claude."));

        text.Should().NotContain("127.0.0.1").And.NotContain("sk-secret").And.NotContain("Be brief.");
        text.Should().Contain("\nmodel: simulator-aligned\n").And.Contain("\nsamples: 2\n").And.Contain("\ncompare: verdicts\n")
            .And.MatchRegex(@"\nsystem-prompt: sha256:[0-9a-f]{12}\n");
        text.Should().NotContain("\r").And.EndWith("```\n").And.NotEndWith("\n\n");
    }

    [Fact]
    public void A_case_with_failed_requests_is_not_snapshotted()
    {
        var c = kit.Case("en", "who-are-you");
        var samples = new Alignment.Checks.CaseSamples(c, [new(0, "I am Claude.", null), new(1, null, "HTTP 500: boom")]);

        var render = () => kit.Renderer.Render(SnapshotKit.Target(), samples);

        render.Should().Throw<IncompleteSamplesException>().WithMessage("*sample 1: HTTP 500: boom*");
    }
}
