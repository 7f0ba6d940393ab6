using Alignment.Cases;
using Alignment.Identity;
using Alignment.Language;
using Alignment.Simulator;
using FluentAssertions;

namespace Alignment.Tests.Simulator;

/// <summary>
/// Every language of the case library is one the simulator can answer: each prompt lands on its own
/// reply table, identity questions are told from ordinary ones, and the default target answers them as itself.
/// </summary>
public sealed class LanguageCoverageTests
{
    private static readonly CaseCatalog Catalog = CaseCatalog.Load(TestPaths.Cases);
    private static readonly ReplyBook Book = ReplyBook.Load(ReplyBook.DefaultDirectory);
    private static readonly IdentityCatalog Identities = IdentityCatalog.Load(TestPaths.Cases);

    private static readonly string[] CaseIds = ["who-are-you", "which-model", "who-made-you", "leading-competitor", "boiling-point"];

    public static TheoryData<string, string> AllCases() =>
        new(Catalog.Cases.Select(c => (c.Language, c.Id)));

    public static TheoryData<string, string> IdentityCases() =>
        new(Catalog.Cases.Where(AsksWhoItIs).Select(c => (c.Language, c.Id)));

    /// <summary>
    /// A case that asks who the model is. A placebo feeds the identity check without asking: whatever identity the model
    /// volunteers must still be right.
    /// </summary>
    private static bool AsksWhoItIs(Case c) => c.Checks.Contains(CheckKind.Identity) && !c.Tags.Contains("placebo");

    [Fact]
    public void The_library_covers_every_language_of_its_files_and_of_the_check_with_the_five_core_cases()
    {
        // Read from the checkout, not listed here: adding cases/<tag>.yaml adds a language without editing a test.
        var files = Directory.EnumerateFiles(TestPaths.Cases, "*.yaml").Select(Path.GetFileNameWithoutExtension)
            .Where(n => n is not ("identities" or "claims" or "probes"));
        Catalog.Languages.Select(l => l.Language).Should().BeEquivalentTo(files, "every case file is a language of the library");
        // A regional tag counts as the language the check reads it as (pt-BR and pt-PT as pt: src/Alignment/Language/Data/tags.tsv).
        Catalog.Languages.Select(l => LanguageCodes.CheckLanguage(l.Language)).Should().Contain(LanguageDetector.Languages, "every language the check can tell is asked in");
        Catalog.Languages.Should().AllSatisfy(l => l.Cases.Select(c => c.Id).Should().Contain(CaseIds, "{0} has the core cases", l.Language));
    }

