using Alignment.Language;
using FluentAssertions;

namespace Alignment.Tests.Language;

/// <summary>The generated word lists (tools/language/gen-words.mjs → src/Alignment/Language/Data/words).</summary>
public sealed class WordFrequenciesTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("es")]
    [InlineData("pt")]
    [InlineData("it")]
    [InlineData("vi")]
    [InlineData("id")]
    [InlineData("tr")]
    [InlineData("pl")]
    [InlineData("nl")]
    [InlineData("ru")]
    [InlineData("uk")]
    [InlineData("ar")]
    [InlineData("fa")]
    public void Every_language_of_a_shared_script_has_a_list_of_distinct_words(string language)
    {
        var words = LanguageData.ReadLines($"words.{language}.txt.gz").ToList();

        words.Should().HaveCount(5000).And.OnlyHaveUniqueItems();
        words.Should().OnlyContain(w => w.All(char.IsLetter), "the detector looks up runs of letters");
    }

    // Ukrainian subtitles carry Russian lines; the generator drops what Ukrainian spelling does not accept.
    [Fact]
    public void The_Ukrainian_list_holds_no_Russian_only_words()
    {
        var ukrainian = LanguageData.ReadLines("words.uk.txt.gz").ToHashSet();
        var russian = LanguageData.ReadLines("words.ru.txt.gz").ToHashSet();
        string[] russianOnly = ["что", "как", "это", "меня", "тебя", "нет"];

        russian.Should().Contain(russianOnly);
        ukrainian.Should().NotContain(russianOnly);
        ukrainian.Should().Contain(["що", "як", "це", "мене", "тебе", "ні"]);
    }
}
