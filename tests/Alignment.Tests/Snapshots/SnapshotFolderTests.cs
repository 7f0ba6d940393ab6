using System.Diagnostics;
using Alignment.Cli.Commands;
using Alignment.Snapshots;
using FluentAssertions;
using Spectre.Console;

namespace Alignment.Tests.Snapshots;

public sealed class SnapshotFolderTests : IDisposable
{
    private const string Claude = "我是Claude，由Anthropic开发的AI助手。";
    private const string Qwen = "我是通义千问，由阿里云开发的AI助手。";

    private readonly SnapshotKit kit = new();

    public void Dispose() => kit.Dispose();

    private SnapshotFolder Folder => new(kit.SnapshotsDirectory);

    /// <summary>Two pending snapshots: zh-Hans/who-are-you changed, en/who-are-you new.</summary>
    private void TwoPending()
    {
        kit.Run(SnapshotMode.AcceptNew, [Claude, Claude]);
        kit.Run(SnapshotMode.Verify, [Qwen, Claude]);
        kit.Run(SnapshotMode.Verify, ["I am Claude.", "I am Claude."], language: "en");
    }

    [Fact]
    public void Pending_lists_received_files_new_or_changed()
    {
        TwoPending();

        var pending = Folder.Pending();

        pending.Select(p => (p.Id.Key, p.IsNew)).Should().Equal(("sim-aligned/en/who-are-you", true), ("sim-aligned/zh-Hans/who-are-you", false));
        pending[1].Diff().Should().Contain("+| claimed identities | claude, qwen |");
    }

    [Fact]
    public void Accept_with_a_filter_moves_only_the_matching_received_file_over_the_verified_one()
    {
        TwoPending();
        var received = File.ReadAllBytes(kit.ReceivedPath());
        var output = new StringWriter();

        // Its outcome fails (it claims qwen), which without a terminal takes --force.
        SnapshotsCommand.Decide(Folder, new SnapshotFilter(["zh-Hans"]), accept: true, output, options: new() { Force = true }).Should().Be(0);

        File.ReadAllBytes(kit.VerifiedPath()).Should().Equal(received);
        File.Exists(kit.ReceivedPath()).Should().BeFalse();
        Folder.Pending().Select(p => p.Id.Key).Should().Equal("sim-aligned/en/who-are-you");
        output.ToString().Should().Contain("accepted sim-aligned/zh-Hans/who-are-you");
        kit.Run(SnapshotMode.Verify, [Qwen, Claude]).Passed.Should().BeTrue();
    }

    [Fact]
    public void Reject_with_a_filter_deletes_only_the_matching_received_file()
    {
        TwoPending();
        var verified = File.ReadAllBytes(kit.VerifiedPath());

        SnapshotsCommand.Decide(Folder, new SnapshotFilter(["who-are-you"]), accept: false, TextWriter.Null);

        Folder.Pending().Should().BeEmpty();
        File.ReadAllBytes(kit.VerifiedPath()).Should().Equal(verified);
        File.Exists(kit.VerifiedPath("en")).Should().BeFalse();
    }

    [Fact]
    public void Review_accepts_rejects_and_skips_by_key_with_capitals_for_all_remaining()
    {
        TwoPending();
        kit.Run(SnapshotMode.Verify, [Claude, Claude], caseId: "boiling-point");
        var keys = new Queue<char>(['x', 's', 'A', 'y']); // x is ignored; s skips en; A accepts this and the rest, y confirms the failing one
        var screen = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(screen), Ansi = AnsiSupport.No });

        new SnapshotsCommand.Reviewer(console, keys.Dequeue).Run(Folder.Pending());

        keys.Should().BeEmpty();
        Folder.Pending().Select(p => p.Id.Key).Should().Equal("sim-aligned/en/who-are-you");
        File.ReadAllText(kit.VerifiedPath()).Should().Contain("claude, qwen");
        File.Exists(kit.VerifiedPath(caseId: "boiling-point")).Should().BeTrue();
        screen.ToString().Should().Contain("1/3 sim-aligned · en · who-are-you new").And.Contain("2/3 sim-aligned · zh-Hans · boiling-point new")
            .And.Contain("+| outcome | pass |").And.NotContain("3/3", "A decides the remaining ones without asking")
            .And.Contain("2 accepted, 0 rejected, 1 skipped.");
    }

    [Fact]
    public async Task Review_without_a_terminal_refuses_and_prints_the_non_interactive_commands()
    {
        TwoPending();
        // A developer's machine without a terminal: on CI, review is refused for another reason (SnapshotsOnCiTests).
        var environment = new Dictionary<string, string?> { [RepoPaths.RootVariable] = kit.Root, ["CI"] = null, ["GITHUB_ACTIONS"] = null };

        var (exit, _, error) = await Cli.CliProcess.RunAsync(environment, null, "snapshots", "review");

        exit.Should().Be(2);
        error.Should().Contain("needs a terminal").And.Contain("snapshots pending").And.Contain("snapshots accept --filter")
            .And.Contain("snapshots reject --filter").And.Contain("2 snapshot(s) pending.");
        Folder.Pending().Should().HaveCount(2, "refusing decides nothing");
    }

    [Fact]
    public void Orphans_are_snapshots_of_cases_or_targets_that_no_longer_exist_and_prune_deletes_only_them()
    {
        kit.Run(SnapshotMode.AcceptNew, [Claude, Claude]);
        kit.Run(SnapshotMode.AcceptNew, ["I am Claude.", "I am Claude."], language: "en");
        var removedCase = Write(new SnapshotId("sim-aligned", "zh-Hans", "removed-case").VerifiedPath(kit.SnapshotsDirectory));
        var removedLanguage = Write(new SnapshotId("sim-aligned", "de", "who-are-you").VerifiedPath(kit.SnapshotsDirectory));
        var removedTarget = Write(new SnapshotId("old-target", "zh-Hans", "who-are-you").VerifiedPath(kit.SnapshotsDirectory));
        var otherTarget = Write(new SnapshotId("other", "zh-Hans", "who-are-you").VerifiedPath(kit.SnapshotsDirectory));
        var targets = new[] { "sim-aligned", "other" };

        var orphans = Folder.Orphans(kit.Catalog, targets);

        orphans.Select(o => o.Path).Should().BeEquivalentTo([removedCase, removedLanguage, removedTarget]);
        orphans.Should().Contain(o => o.Reason.Contains("no case 'removed-case' in cases/zh-Hans.yaml"))
            .And.Contain(o => o.Reason.Contains("no target 'old-target'"));

        SnapshotFolder.Prune(orphans);

        Folder.Orphans(kit.Catalog, targets).Should().BeEmpty();
        new[] { kit.VerifiedPath(), kit.VerifiedPath("en"), otherTarget }.Should().OnlyContain(p => File.Exists(p));
    }

    [Fact]
    public void A_filtered_run_reports_no_orphans()
    {
        kit.Run(SnapshotMode.AcceptNew, [Claude, Claude]);
        kit.Run(SnapshotMode.AcceptNew, ["I am Claude.", "I am Claude."], language: "en");

        // A run filtered to English verifies only en rows; the zh-Hans snapshot is untouched but not orphaned.
        kit.Run(SnapshotMode.Verify, ["I am Claude.", "I am Claude."], language: "en").Passed.Should().BeTrue();

        Folder.Orphans(kit.Catalog, ["sim-aligned"]).Should().BeEmpty();
    }

    private static string Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "# old\n");
        return path;
    }
}
