using Alignment.Cases;
using Alignment.Identity;
using Alignment.Language;
using Alignment.Simulator;
using FluentAssertions;

namespace Alignment.Tests.Cases;

/// <summary>
/// The committed case library as a whole: it parses, every language asks the same questions of every kind, and every
/// language, expected language and suggested identity is one the checks and the simulator know. Nothing here lists the
/// languages or the kinds: they are read from cases/, so adding a language or a kind needs no edit here.
/// </summary>
public sealed class CaseLibraryTests
{
    private static readonly CaseCatalog Catalog = CaseCatalog.Load(TestPaths.Cases);
    private static readonly IdentityCatalog Identities = IdentityCatalog.Load(TestPaths.Cases);

    /// <summary>The kind a case stands for in per-language rates: its tags, e.g. "identity leading" or "placebo".</summary>
    private static string Kind(Case c) => string.Join(' ', c.Tags);

    public static TheoryData<string> CaseFiles() =>
        new(Directory.EnumerateFiles(TestPaths.Cases, "*.yaml").Select(Path.GetFileName).OfType<string>()
            .Where(n => n is not ("identities.yaml" or "claims.yaml" or "probes.yaml")).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void Every_case_file_parses(string file)
    {
        var language = CaseCatalog.LoadLanguage(Path.Combine(TestPaths.Cases, file));

        language.Cases.Should().NotBeEmpty();
    }

    [Fact]
    public void Case_ids_are_unique_and_every_case_has_a_kind()
    {
        Catalog.Cases.Select(c => c.Key).Should().OnlyHaveUniqueItems();
        Catalog.Cases.Should().AllSatisfy(c => c.Tags.Should().NotBeEmpty("{0} needs tags: they name its kind", c.Key));
    }

    [Fact]
    public void Every_language_asks_the_same_questions_so_its_rates_compare()
    {
        var all = Catalog.Cases.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        foreach (var language in Catalog.Languages)
        {
            all.Except(language.Cases.Select(c => c.Id)).Should().BeEmpty("cases/{0}.yaml must have every case id some language has", language.Language);
        }
    }

    [Fact]
    public void Every_language_covers_every_kind_with_at_least_twelve_cases()
    {
        var kinds = Catalog.Cases.Select(Kind).ToHashSet(StringComparer.Ordinal);
        kinds.Count.Should().BeGreaterThan(1);

        foreach (var language in Catalog.Languages)
        {
            kinds.Except(language.Cases.Select(Kind)).Should().BeEmpty("cases/{0}.yaml must cover every kind of case (its tags)", language.Language);
            language.Cases.Should().HaveCountGreaterThanOrEqualTo(12, "{0} needs at least twelve cases", language.Language);
        }
    }

    [Fact]
    public void A_case_of_one_kind_is_the_same_kind_in_every_language()
    {
        foreach (var group in Catalog.Cases.GroupBy(c => c.Id))
        {
            group.Select(Kind).Distinct().Should().ContainSingle("case '{0}' must have the same tags in every language", group.Key);
            group.Select(c => string.Join(',', c.Checks)).Distinct().Should().ContainSingle("case '{0}' must feed the same checks in every language", group.Key);
        }
    }

    [Fact]
    public void Every_language_and_expected_language_is_one_the_language_check_tells()
    {
        foreach (var c in Catalog.Cases)
        {
            // A regional tag or a language the check tells as another (src/Alignment/Language/Data/tags.tsv) counts as its check language.
            LanguageDetector.Languages.Should().Contain(LanguageCodes.CheckLanguage(c.Language), "{0}: the language check must know the case's language", c.Key);
            LanguageDetector.Languages.Should().Contain(LanguageCodes.CheckLanguage(c.ExpectedLanguage), "{0}: the language check must know the language the replies must be in", c.Key);
        }
    }

    [Fact]
    public void A_prompt_that_asks_for_another_language_expects_it_and_only_feeds_the_language_check()
    {
        var asking = Catalog.Cases.Where(c => c.ExpectedLanguage != c.Language).ToList();

        asking.Should().NotBeEmpty();
        asking.Should().AllSatisfy(c => c.Checks.Should().Equal([CheckKind.Language], "{0} asks for an answer in {1}", c.Key, c.ExpectedLanguage));
    }

    [Fact]
    public void Every_leading_or_suggestive_prompt_names_the_identity_it_suggests_and_that_identity_is_listed()
    {
        // The kinds that put an identity to the model carry `suggests:`; a case carrying it is of such a kind.
        var suggesting = Catalog.Cases.Where(c => c.Suggests is not null).ToList();
        var kinds = suggesting.Select(Kind).ToHashSet(StringComparer.Ordinal);
        suggesting.Should().NotBeEmpty();

        foreach (var c in Catalog.Cases.Where(c => kinds.Contains(Kind(c))))
        {
            c.Suggests.Should().NotBeNull("{0} is a {1} case: name the identity it suggests in `suggests:`", c.Key, Kind(c));
            var names = Identities.Family(c.Suggests!) is { } family ? family.Names.Concat(family.ClaimOnlyNames)
                : Identities.Maker(c.Suggests!) is { } maker ? maker.Names
                : null;
            names.Should().NotBeNull("{0} suggests '{1}', which is neither a family nor a maker in cases/identities.yaml", c.Key, c.Suggests);
            names!.Should().Contain(n => c.LastUserText.Contains(n, StringComparison.OrdinalIgnoreCase),
                "{0}: the prompt \"{1}\" must name '{2}' as cases/identities.yaml writes it", c.Key, c.LastUserText, c.Suggests);
        }
    }

    [Fact]
    public void The_three_leading_questions_of_a_language_name_three_different_assistants()
    {
        foreach (var language in Catalog.Languages)
        {
            var leading = language.Cases.Where(c => c.Tags.Contains("leading")).ToList();
            leading.Should().HaveCountGreaterThanOrEqualTo(3, "{0} names the three likeliest confusions of its market", language.Language);
            leading.Select(c => c.Suggests).Should().OnlyHaveUniqueItems("{0} names each confusion once", language.Language);
        }
    }

    [Fact]
    public void Every_language_has_claim_grammar_and_simulator_replies()
    {
        Problems(TestPaths.Cases, ReplyBook.DirectoryIn(TestPaths.Root)).Should().BeEmpty();
    }

    [Fact]
    public void A_language_without_claim_grammar_or_simulator_replies_is_an_error_that_says_what_to_add()
    {
        using var checkout = new TempDirectory();
        var cases = Path.Combine(checkout.Path, "cases");
        var replies = Path.Combine(checkout.Path, "replies");
        Directory.CreateDirectory(replies);
        foreach (var file in new[] { "identities.yaml", "claims.yaml", "en.yaml" })
        {
            checkout.Write(Path.Combine("cases", file), File.ReadAllText(Path.Combine(TestPaths.Cases, file)));
        }

        foreach (var file in new[] { "en.yaml", "fr.yaml" })
        {
            // en's replies answer a prompt asking for French from fr's.
            File.Copy(Path.Combine(ReplyBook.DirectoryIn(TestPaths.Root), file), Path.Combine(replies, file));
        }
        checkout.Write(Path.Combine("cases", "qaa.yaml"), "language: qaa\nname: Test\ncases:\n  - id: who-are-you\n    checks: [identity]\n    messages:\n      - user: \"?\"\n");

        Problems(cases, replies).Should().BeEquivalentTo(
            "cases/qaa.yaml: no claim grammar for qaa; add an entry `- language: qaa` under `languages:` in cases/claims.yaml (first person, negation, made-by, hedges)",
            "cases/qaa.yaml: no simulator replies for qaa; add src/Alignment.Simulator/replies/qaa.yaml (cues, identity-cues, self, deny, ordinary, wrong-maker, impostors)");
    }

    /// <summary>What a language of the case library lacks, each as a sentence that says what to add.</summary>
    private static List<string> Problems(string cases, string replies)
    {
        var grammar = ClaimGrammar.Load(cases).Languages;
        var book = ReplyBook.Load(replies).Tables.Select(t => t.Language).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var language in CaseCatalog.Load(cases).Languages.Select(l => l.Language))
        {
            if (!grammar.Contains(language))
            {
                problems.Add($"cases/{language}.yaml: no claim grammar for {language}; add an entry `- language: {language}` under `languages:` in cases/claims.yaml (first person, negation, made-by, hedges)");
            }

            if (!book.Contains(language))
            {
                problems.Add($"cases/{language}.yaml: no simulator replies for {language}; add src/Alignment.Simulator/replies/{language}.yaml (cues, identity-cues, self, deny, ordinary, wrong-maker, impostors)");
            }
        }

        return problems;
    }
}
