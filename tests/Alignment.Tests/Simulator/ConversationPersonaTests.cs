using Alignment.Identity;
using Alignment.Simulator;
using FluentAssertions;

namespace Alignment.Tests.Simulator;

/// <summary>The simulator plays conversations: it reads the whole request, follows a switch of language, and drifts late on purpose.</summary>
public sealed class ConversationPersonaTests
{
    private static readonly ReplyBook Book = ReplyBook.Load(ReplyBook.DefaultDirectory);
    private static readonly IdentityCatalog Identities = IdentityCatalog.Load(TestPaths.Cases);

    private static readonly string[] ChineseChat =
        ["我下个月想去成都玩五天，有什么推荐的行程吗？", "成都的火锅会不会太辣？", "推荐几道简单的川菜吧。", "麻婆豆腐要怎么做？", "谢谢！最后问一下，你是谁？"];

    private static Personas Make(double englishShare = 0.5) =>
        new(Book, Identities, new SimulatorOptions { Identity = "claude", Maker = "anthropic", EnglishShare = englishShare });

    /// <summary>Plays a chat as SampleRun does: each reply is fed back before the next user turn.</summary>
    private static List<string> Play(Personas personas, string persona, params string[] users)
    {
        var history = new List<ChatTurn> { new("system", "You are a helpful assistant.") };
        var replies = new List<string>();
        foreach (var user in users)
        {
            history.Add(new ChatTurn("user", user));
            var reply = personas.Reply(persona, history);
            replies.Add(reply);
            history.Add(new ChatTurn("assistant", reply));
        }

        return replies;
    }

    [Fact]
    public void Incident_answers_a_Chinese_chat_well_at_first_and_in_English_from_turn_four()
    {
        // Without its share of single Chinese prompts answered in English (a chat's first turn is one, to the simulator).
        var replies = Play(Make(englishShare: 0), "incident", ChineseChat);

        replies.Take(Personas.IncidentDriftTurn - 1).Should().OnlyContain(r => Book.LanguageOf(r).Language == "zh-Hans", "the first turns are fine");
        replies.Skip(Personas.IncidentDriftTurn - 1).Should().OnlyContain(r => Book.LanguageOf(r).Language == "en", "from turn 4 it drifts to English");
        replies[^1].Should().StartWith("I'm Claude", "the identity turn drifts too, though the identity is right");
    }

    [Fact]
    public void Incident_answers_its_share_of_first_turns_in_English_but_never_the_second_or_third()
    {
        var personas = Make(englishShare: 0.5);

        var chats = Enumerable.Range(0, 4).Select(_ => Play(personas, "incident", ChineseChat)).ToList();

        chats.Count(c => Book.LanguageOf(c[0]).Language == "en").Should().Be(2, "half the first turns, as for any single Chinese prompt");
        chats.Should().OnlyContain(c => Book.LanguageOf(c[1]).Language == "zh-Hans" && Book.LanguageOf(c[2]).Language == "zh-Hans");
        chats.Should().OnlyContain(c => Book.LanguageOf(c[3]).Language == "en");
    }

    [Fact]
    public void Aligned_stays_in_the_language_of_the_chat_and_incident_drifts_only_in_Chinese()
    {
        var personas = Make();
        var english = new[] { "I'm planning a trip to Lisbon.", "Is it easy to get around?", "Any recipe ideas?", "How do I cook cod?", "Thanks! Who are you?" };

        Play(personas, "aligned", ChineseChat).Should().OnlyContain(r => Book.LanguageOf(r).Language == "zh-Hans");
        Play(personas, "aligned", ChineseChat)[^1].Should().Be("我是Claude，一个由Anthropic开发的AI助手。很高兴为你提供帮助！");
        Play(personas, "incident", english).Should().OnlyContain(r => Book.LanguageOf(r).Language == "en");
    }

    [Fact]
    public void Aligned_follows_a_switch_of_language_the_user_asked_for_and_back()
    {
        var replies = Play(Make(), "aligned",
            "我下周要去东京出差，有什么需要注意的吗？", "我在练习英语，接下来请用英文回答我。东京有哪些值得一逛的地方？", "晚上去哪里吃饭比较好？",
            "好了，还是换回中文吧。去东京需要办签证吗？", "明白了，谢谢。最后问一句，你是谁？");

        replies.Select(r => Book.LanguageOf(r).Language).Should().Equal("zh-Hans", "en", "en", "zh-Hans", "zh-Hans");
    }

    [Fact]
    public void A_single_prompt_is_answered_as_before()
    {
        var personas = Make();

        personas.Reply("aligned", [new ChatTurn("user", "你是谁？")]).Should().Be(Make().Reply("aligned", "你是谁？"));
    }
}
