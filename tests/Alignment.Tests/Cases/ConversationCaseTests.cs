using Alignment.Cases;
using FluentAssertions;

namespace Alignment.Tests.Cases;

/// <summary>The YAML form of a live conversation: user turns only, a per-turn identity marker and expected language.</summary>
public sealed class ConversationCaseTests
{
    private const string Head = "language: zh-Hans\nname: 简体中文\ncases:\n";

    [Fact]
    public void A_conversation_holds_its_user_turns_with_their_expected_language_and_identity_marker()
    {
        var cases = Parse(Head + """
              - id: switch-chat
                checks: [identity, language]
                tags: [conversation]
                system: "You are a helpful assistant."
                conversation:
                  - user: "周末想去京都玩，有什么推荐？"
                  - user: "我在练英语，接下来请用英文回答我。"
                    language: en
                  - user: "那里的交通方便吗？"
                  - user: "好了，换回中文吧。你是谁？"
                    language: zh-Hans
                    identity: true
            """);

        var c = cases.Cases.Single();
        c.IsConversation.Should().BeTrue();
        c.System.Should().Be("You are a helpful assistant.");
        c.Conversation.Select(t => t.Language).Should().Equal("zh-Hans", "en", "en", "zh-Hans");
        c.Conversation.Select(t => t.SetsLanguage).Should().Equal(false, true, false, true);
        c.Conversation.Select(t => t.AsksIdentity).Should().Equal(false, false, false, true);
        c.Conversation.Select(t => t.Line).Should().Equal(9, 10, 12, 13);
        c.Turns.Should().OnlyContain(t => t.Role == Role.User, "the assistant turns are the model's own, added as the conversation runs");
        c.LastUserText.Should().Be("好了，换回中文吧。你是谁？");
    }

    [Fact]
    public void A_case_of_scripted_messages_is_no_conversation()
    {
        var c = Parse(Head + "  - id: a\n    checks: [language]\n    messages:\n      - user: 你好\n      - assistant: 你好！\n      - user: 谢谢\n").Cases.Single();

        c.IsConversation.Should().BeFalse();
        c.Conversation.Should().BeEmpty();
        c.Turns.Select(t => t.Role).Should().Equal(Role.User, Role.Assistant, Role.User);
    }

    [Fact]
    public void The_committed_conversations_parse_and_each_ends_by_asking_or_switches_language()
    {
        var conversations = CaseCatalog.Load(TestPaths.Cases).Cases.Where(c => c.IsConversation).ToList();

        conversations.Select(c => c.Language).Should().Contain(["zh-Hans", "en", "ja", "ko"]);
        conversations.Should().OnlyContain(c => c.Conversation.Count >= 2);
        conversations.Should().Contain(c => c.Conversation.Any(t => t.SetsLanguage && t.Language != c.Language), "some conversation switches language");
        conversations.Should().Contain(c => c.Conversation.Count >= 6 && c.Conversation.Last().AsksIdentity, "some ordinary chat ends by asking who the model is");
    }

    [Theory]
    [InlineData("  - id: a\n    checks: [language]\n    conversation:\n      - user: 你好\n      - user: 谢谢\n    messages:\n      - user: hi\n",
        7, "cases[0].conversation", "either 'messages'")]
    [InlineData("  - id: a\n    checks: [language]\n    conversation:\n      - user: 你好\n",
        7, "cases[0].conversation", "at least two user turns")]
    [InlineData("  - id: a\n    checks: [language]\n    conversation:\n      - user: 你好\n      - assistant: 你好！\n",
        8, "cases[0].conversation[1].assistant", "model's own replies")]
    [InlineData("  - id: a\n    checks: [language]\n    conversation:\n      - user: 你好\n      - user: 请用英文\n        language: English\n",
        9, "cases[0].conversation[1].language", "'English' is not a BCP-47")]
    [InlineData("  - id: a\n    checks: [identity, language]\n    conversation:\n      - user: 你好\n      - user: 你是谁？\n        identity: yes\n",
        9, "cases[0].conversation[1].identity", "'yes' is not true or false")]
    [InlineData("  - id: a\n    checks: [language]\n    conversation:\n      - user: 你好\n      - user: 你是谁？\n        identity: true\n",
        9, "cases[0].conversation[1].identity", "checks do not include identity")]
    [InlineData("  - id: a\n    checks: [identity, language]\n    conversation:\n      - user: 你好\n      - user: 你是谁？\n",
        5, "cases[0].checks", "no turn is")]
    [InlineData("  - id: a\n    checks: [language]\n    conversation:\n      - user: 你好\n      - usr: 你是谁？\n",
        8, "cases[0].conversation[1].usr", "not a known field (known: user, language, identity)")]
    [InlineData("  - id: a\n    checks: [language]\n    conversation:\n      - user: 你好\n      - language: en\n",
        8, "cases[0].conversation[1].user", "is required")]
    [InlineData("  - id: a\n    checks: [language]\n    conversation: 你好\n",
        6, "cases[0].conversation", "must be a list")]
    public void A_malformed_conversation_names_file_line_and_field(string cases, int line, string field, string problem)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("zh-Hans.yaml", Head + cases);

        var act = () => CaseCatalog.LoadLanguage(path);

        var error = act.Should().Throw<DataFileException>().Which;
        error.File.Should().EndWith("zh-Hans.yaml");
        (error.Line, error.Field).Should().Be((line, field));
        error.Message.Should().StartWith($"{error.File}:{line}: field '{field}': ").And.Contain(problem);
    }

    private static LanguageCases Parse(string yaml) => CaseCatalog.Parse(YamlDocument.Parse("zh-Hans.yaml", yaml), "zh-Hans");
}
