using Alignment.Cli.Commands;
using FluentAssertions;

namespace Alignment.Tests.Language;

/// <summary>The language part of `alignment classify`: {"primary", "shares", "mixed"}, a public interface.</summary>
public sealed class ClassifyLanguageTests
{
    private static readonly ClassifyCommand.Classifier Classifier = new(LanguageFixture.Identities);

    [Fact]
    public void Reports_primary_shares_and_mixed()
    {
        var language = Classifier.Classify("""{"id":"1","text":"我是Claude，由Anthropic开发的人工智能助手。","lang":"zh-Hans"}""")["language"]!;

        language.ToJsonString().Should().Be("""{"primary":"zh-Hans","shares":{"zh-Hans":1},"mixed":false}""");
    }

    [Fact]
    public void A_half_English_reply_is_mixed_with_both_shares()
    {
        var language = Classifier.Classify("""{"text":"水在标准大气压下的沸点是一百摄氏度。Water boils at a lower temperature at altitude."}""")["language"]!;

        language["mixed"]!.GetValue<bool>().Should().BeTrue();
        language["shares"]!.AsObject().Select(s => s.Key).Should().BeEquivalentTo("zh-Hans", "en");
    }

    [Fact]
    public void No_prose_gives_a_null_primary()
    {
        var language = Classifier.Classify("""{"text":"`git status`"}""")["language"]!;

        language.ToJsonString().Should().Be("""{"primary":null,"shares":{},"mixed":false}""");
    }
}