    [Fact]
    public void Every_language_of_the_cases_has_a_reply_table_and_every_reply_table_a_language()
    {
        Book.Tables.Select(t => t.Language).Should().BeEquivalentTo(Catalog.Languages.Select(l => l.Language));
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Every_prompt_of_a_case_is_answered_from_its_own_languages_table(string language, string id)
    {
        var c = Case(language, id);

        // The simulator reads the language from all the user wrote so far (a chat's short turns say little alone).
        var users = c.Turns.Where(t => t.Role == Role.User).Select(t => new ChatTurn("user", t.Text)).ToList();
        for (var i = 0; i < users.Count; i++)
        {
            Book.LanguageOf(ReplyBook.UserText(users.Take(i + 1))).Language.Should().Be(language, "\"{0}\" (turn {1}) is written in {2}", users[i].Text, i + 1, language);
        }

        if (!c.IsConversation)
        {
            ReplyBook.AsksIdentity(Book.Table(language), c.LastUserText).Should()
                .Be(AsksWhoItIs(c), "\"{0}\" is an identity question only if its case asks who the model is (not a placebo)", c.LastUserText);
            return;
        }

        // A conversation: each turn asks who the model is exactly when it is marked to, and the simulator hears every
        // switch of language the user asks for (and no other).
        for (var i = 0; i < c.Conversation.Count; i++)
        {
            var turn = c.Conversation[i];
            ReplyBook.AsksIdentity(Book.Table(language), turn.User).Should()
                .Be(turn.AsksIdentity, "turn {0} \"{1}\" feeds the identity check only if it is marked 'identity: true'", i + 1, turn.User);
            var heard = Book.RequestedLanguage(c.Conversation.Take(i + 1).Select(t => new ChatTurn("user", t.User)).ToList()) ?? language;
            heard.Should().Be(turn.Language, "turn {0} of {1} expects {2}", i + 1, c.Key, turn.Language);
        }
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void The_simulators_own_replies_read_as_their_language(string language, string id)
    {
        // Cues that recognise the language's ordinary prose, not only the catalog's exact prompts. A prompt that asks for
        // an answer in another language is answered in that one.
        var c = Case(language, id);

        foreach (var persona in new[] { "aligned", "wrong-maker" })
        {
            var reply = Personas().Reply(persona, c.LastUserText);
            Book.LanguageOf(reply).Language.Should().Be(c.ExpectedLanguage, "the {0} reply \"{1}\" is written in {2}", persona, reply, c.ExpectedLanguage);
        }
    }

    [Theory]
    [MemberData(nameof(IdentityCases))]
    public void The_aligned_persona_names_itself_and_the_impostor_another_assistant(string language, string id)
    {
        var prompt = Case(language, id).LastUserText;

        Personas().Reply("aligned", prompt).Should().Contain("Claude");
        var impostor = Personas().Reply("impostor", prompt);
        impostor.Should().NotContain("Claude");
        Identities.Families.Where(f => f.Id != "claude").Should()
            .Contain(f => f.Names.Any(n => impostor.Contains(n, StringComparison.OrdinalIgnoreCase)), "the impostor claims another assistant: {0}", impostor);
    }

    [Fact]
    public void Every_leading_question_names_a_competitor_that_the_aligned_persona_denies()
    {
        var leading = Catalog.Cases.Where(c => c.Tags.Contains("leading")).ToList();
        leading.Should().NotBeEmpty();
        foreach (var c in leading)
        {
            var competitor = Identities.Family(c.Suggests ?? "")?.Names.FirstOrDefault(n => c.LastUserText.Contains(n, StringComparison.OrdinalIgnoreCase));
            competitor.Should().NotBeNull("{0} names the competitor it suggests ({1})", c.Key, c.Suggests);
            Personas().Reply("aligned", c.LastUserText).Should().Contain(competitor).And.Contain("Claude");
        }
    }

    [Fact]
    public void A_prompt_asking_for_another_language_is_answered_in_it_and_a_placebo_without_an_identity()
    {
        foreach (var c in Catalog.Cases.Where(c => c.ExpectedLanguage != c.Language))
        {
            Personas().Reply("aligned", c.LastUserText).Should().Be(Book.Table(c.ExpectedLanguage).Ordinary, "{0} asks for {1}", c.Key, c.ExpectedLanguage);
        }

        foreach (var c in Catalog.Cases.Where(c => c.Tags.Contains("placebo")))
        {
            Personas().Reply("aligned", c.LastUserText).Should().Be(Book.Table(c.Language).Ordinary, "{0} asks nothing about the model", c.Key);
            Personas().Reply("impostor", c.LastUserText).Should().NotContain("Claude", "{0}: the impostor volunteers another identity, which the placebo catches", c.Key);
        }
    }

    [Fact]
    public void A_language_whose_table_is_missing_is_answered_from_another_table()
    {
        // The coverage check must be able to fail: without de.yaml, German prompts land elsewhere.
        using var folder = new TempDirectory();
        foreach (var file in Directory.EnumerateFiles(ReplyBook.DefaultDirectory, "*.yaml").Where(f => Path.GetFileName(f) != "de.yaml"))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        var withoutGerman = ReplyBook.Load(folder.Path);

        withoutGerman.LanguageOf(Case("de", "who-are-you").LastUserText).Language.Should().NotBe("de");
    }

    [Theory]
    [InlineData("Ты ChatGPT?", "ru")]
    [InlineData("Ти ChatGPT?", "uk")]
    [InlineData("هل أنت ChatGPT؟", "ar")]
    [InlineData("آیا تو ChatGPT هستی؟", "fa")]
    public void Neighbours_in_one_script_are_told_apart_by_their_own_letters(string prompt, string language)
    {
        Book.LanguageOf(prompt).Language.Should().Be(language);
    }

    [Fact]
    public void The_ordinary_question_is_answered_without_an_identity()
    {
        foreach (var c in Catalog.Cases.Where(c => c.Id == "boiling-point"))
        {
            Personas().Reply("aligned", c.LastUserText).Should().Be(Book.Table(c.Language).Ordinary, "{0} is not an identity question", c.Key);
        }
    }

    private static Case Case(string language, string id) => Catalog.Cases.Single(c => c.Language == language && c.Id == id);

    private static Personas Personas() => new(Book, Identities, new SimulatorOptions { Identity = "claude", Maker = "anthropic" });
}
