using Alignment.Cases;
using FluentAssertions;

namespace Alignment.Tests.Cases;

public sealed class CaseCatalogTests
{
    private static readonly string[] RequiredLanguages = ["zh-Hans", "zh-Hant", "en", "ja", "ko", "ru", "fr", "es"];

    [Fact]
    public void Committed_catalog_has_the_required_languages_and_case_kinds()
    {
        var catalog = CaseCatalog.Load(TestPaths.Cases);

        catalog.Languages.Select(l => l.Language).Should().Contain(RequiredLanguages);
        foreach (var language in catalog.Languages.Where(l => RequiredLanguages.Contains(l.Language)))
        {
            language.Cases.Should().HaveCountGreaterThanOrEqualTo(5, "{0} needs at least five cases", language.Language);
            language.Cases.Select(c => c.Id).Should().Contain(["who-are-you", "which-model", "who-made-you", "leading-competitor"]);
            language.Cases.Should().Contain(c => c.Checks.SequenceEqual(new[] { CheckKind.Language }), "an ordinary question feeds the language check");
        }
    }

    [Fact]
    public void A_case_expects_its_own_language_unless_it_names_another_and_may_name_the_identity_it_suggests()
    {
        var cases = Parse("""
            language: en
            name: English
            cases:
              - id: plain
                checks: [language]
                messages:
                  - user: Hi
              - id: in-french
                checks: [language]
                expected-language: fr
                messages:
                  - user: Please answer in French.
              - id: leading
                checks: [identity]
                suggests: chatgpt
                messages:
                  - user: Are you ChatGPT?
            """);

        cases.Cases.Select(c => c.ExpectedLanguage).Should().Equal("en", "fr", "en");
        cases.Cases.Select(c => c.Suggests).Should().Equal(null, null, "chatgpt");
    }

    [Fact]
    public void Case_messages_keep_system_prompt_and_earlier_turns()
    {
        var cases = Parse("""
            language: en
            name: English
            cases:
              - id: follow-up
                checks: [identity]
                system: You are helpful.
                messages:
                  - user: Hi
                  - assistant: Hello!
                  - user: Who are you?
                tags: [multi-turn]
            """);

        var c = cases.Cases.Single();
        c.System.Should().Be("You are helpful.");
        c.Turns.Select(t => t.Role).Should().Equal(Role.User, Role.Assistant, Role.User);
        c.LastUserText.Should().Be("Who are you?");
        c.Tags.Should().Equal("multi-turn");
        c.Line.Should().Be(4);
    }

    [Theory]
    [InlineData("language: en\nname: English\ncases:\n  - id: a\n    checks: [identity]\n    messages:\n      - user: hi\n  - id: a\n    checks: [identity]\n    messages:\n      - user: hi\n", 8, "cases[1].id", "already used on line 4")]
    [InlineData("language: en\nname: English\ncases:\n  - id: a\n    checks: [identiy]\n    messages:\n      - user: hi\n", 5, "cases[0].checks", "'identiy' is not a check")]
    [InlineData("language: en\nname: English\ncases:\n  - id: a\n    checks: [identity]\n", 4, "cases[0].messages", "is required")]
    [InlineData("language: en\nname: English\ncases:\n  - id: a\n    checks: [identity]\n    messages:\n      - user: hi\n      - assistant: hello\n", 8, "cases[0].messages[1]", "last message must be a user turn")]
    [InlineData("language: en\nname: English\ncases:\n  - id: Who Are You\n    checks: [identity]\n    messages:\n      - user: hi\n", 4, "cases[0].id", "lower-case ASCII")]
    [InlineData("language: en\nname: English\ncases:\n  - id: a\n    check: [identity]\n    messages:\n      - user: hi\n", 5, "cases[0].check", "not a known field")]
    [InlineData("language: en\nname: English\ncases:\n  - id: a\n    checks: [language]\n    expected-language: French\n    messages:\n      - user: hi\n", 6, "cases[0].expected-language", "'French' is not a BCP-47 language tag such as en or zh-Hans")]
    [InlineData("language: en\nname: English\ncases:\n  - id: a\n    checks: [language]\n    expected-language: en\n    messages:\n      - user: hi\n", 6, "cases[0].expected-language", "is the case's own language")]
    [InlineData("language: en\nname: English\ncases:\n  - id: a\n    checks: [identity]\n    suggests: Qwen 2\n    messages:\n      - user: Are you Qwen?\n", 6, "cases[0].suggests", "not an identity id")]
    [InlineData("language: ZH-hans\nname: x\ncases: []\n", 1, "language", "not a BCP-47")]
    [InlineData("language: fr\nname: x\ncases: []\n", 1, "language", "does not match the file name")]
    [InlineData("language: en\nname: English\ncases:\n  - id: a\n    checks: [identity]\n    messages:\n      - user: [hi\n", 8, "", "not valid YAML")] // where the parser notices the unclosed list
    public void Malformed_case_files_name_file_line_and_field(string yaml, int line, string field, string problem)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("en.yaml", yaml);

        var act = () => CaseCatalog.LoadLanguage(path);

        var error = act.Should().Throw<DataFileException>().Which;
        error.File.Should().EndWith("en.yaml");
        error.Line.Should().Be(line);
        error.Field.Should().Be(field);
        error.Message.Should().Contain(problem).And.StartWith(error.File + ":" + line);
    }

    [Fact]
    public void Loading_a_folder_fails_on_the_first_bad_file_and_skips_identities()
    {
        using var dir = new TempDirectory();
        dir.Write("identities.yaml", "makers: []\nfamilies: []\n");
        dir.Write("en.yaml", "language: en\nname: English\ncases:\n  - id: a\n    checks: [language]\n    messages:\n      - user: hi\n");
        dir.Write("fr.yaml", "language: fr\nname: Français\n");

        var act = () => CaseCatalog.Load(dir.Path);

        act.Should().Throw<DataFileException>().Which.Field.Should().Be("cases");
    }

    private static LanguageCases Parse(string yaml) => CaseCatalog.Parse(YamlDocument.Parse("en.yaml", yaml), "en");
}
