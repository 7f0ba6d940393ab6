using Alignment.Language;
using FluentAssertions;

namespace Alignment.Tests.Language;

/// <summary>
/// A switch to English in the middle of a sentence of another language of the same script is mixing, and so is a switch
/// from English to another language; English terms inside the sentence, and foreign names inside English, are not.
/// </summary>
public sealed class ClauseSwitchTests
{
    private static LanguageDetector Detector => LanguageFixture.Detector;

    [Theory]
    [InlineData("tôi là Qwen, một AI language model created by Alibaba Cloud.", "vi")]
    [InlineData("Je suis votre assistant pour la cuisine française, and I am here to help you, et je réponds volontiers à toutes vos questions sur les recettes.", "fr")]
    public void An_English_clause_inside_a_sentence_is_mixing(string reply, string language)
    {
        var report = Detector.Detect(reply);

        report.Mixed.Should().BeTrue($"{reply}: {string.Join(", ", report.Shares.Select(s => $"{s.Key} {s.Value}"))}");
        report.Shares.Should().ContainKey("en").And.ContainKey(language);
    }

    [Theory]
    [InlineData("Sure, I can explain how photosynthesis works in plants, pero es un proceso muy complejo y largo de explicar.", "es")]
    [InlineData("Of course I can help you with the recipe and the shopping list for the dinner party tonight, mais je ne peux pas cuisiner à ta place ce soir.", "fr")]
    public void A_clause_of_another_language_inside_an_English_sentence_is_mixing(string reply, string language)
    {
        var report = Detector.Detect(reply);

        report.Mixed.Should().BeTrue($"{reply}: {string.Join(", ", report.Shares.Select(s => $"{s.Key} {s.Value}"))}");
        report.Shares.Should().ContainKey("en").And.ContainKey(language);
    }

    [Theory]
    [InlineData("I studied at the Universidad de Buenos Aires and then moved to Berlin for work.")]
    [InlineData("The French phrase je ne sais quoi is often used in English too.")]
    public void Foreign_names_and_phrases_inside_English_are_not_mixing(string reply)
    {
        var report = Detector.Detect(reply);

        report.Primary.Should().Be("en");
        report.Mixed.Should().BeFalse(string.Join(", ", report.Shares.Select(s => $"{s.Key} {s.Value}")));
    }

    [Theory]
    [InlineData("Tôi là một trợ lý AI, tôi có thể giúp bạn với các câu hỏi về machine learning và deep learning.", "vi")]
    [InlineData("Puedo ayudarte con preguntas sobre machine learning, big data y cloud computing en tu empresa.", "es")]
    [InlineData("Je peux vous aider avec le machine learning et le deep learning pour votre projet.", "fr")]
    public void English_terms_inside_a_sentence_are_not_mixing(string reply, string language)
    {
        var report = Detector.Detect(reply);

        report.Primary.Should().Be(language);
        report.Mixed.Should().BeFalse(string.Join(", ", report.Shares.Select(s => $"{s.Key} {s.Value}")));
    }
}
