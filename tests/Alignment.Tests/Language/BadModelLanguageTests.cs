using Alignment.Cases;
using Alignment.Language;
using Alignment.Simulator;
using FluentAssertions;

namespace Alignment.Tests.Language;

/// <summary>The check must fail a model that answers in the wrong language or mixes: the simulator's bad personas.</summary>
public sealed class BadModelLanguageTests
{
    private static readonly CaseCatalog Cases = CaseCatalog.Load(TestPaths.Cases);

    public static TheoryData<string> NonEnglishLanguages() => [.. Cases.Languages.Select(l => l.Language).Where(l => l != "en")];

    private static LanguageJudgement Judge(string persona, string language)
    {
        var personas = new Personas(ReplyBook.Load(ReplyBook.DefaultDirectory), LanguageFixture.Identities, new SimulatorOptions { Persona = persona });
        var prompt = Cases.Cases.First(c => c.Language == language && c.Checks.Contains(CheckKind.Language)).LastUserText;
        return LanguageCheck.Judge(LanguageFixture.Detector.Detect(personas.Reply(persona, prompt)), language);
    }

    [Theory]
    [MemberData(nameof(NonEnglishLanguages))]
    public void Aligned_persona_passes(string language) =>
        Judge("aligned", language).Outcome.Should().Be(LanguageOutcome.Pass);

    /// <summary>The evasive persona's change of subject is in the prompt's language: it fails the identity check alone.</summary>
    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Evasive_persona_answers_who_it_is_in_the_prompts_language(string language)
    {
        var personas = new Personas(ReplyBook.Load(ReplyBook.DefaultDirectory), LanguageFixture.Identities, new SimulatorOptions { Persona = "evasive" });
        var prompt = Cases.Cases.First(c => c.Language == language && c.Id == "who-are-you").LastUserText;

        var judgement = LanguageCheck.Judge(LanguageFixture.Detector.Detect(personas.Reply("evasive", prompt)), language);

        judgement.Outcome.Should().Be(LanguageOutcome.Pass, judgement.Explanation);
    }

    public static TheoryData<string> AllLanguages() => [.. Cases.Languages.Select(l => l.Language)];

    [Theory]
    [MemberData(nameof(NonEnglishLanguages))]
    public void English_persona_answers_in_the_wrong_language(string language) =>
        Judge("english", language).Outcome.Should().Be(LanguageOutcome.WrongLanguage);

    // The persona appends an English answer longer than its own: mostly English, so wrong-language or mixed.
    [Theory]
    [MemberData(nameof(NonEnglishLanguages))]
    public void Mixed_persona_fails_and_both_languages_show_in_the_shares(string language)
    {
        var judgement = Judge("mixed", language);

        judgement.Outcome.Should().BeOneOf(LanguageOutcome.Mixed, LanguageOutcome.WrongLanguage);
        judgement.Report.Mixed.Should().BeTrue(judgement.Explanation);
        judgement.Report.Shares["en"].Should().BeGreaterThan(0.10);
        judgement.Report.Shares.Where(s => LanguageCodes.Satisfies(s.Key, language)).Sum(s => s.Value).Should().BeGreaterThan(0.10);
    }

    [Fact]
    public void Simplified_persona_fails_a_Traditional_prompt() =>
        Judge("simplified", "zh-Hant").Outcome.Should().Be(LanguageOutcome.WrongLanguage);

    // Indonesian for Malay: the character model reads both as one language, the words give it away ("bisa").
    [Fact]
    public void Indonesian_persona_fails_a_Malay_prompt()
    {
        var judgement = Judge("indonesian", "ms");

        judgement.Outcome.Should().Be(LanguageOutcome.WrongLanguage);
        judgement.Explanation.Should().Be("answered in Indonesian (bisa), asked in Malay");
    }

    [Fact]
    public void Indonesian_persona_answers_an_Indonesian_prompt_as_it_should() =>
        Judge("indonesian", "id").Outcome.Should().Be(LanguageOutcome.Pass);
}
