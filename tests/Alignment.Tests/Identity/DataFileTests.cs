using Alignment.Cases;
using Alignment.Identity;
using FluentAssertions;

namespace Alignment.Tests.Identity;

/// <summary>identities.yaml and claims.yaml: the shipped files meet the issue, broken ones fail with file, line and field.</summary>
public sealed class DataFileTests
{
    private static readonly string[] IssueFamilies =
    [
        "claude", "chatgpt", "gemini", "qwen", "deepseek", "ernie", "glm", "kimi", "doubao", "llama", "mistral", "grok", "hunyuan",
        "minimax", "yi", "baichuan", "step", "ling", "mimo", "copilot", "nemotron", "minicpm", "phi", "command", "spark",
    ];

    private static readonly string[] IssueLanguages = ["zh-Hans", "zh-Hant", "en", "ja", "ko", "ru", "fr", "de", "es", "pt-BR", "pt-PT", "vi", "ar"];

    [Fact]
    public void The_catalog_has_every_family_of_the_issue_with_makers()
    {
        var catalog = Identities.Catalog;

        catalog.Families.Select(f => f.Id).Should().Contain(IssueFamilies);
        catalog.Families.Should().OnlyContain(f => f.Makers.Count > 0 && f.Names.Count > 0);
    }

    [Theory]
    [InlineData("claude", "克劳德", "克勞德", "クロード", "클로드", "Клод")]
    [InlineData("qwen", "通义千问", "通義千問", "千问", "Tongyi Qianwen")]
    [InlineData("glm", "智谱清言", "ChatGLM")]
    [InlineData("kimi", "Kimi")]
    [InlineData("hunyuan", "混元", "元宝")]
    [InlineData("spark", "讯飞星火")]
    [InlineData("minimax", "MiniMax", "海螺")]
    public void Families_have_their_aliases_in_many_scripts(string family, params string[] names)
    {
        Identities.Catalog.Family(family)!.Names.Should().Contain(names);
    }

    [Theory]
    [InlineData("deepseek", "深度求索")]
    [InlineData("moonshot", "月之暗面")]
    [InlineData("stepfun", "阶跃星辰")]
    [InlineData("alibaba", "阿里巴巴")]
    public void Makers_have_their_aliases(string maker, string name)
    {
        Identities.Catalog.Maker(maker)!.Names.Should().Contain(name);
    }

    [Fact]
    public void The_grammar_covers_the_languages_of_the_issue()
    {
        Identities.Catalog.Grammar!.Languages.Should().Contain(IssueLanguages);
    }

    [Fact]
    public void Claims_yaml_is_not_read_as_a_language_of_cases()
    {
        CaseCatalog.Load(RepoPaths.Cases(Identities.Root)).Languages.Select(l => l.Language).Should().NotContain(["claims", "identities"]);
    }

    [Fact]
    public void A_maker_family_that_the_maker_does_not_make_is_an_error()
    {
        const string yaml = """
            makers:
              - id: google
                family: qwen
                names: [Google]
            families:
              - id: gemini
                names: [Gemini]
                makers: [google]
            """;

        var error = Assert.Throws<DataFileException>(() => IdentityCatalog.Parse(YamlDocument.Parse("identities.yaml", yaml)));

        error.Message.Should().Contain("identities.yaml:3").And.Contain("makers[0].family");
    }

    [Fact]
    public void An_unknown_list_in_the_grammar_is_an_error_naming_line_and_field()
    {
        const string yaml = """
            settings:
              max-gap: 60
            languages:
              - language: en
                self: [i am]
                selfish: [me]
            """;

        var error = Assert.Throws<DataFileException>(() => ClaimGrammar.Parse(YamlDocument.Parse("claims.yaml", yaml)));

        error.Message.Should().Contain("claims.yaml:6").And.Contain("languages[0].selfish");
    }

    [Fact]
    public void A_bad_setting_in_the_grammar_is_an_error()
    {
        const string yaml = """
            settings:
              max-gap: lots
            languages:
              - language: en
                self: [i am]
            """;

        var error = Assert.Throws<DataFileException>(() => ClaimGrammar.Parse(YamlDocument.Parse("claims.yaml", yaml)));

        error.Message.Should().Contain("max-gap");
    }

