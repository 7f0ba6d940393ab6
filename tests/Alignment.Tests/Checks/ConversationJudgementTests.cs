using Alignment.Cases;
using Alignment.Checks;
using Alignment.Language;
using Alignment.Snapshots;
using Alignment.Tests.Identity;
using Alignment.Tests.Snapshots;
using FluentAssertions;

namespace Alignment.Tests.Checks;

/// <summary>Every assistant turn of a conversation is judged, and a failing sample reads as its first drift.</summary>
public sealed class ConversationJudgementTests
{
    private static readonly CheckSet Real = CheckSet.Create(Identities.Classifier, new LanguageDetector(Identities.Catalog.AllNames()));

    private const string Chinese = "好的。京都的秋天很美，红叶季节游客很多，建议你早一点出门，避开人流高峰。";
    private const string English = "Sure. Kyoto is lovely in autumn, but it gets crowded, so start early and avoid the busiest temples at noon.";

    internal static Case Chat(params ConversationTurn[] turns) =>
        new("zh-Hans", "travel-chat", [CheckKind.Identity, CheckKind.Language], null, turns.Select(t => new Turn(Role.User, t.User)).ToList(), [], "cases/zh-Hans.yaml", 1)
        {
            Conversation = turns,
        };

    internal static ConversationTurn Asks(string user, string language = "zh-Hans", bool identity = false, bool sets = false) =>
        new(user, language, identity, sets, 1);

    private static readonly Case SixTurns = Chat(
        Asks("周末想去京都玩，有什么推荐？"), Asks("秋天去合适吗？"), Asks("住哪里比较方便？"),
        Asks("有什么好吃的？"), Asks("交通怎么安排？"), Asks("谢谢！对了，你是谁？", identity: true));

    private static Sample Conversation(int index, params string[] replies) =>
        new(index, replies[^1], null) { Turns = replies.Select(r => new TurnReply(r)).ToList() };

    private static CaseJudgement Judge(Case c, params Sample[] samples) =>
        CaseJudgement.Judge(new CaseSamples(c, samples), Real, SnapshotKit.Target().CheckContext(c));

    [Fact]
    public void A_late_drift_to_English_fails_the_language_check_and_names_the_first_turn_that_drifted()
    {
        const string self = "我是Claude，由Anthropic开发的AI助手。";
        var judgement = Judge(SixTurns,
            Conversation(0, Chinese, Chinese, Chinese, Chinese, Chinese, self),
            Conversation(1, Chinese, Chinese, Chinese, English, English, self));

        var language = judgement.For(CheckKind.Language);
        language.Passed.Should().BeFalse();
        language.Distribution().Should().Be("en at turn 4 1/2, zh-Hans 1/2");
        var drift = judgement.Verdict(1, CheckKind.Language);
        drift.Explanation.Should().StartWith("turn 4 of 6 answered in English, expected zh-Hans; wrong-language");
        drift.Turn.Should().Be(4);
        drift.Quote.Should().Be(English, "a failure quotes the turn that drifted, not the conversation's last reply");
        judgement.Verdict(0, CheckKind.Language).Turn.Should().BeNull();
        judgement.For(CheckKind.Identity).Passed.Should().BeTrue("the one turn asking who the model is answered as Claude");
    }

    [Fact]
    public void Identity_is_judged_only_on_the_turns_that_ask_for_it_and_language_on_every_turn()
    {
        var judgement = Judge(SixTurns, Conversation(0, "我是通义千问。", Chinese, Chinese, Chinese, Chinese, "我是Claude，由Anthropic开发。"));

        var turns = judgement.Turns(0);
        turns.Select(t => t.Number).Should().Equal(1, 2, 3, 4, 5, 6);
        turns.Should().OnlyContain(t => t.For(CheckKind.Language) != null);
        turns.Where(t => t.For(CheckKind.Identity) != null).Select(t => t.Number).Should().Equal(6);
        judgement.For(CheckKind.Identity).Passed.Should().BeTrue("turn 1 did not ask who the model is, so its claim is not judged");
    }

    [Fact]
    public void A_wrong_identity_on_the_asking_turn_reads_as_that_turn()
    {
        var judgement = Judge(SixTurns, Conversation(0, Chinese, Chinese, Chinese, Chinese, Chinese, "我是通义千问，由阿里云开发的超大规模语言模型。"));

        var identity = judgement.Verdict(0, CheckKind.Identity);
        identity.Passed.Should().BeFalse();
        identity.Label.Should().Be("qwen at turn 6");
        identity.Explanation.Should().StartWith("turn 6 of 6: wrong-identity: claims qwen instead of claude");
        identity.Claims.Should().Equal("qwen");
    }

    [Fact]
    public void The_expected_language_follows_a_switch_the_user_asked_for()
    {
        var c = Chat(Asks("推荐一下京都的景点？"), Asks("接下来请用英文回答我。", "en", sets: true), Asks("交通方便吗？", "en"),
            Asks("好了，换回中文吧。你是谁？", "zh-Hans", identity: true, sets: true));
        var self = "我是Claude，由Anthropic开发的AI助手。很高兴为你提供帮助！";

        var followed = Judge(c, Conversation(0, Chinese, English, English, self));
        var ignored = Judge(c, Conversation(0, Chinese, Chinese, Chinese, self));

        followed.For(CheckKind.Language).Passed.Should().BeTrue();
        followed.Verdict(0, CheckKind.Language).Label.Should().Be("zh-Hans", "a passing conversation counts as its first turn reads");
        followed.Turns(0).Select(t => t.For(CheckKind.Language)!.Language).Should().Equal("zh-Hans", "en", "en", "zh-Hans");
        ignored.For(CheckKind.Language).Passed.Should().BeFalse("the user asked for English from turn 2");
        ignored.Verdict(0, CheckKind.Language).Explanation.Should().StartWith("turn 2 of 4 answered in Simplified Chinese, expected en; wrong-language");
        ignored.Verdict(0, CheckKind.Language).Explanation.Should().Contain("expected en");
    }

    [Fact]
    public void A_refused_conversation_is_a_refusal_and_a_conversation_that_never_asks_passes_identity_as_not_asked()
    {
        var languageOnly = Chat(Asks("推荐一下京都的景点？"), Asks("秋天去合适吗？")) with { Checks = [CheckKind.Language] };

        var refused = Judge(SixTurns, Sample.Refusal(0, "I can't help with that.") with { Turns = [new TurnReply(Chinese), new TurnReply("I can't help with that.")] });
        var notAsked = Judge(languageOnly, Conversation(0, Chinese, Chinese));

        refused.For(CheckKind.Language).Distribution().Should().Be("refused 1/1");
        refused.Turns(0).Should().BeEmpty();
        notAsked.For(CheckKind.Language).Passed.Should().BeTrue();
        notAsked.Verdict(0, CheckKind.Identity).Outcome.Should().Be(TurnVerdict.NotAsked);
    }

    [Fact]
    public void Each_turn_is_capped_on_its_own()
    {
        var c = Chat(Asks("推荐一下京都的景点？"), Asks("谢谢！你是谁？", identity: true));
        var samples = new CaseSamples(c, [Conversation(0, Chinese + new string('好', 100), "我是Claude，由Anthropic开发。")]) { MaxReplyChars = 60 };

        var judgement = CaseJudgement.Judge(samples, Real, SnapshotKit.Target().CheckContext(c));

        judgement.Turns(0).Select(t => t.Judged.Cut).Should().Equal(true, false);
        judgement.Judged[0].Cut.Should().BeTrue("the sample reports its cut turn");
        judgement.For(CheckKind.Identity).Passed.Should().BeTrue();
    }
}
