using System.Text;
using Alignment.Cases;
using FluentAssertions;

namespace Alignment.Tests.Cases;

/// <summary>The case loader on hostile input: every problem is a DataFileException naming the file, never a crash.</summary>
public sealed class CaseLoaderHostileInputTests
{
    [Theory]
    [InlineData("\"nl-id\\n\"")]
    [InlineData("\"who-are-you\\n\"")]
    [InlineData("|\n      who-are-you\n")]
    public void A_case_id_with_a_trailing_newline_is_rejected(string id)
    {
        var parse = () => Parse($"language: en\nname: English\ncases:\n  - id: {id}\n    checks: [identity]\n    messages:\n      - user: Who are you?\n");

        parse.Should().Throw<DataFileException>().WithMessage("cases/en.yaml:4: field 'cases[0].id': * must be lower-case ASCII letters, digits and dashes*");
    }

    [Fact]
    public void A_language_tag_with_a_trailing_newline_is_rejected()
    {
        var parse = () => CaseCatalog.Parse(YamlDocument.Parse("cases/en.yaml", "language: \"en\\n\"\nname: English\ncases: []\n"), "en");

        parse.Should().Throw<DataFileException>().WithMessage("*field 'language'*not a BCP-47 language tag*");
    }

    [Theory]
    [InlineData(20_000)]
    [InlineData(50_000)]
    public void Deep_nesting_fails_with_an_error_naming_the_file_not_a_stack_overflow(int levels)
    {
        var flow = "language: en\nname: English\ncases: " + new string('[', levels) + new string(']', levels) + "\n";
        var block = "language: en\nname: English\ncases:\n" + string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i + 1) + "- \n"));

        foreach (var text in new[] { flow, block, "a: " + new string('{', levels) })
        {
            var parse = () => Parse(text);
            parse.Should().Throw<DataFileException>().WithMessage("cases/en.yaml:*nested deeper than 64 levels*");
        }
    }

    [Fact]
    public void Fuzz_random_input_only_ever_fails_as_a_data_file_error()
    {
        var random = new Random(7);
        string[] pieces = ["language: en\n", "name: x\n", "cases:\n", "  - id: a\n", "    checks: [identity]\n", "    messages:\n", "      - user: hi\n",
            "[", "]", "{", "}", ":", "- ", "&a ", "*a ", "!!binary ", "? ", "|", ">", "\"", "'", "\\u", "\ud800", "\u0000", "\u202e", "\t", "\n", "  ", "%YAML 1.1\n", "---\n", "...\n", "<<: *a\n"];
        for (var i = 0; i < 500; i++)
        {
            var text = i % 4 == 0
                ? Encoding.UTF8.GetString(Enumerable.Range(0, random.Next(1, 300)).Select(_ => (byte)random.Next(0, 256)).ToArray())
                : string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
            try
            {
                Parse(text);
            }
            catch (DataFileException e)
            {
                e.Message.Should().StartWith("cases/en.yaml:");
            }
        }
    }

    private static LanguageCases Parse(string text) => CaseCatalog.Parse(YamlDocument.Parse("cases/en.yaml", text), "en");
}
