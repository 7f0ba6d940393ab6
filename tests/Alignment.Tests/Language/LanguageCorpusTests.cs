using Alignment.Corpora;
using Alignment.Language;
using FluentAssertions;

namespace Alignment.Tests.Language;

/// <summary>
/// The check on the committed corpus (corpus/language, built by tools/language/build-corpus.mjs from the UDHR and
/// Debian message catalogs, none of it seen by the n-gram model). The floors sit a little under what
/// bench/README.md reports, so a regression fails here and the benchmark tells by how much.
/// </summary>
public sealed class LanguageCorpusTests
{
    private static LanguageScore Run(string name) =>
        LanguageCorpus.Score(LanguageFixture.Detector, LanguageCorpus.Load(LanguageFixture.Root, name));

    [Fact]
    public void Single_sentences_are_right_in_every_language_of_the_corpus()
    {
        var score = Run(LanguageCorpus.Sentences);

        score.PerLanguage.Keys.Should().BeSubsetOf(LanguageDetector.Languages, "the corpus measures languages the check can tell");
        score.Accuracy.Should().BeGreaterThanOrEqualTo(0.995, "issue 6's goal");
        score.PerLanguage.Should().AllSatisfy(l => LanguageScore.Rate(l.Value.Right, l.Value.All).Should().BeGreaterThanOrEqualTo(0.97, l.Key));
    }

    [Fact]
    public void Replies_with_names_code_urls_and_numbers_are_right()
    {
        Run(LanguageCorpus.Replies).Accuracy.Should().BeGreaterThanOrEqualTo(0.995, "issue 6's goal");
    }

    // Real model replies collected for the identity check: text nobody tuned the language check on.
    [Fact]
    public void Real_model_replies_are_in_their_labelled_language()
    {
        var rows = LanguageCorpus.LoadRealReplies(LanguageFixture.Root);

        LanguageCorpus.Score(LanguageFixture.Detector, rows).Accuracy.Should().BeGreaterThanOrEqualTo(0.98);
    }

    // Short replies are where letters say least: the word lists (Data/words) carry them.
    [Fact]
    public void Short_replies_of_four_words_are_right()
    {
        var rows = LanguageCorpus.FirstWords(LanguageCorpus.Load(LanguageFixture.Root, LanguageCorpus.Sentences), 4);

        rows.Should().HaveCountGreaterThan(4000);
        LanguageCorpus.Score(LanguageFixture.Detector, rows).Accuracy.Should().BeGreaterThanOrEqualTo(0.985);
    }

    // A different genre (fortune cookies, manual pages, desktop help) from Debian packages, never tuned on:
    // measured 99.92% (7594/7600, 19 languages, bench/README.md); the floor sits about one point under.
    [Fact]
    public void Held_out_prose_is_in_its_labelled_language()
    {
        var score = Run(LanguageCorpus.HeldOut);

        score.PerLanguage.Should().HaveCountGreaterThanOrEqualTo(19);
        score.Accuracy.Should().BeGreaterThanOrEqualTo(0.9888);
    }

    [Fact]
    public void Simplified_and_Traditional_are_right_where_telling_characters_exist()
    {
        var score = Run(LanguageCorpus.Sentences);

        score.Standard.All.Should().BeGreaterThan(500);
        LanguageScore.Rate(score.Standard.Right, score.Standard.All).Should().BeGreaterThanOrEqualTo(0.99);
    }

    [Fact]
    public void Half_and_half_replies_are_flagged_and_one_language_paragraphs_are_not()
    {
        var mixed = Run(LanguageCorpus.MixedRows);
        var paragraphs = Run(LanguageCorpus.Paragraphs);

        LanguageScore.Rate(mixed.MixedRecall.Flagged, mixed.MixedRecall.All).Should().BeGreaterThanOrEqualTo(0.95);
        LanguageScore.Rate(paragraphs.FalseAlarms.Flagged, paragraphs.FalseAlarms.All).Should().BeLessThanOrEqualTo(0.01);
    }
}