    /// <summary>Lists of single letters (a name's closing particle, a letter that only describes) reject longer entries.</summary>
    [Theory]
    [InlineData("name-ends", "[的话]", "的话")]
    [InlineData("description-letters", "[的, 一种]", "一种")]
    public void A_letter_list_entry_that_is_not_one_letter_is_an_error(string key, string list, string bad)
    {
        var yaml = $"""
            settings:
              max-gap: 60
            languages:
              - language: zh-Hans
                self: [我是]
                {key}: {list}
            """;

        var error = Assert.Throws<DataFileException>(() => ClaimGrammar.Parse(YamlDocument.Parse("claims.yaml", yaml)));

        error.Message.Should().Contain("claims.yaml:6").And.Contain(key).And.Contain($"'{bad}'");
    }

    [Theory]
    [InlineData("zh-Hans", "我是一个名叫小明的机器人。", "other:小明")]
    [InlineData("zh-Hans", "我是魔搭的人工智能助手小黄。", "other:小黄")]
    [InlineData("ja", "私はGoogleのノヴァです。", "other:ノヴァ")]
    public void A_name_ends_at_the_languages_particle(string language, string reply, string claim)
    {
        var reading = Identities.Classifier.Classify(reply, language);

        reading.ClaimedFamilies.Should().Equal(claim);
    }

    [Fact]
    public void Scripts_come_from_the_unicode_data_with_its_extensions()
    {
        FoldedText.IsKatakana('ー').Should().BeTrue("the prolonged sound mark is Common, used with katakana");
        FoldedText.IsKana('。').Should().BeFalse("Chinese ends sentences with it too");
        FoldedText.IsHiragana('の').Should().BeTrue();
        FoldedText.HasNoWordBreaks('ก').Should().BeTrue();
        FoldedText.HasNoWordBreaks('한').Should().BeFalse();
        FoldedText.SameAlphabet('و', 'g').Should().BeFalse("Arabic attaches its prefixes to a Latin name");
        FoldedText.SameAlphabet('م', '\u064F').Should().BeTrue("a harakat mark is Inherited, used with Arabic");
        FoldedText.SameAlphabet('4', 'o').Should().BeTrue();
        FoldedText.IsCyrillic('Д').Should().BeTrue();
    }

    [Fact]
    public void A_hyphen_or_en_dash_set_off_by_spaces_after_a_word_reads_as_a_dash_and_a_bullet_stays_as_it_is()
    {
        new FoldedText("Я - Клавдий\n- item\n  - sub, 3 - 5").Folded.Should().Be("я — клавдий\n- item\n  - sub, 3 — 5");
        new FoldedText("Ich bin Nova – Ihre Assistentin\n– Regenjacke").Folded.Should().Be("ich bin nova — ihre assistentin\n– regenjacke");
    }

    [Fact]
    public void The_words_that_make_a_name_a_bots_are_read_from_the_grammar()
    {
        const string reply = "MedDroid recommends checking with a pharmacist before combining ibuprofen with lisinopril.";
        var path = Path.Combine(TestPaths.Cases, ClaimGrammar.FileName);
        var yaml = File.ReadAllText(path);
        yaml.Should().Contain("bot-suffixes: [AI, KI, IA, Bot]");
        var grammar = ClaimGrammar.Parse(YamlDocument.Parse(path, yaml.Replace("bot-suffixes: [AI, KI, IA, Bot]", "bot-suffixes: [AI, KI, IA, Bot, Droid]")));
        var withDroid = new IdentityClassifier(Identities.Catalog.With(grammar));

        Identities.Classifier.Judge(reply, "en", "claude", "anthropic").Outcome.Should().Be(IdentityOutcome.NoClaim);
        var judgement = withDroid.Judge(reply, "en", "claude", "anthropic");
        judgement.Outcome.Should().Be(IdentityOutcome.Uncertain, judgement.Explanation);
        judgement.Explanation.Should().Contain("«MedDroid»");
    }

    [Fact]
    public void A_classifier_without_its_grammar_says_which_file_is_missing()
    {
        var catalog = IdentityCatalog.Parse(YamlDocument.Parse("identities.yaml", "makers: [{id: a, names: [A]}]\nfamilies: [{id: f, names: [F], makers: [a]}]"));

        var error = Assert.Throws<InvalidOperationException>(() => new IdentityClassifier(catalog));

        error.Message.Should().Contain("claims.yaml");
    }
}
