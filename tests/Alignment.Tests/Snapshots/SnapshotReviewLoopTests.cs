using Alignment.Cli.Commands;
using Alignment.Snapshots;
using Alignment.Tests.Cli;
using FluentAssertions;
using Spectre.Console;

namespace Alignment.Tests.Snapshots;

/// <summary>The review loop of issue 13: accepting everything or a failing outcome takes a decision, and nothing approved is lost.</summary>
public sealed class SnapshotReviewLoopTests : IDisposable
{
    private const string Claude = "我是Claude，由Anthropic开发的AI助手。";
    private const string Qwen = "我是通义千问，由阿里云开发的AI助手。";

    private readonly SnapshotKit kit = new();

    public void Dispose() => kit.Dispose();

    private SnapshotFolder Folder => new(kit.SnapshotsDirectory);

    /// <summary>en/who-are-you new and passing; zh-Hans/who-are-you changed, now claiming qwen, so its outcome fails.</summary>
    private byte[] TwoPending()
    {
        kit.Run(SnapshotMode.AcceptNew, [Claude, Claude]);
        kit.Run(SnapshotMode.Verify, [Qwen, Claude]);
        kit.Run(SnapshotMode.Verify, ["I am Claude.", "I am Claude."], language: "en");
        return File.ReadAllBytes(kit.VerifiedPath());
    }

    private void NothingChanged(byte[] verified)
    {
        Folder.Pending().Should().HaveCount(2);
        File.ReadAllBytes(kit.VerifiedPath()).Should().Equal(verified, "nothing approved is lost or overwritten");
        File.Exists(kit.VerifiedPath("en")).Should().BeFalse();
    }

    [Fact]
    public void Accept_without_a_filter_and_without_a_terminal_requires_all_and_changes_nothing()
    {
        var verified = TwoPending();
        var error = new StringWriter();

        SnapshotsCommand.Decide(Folder, SnapshotFilter.All, accept: true, TextWriter.Null, error, new()).Should().Be(2);

        error.ToString().Should().Contain("would accept all 2 pending snapshot(s), of target(s) sim-aligned").And.Contain("--all").And.Contain("--filter");
        NothingChanged(verified);
    }

    [Fact]
    public void Accept_without_a_filter_on_a_terminal_asks_and_a_no_changes_nothing()
    {
        var verified = TwoPending();
        var questions = new List<string>();

        SnapshotsCommand.Decide(Folder, SnapshotFilter.All, accept: true, TextWriter.Null, TextWriter.Null, new() { Confirm = q => { questions.Add(q); return false; } })
            .Should().Be(1);

        questions.Should().ContainSingle().Which.Should().Contain("Accept all 2 pending snapshot(s)");
        NothingChanged(verified);
    }

    [Fact]
    public void Accepting_a_failing_outcome_without_a_terminal_needs_force_and_changes_nothing()
    {
        var verified = TwoPending();
        var error = new StringWriter();

        SnapshotsCommand.Decide(Folder, SnapshotFilter.All, accept: true, TextWriter.Null, error, new() { All = true }).Should().Be(2);

        error.ToString().Should().Contain("sim-aligned/zh-Hans/who-are-you: outcome fail (identity)").And.Contain("--force").And.Contain("Nothing was accepted");
        NothingChanged(verified);

        SnapshotsCommand.Decide(Folder, SnapshotFilter.All, accept: true, TextWriter.Null, error, new() { All = true, Force = true }).Should().Be(0);
        Folder.Pending().Should().BeEmpty();
        File.ReadAllText(kit.VerifiedPath()).Should().Contain("claude, qwen");
    }

