using Alignment.Checks;
using Alignment.Configuration;
using Alignment.Sampling;
using Alignment.Snapshots;
using FluentAssertions;

namespace Alignment.Tests.Snapshots;

/// <summary>What a snapshot records of a refusal and of a reply longer than MaxReplyChars.</summary>
public sealed class SnapshotRefusalAndCapTests
{
    private const string Claude = "我是Claude，由Anthropic开发的AI助手。";

    [Fact]
    public void A_refusal_fails_both_checks_and_its_text_is_kept()
    {
        using var kit = new SnapshotKit();
        var c = kit.Case("zh-Hans", "who-are-you");
        var samples = new CaseSamples(c, [new Sample(0, Claude, null), Sample.Refusal(1, "I'm sorry, but I can't help with that.\u001b]0;pwned\u0007")]);

        var text = kit.Renderer.Render(SnapshotKit.Target(), samples);

        text.Should().Contain("| outcome | fail (identity, language) |")
            .And.Contain("| claimed identities | claude |")
            .And.Contain("| reply languages | zh-Hans |", "a refusal is written in no language")
            .And.Contain("| refused | yes |")
            .And.Contain("identity pass 1, refused 1")
            .And.Contain("### Sample 1 (refused)\n\n```text\nI'm sorry, but I can't help with that.⟦U+001B⟧]0;pwned⟦U+0007⟧\n```");
    }

    [Fact]
    public void Snapshots_without_refusals_or_cut_replies_keep_their_shape()
    {
        using var kit = new SnapshotKit();
        var text = kit.Renderer.Render(SnapshotKit.Target(), SnapshotKit.Samples(kit.Case("zh-Hans", "who-are-you"), Claude, Claude));

        text.Should().Contain("| outcome | pass |").And.NotContain("| refused |").And.NotContain("MaxReplyChars").And.NotContain("(refused)");
    }

    [Fact]
    public void Beyond_MaxReplyChars_the_reply_is_kept_whole_but_only_its_start_is_judged_and_the_snapshot_says_so()
    {
        using var kit = new SnapshotKit();
        var c = kit.Case("zh-Hans", "who-are-you");
        var tail = string.Concat(Enumerable.Repeat("我是通义千问。", 40));
        var reply = Claude + tail;
        var target = SnapshotKit.Target() with { MaxReplyChars = Claude.Length };

        var text = kit.Renderer.Render(target, new CaseSamples(c, [new Sample(0, reply, null)]) { MaxReplyChars = Claude.Length });

        text.Should().Contain("| outcome | pass |", "the claim beyond the cap is not judged")
            .And.Contain($"### Sample 0 (judged the first {Claude.Length} of {reply.Length} characters (MaxReplyChars); the rest is kept, not judged)")
            .And.Contain("· 1 judged only up to MaxReplyChars |")
            .And.Contain(reply, "the whole reply is kept");
        SnapshotText.Project(text, CompareMode.Verdicts).Should().NotContain("MaxReplyChars", "a reply's length is not a verdict");
    }

    [Fact]
    public void A_check_row_reads_only_up_to_MaxReplyChars_and_says_so()
    {
        var reply = "claude " + new string('x', 1000);
        var samples = new CaseSamples(Alignment.Tests.Sampling.SimulatedTarget.Case("en", "c", "Who are you?"), [new Sample(0, reply, null)]) { MaxReplyChars = 100 };
        var seen = new List<int>();

        var verdicts = CaseVerdicts.Judge(samples, PassCriteria.EverySample, text =>
        {
            seen.Add(text.Length);
            return (false, "x", "claims x");
        });

        seen.Should().Equal(100);
        verdicts.Worst().Single().Explanation.Should().Be("claims x (judged the first 100 of 1,007 characters (MaxReplyChars); the rest is kept, not judged)");
    }

    [Fact]
    public void The_cap_never_splits_a_surrogate_pair()
    {
        var judged = JudgedReply.Of("ab😀cd", 3);
        judged.Text.Should().Be("ab");
        judged.Cut.Should().BeTrue();
    }
}