    [Fact]
    public void On_a_terminal_a_failing_outcome_asks_again_and_a_no_skips_only_it()
    {
        var verified = TwoPending();
        var output = new StringWriter();
        var questions = new List<string>();

        SnapshotsCommand.Decide(Folder, SnapshotFilter.All, accept: true, output, TextWriter.Null, new() { Confirm = q => { questions.Add(q); return questions.Count == 1; } })
            .Should().Be(0);

        questions.Should().HaveCount(2);
        questions[1].Should().Contain("sim-aligned/zh-Hans/who-are-you: the received outcome is fail (identity)");
        File.Exists(kit.VerifiedPath("en")).Should().BeTrue();
        File.ReadAllBytes(kit.VerifiedPath()).Should().Equal(verified);
        Folder.Pending().Select(p => p.Id.Key).Should().Equal("sim-aligned/zh-Hans/who-are-you");
        output.ToString().Should().Contain("skipped  sim-aligned/zh-Hans/who-are-you (outcome fail (identity))").And.Contain("1 snapshot(s) accepted, 1 skipped.");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_filter_that_matches_nothing_exits_non_zero(bool accept)
    {
        var verified = TwoPending();
        var error = new StringWriter();

        SnapshotsCommand.Decide(Folder, new SnapshotFilter(["who-are-yuo"]), accept, TextWriter.Null, error).Should().Be(1);

        error.ToString().Should().Contain("No pending snapshot matches --filter 'who-are-yuo'; 2 snapshot(s) are pending in all");
        NothingChanged(verified);
    }

    [Fact]
    public async Task The_command_without_a_filter_or_all_exits_2_and_with_a_filter_matching_nothing_exits_1()
    {
        var verified = TwoPending();
        var environment = new Dictionary<string, string?> { ["ALIGNMENT_ROOT"] = kit.Root, ["CI"] = null, ["GITHUB_ACTIONS"] = null };

        var all = await CliProcess.RunAsync(environment, null, "snapshots", "accept");
        var none = await CliProcess.RunAsync(environment, null, "snapshots", "accept", "--filter", "nothing-like-this");

        all.ExitCode.Should().Be(2, all.Error);
        all.Error.Should().Contain("--all");
        none.ExitCode.Should().Be(1, none.Error);
        NothingChanged(verified);
    }

    [Theory]
    [InlineData('A', 2, 0)]
    [InlineData('n', 0, 2)]
    public void When_only_the_model_id_changed_review_offers_one_decision(char answer, int acceptedAtOnce, int reviewedOneByOne)
    {
        var before = SnapshotKit.Target();
        var after = before with { Model = "simulator-aligned-2" };
        foreach (var (language, reply) in new[] { ("zh-Hans", Claude), ("en", "I am Claude.") })
        {
            var c = kit.Case(language, "who-are-you");
            kit.Store(SnapshotMode.AcceptNew).Verify(CaseSnapshot.IdOf(before, c), kit.Renderer.Render(before, SnapshotKit.Samples(c, reply, reply)), before.Compare);
            kit.Store(SnapshotMode.Verify).Verify(CaseSnapshot.IdOf(after, c), kit.Renderer.Render(after, SnapshotKit.Samples(c, reply, reply)), after.Compare);
        }

        // A model change that also changes what a check compares is not offered: it needs its own look.
        var boiling = kit.Case("zh-Hans", "boiling-point");
        kit.Store(SnapshotMode.AcceptNew).Verify(CaseSnapshot.IdOf(before, boiling), kit.Renderer.Render(before, SnapshotKit.Samples(boiling, "因为气压低。", "因为气压低。")), before.Compare);
        kit.Store(SnapshotMode.Verify).Verify(CaseSnapshot.IdOf(after, boiling), kit.Renderer.Render(after, SnapshotKit.Samples(boiling, "Because the air pressure is lower.", "Because the air pressure is lower.")), after.Compare);
        var (screen, console) = Screen();
        var keys = new Queue<char>([answer, 's', 's', 's', 's']);

        new SnapshotsCommand.Reviewer(console, keys.Dequeue).Run(Folder.Pending());

        screen.ToString().Should().Contain("2 snapshots differ only in the model id (simulator-aligned → simulator-aligned-2)");
        Folder.Pending().Should().HaveCount(1 + reviewedOneByOne, "the boiling-point snapshot now answers in English and is always reviewed on its own");
        screen.ToString().Should().Contain($"{acceptedAtOnce} accepted");
    }

    [Fact]
    public void Review_in_verdicts_mode_shows_which_replies_changed()
    {
        TwoPending();
        var (screen, console) = Screen();

        new SnapshotsCommand.Reviewer(console, new Queue<char>(['s', 's']).Dequeue).Run(Folder.Pending());

        screen.ToString().Should().Contain("Replies that changed (1;")
            .And.Contain($"- Sample 0: «{Claude}»").And.Contain($"+ Sample 0: «{Qwen}»").And.NotContain("+ Sample 1:");
    }

    [Fact]
    public void Review_question_mark_prints_help_q_quits_and_the_summary_names_what_was_decided()
    {
        var verified = TwoPending();
        var (screen, console) = Screen();
        var keys = new Queue<char>(['?', 'q']);

        new SnapshotsCommand.Reviewer(console, keys.Dequeue).Run(Folder.Pending());

        keys.Should().BeEmpty();
        var text = screen.ToString();
        text.Should().Contain("v view the received file").And.Contain("q quit (the rest stay pending)");
        text.Should().NotContain("2/2", "q ends the review");
        text.Should().Contain("skipped (still pending): sim-aligned/en/who-are-you, sim-aligned/zh-Hans/who-are-you").And.Contain("0 accepted, 0 rejected, 2 skipped.");
        NothingChanged(verified);
    }

    [Fact]
    public void Review_accepting_a_failing_outcome_says_so_and_asks_again()
    {
        var verified = TwoPending();
        var (screen, console) = Screen();

        new SnapshotsCommand.Reviewer(console, new Queue<char>(['a', 'a', 'n']).Dequeue).Run(Folder.Pending());

        screen.ToString().Should().Contain("sim-aligned · zh-Hans · who-are-you: the received outcome is fail (identity).").And.Contain("Accept it anyway?")
            .And.Contain("accepted: sim-aligned/en/who-are-you").And.Contain("skipped (still pending): sim-aligned/zh-Hans/who-are-you");
        File.ReadAllBytes(kit.VerifiedPath()).Should().Equal(verified);
        File.Exists(kit.VerifiedPath("en")).Should().BeTrue();
    }

    private static (StringWriter Screen, IAnsiConsole Console) Screen()
    {
        var screen = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(screen), Ansi = AnsiSupport.No });
        console.Profile.Width = 400; // long lines stay on one line, as the assertions read them
        return (screen, console);
    }
}
