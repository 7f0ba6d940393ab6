using Alignment.Identity;
using FluentAssertions;

namespace Alignment.Tests.Identity;

/// <summary>What a name's shape alone says, with the grammar's model and bot words (cases/claims.yaml).</summary>
public sealed class NameShapesTests
{
    private static ClaimGrammar Grammar => Identities.Catalog.Grammar!;

    [Theory]
    [InlineData("PhoGPT", true)]
    [InlineData("SeaLLM", true)]
    [InlineData("TAIDE", true)]
    [InlineData("Dante-LM", true)]
    [InlineData("Ilmu-Bot", true)]
    [InlineData("Кодекс-13B", true)]
    [InlineData("McCarthy", false)]
    [InlineData("MacBride", false)]
    [InlineData("Coca-Cola", false)]
    [InlineData("Jean-Paul", false)]
    [InlineData("Nova", false)]
    public void A_model_is_told_by_digits_inner_capitals_acronyms_or_a_hyphenated_tail(string name, bool shaped)
    {
        NameShapes.ModelShaped(Grammar, name).Should().Be(shaped);
    }

    [Theory]
    [InlineData("BharatGPT", true)]
    [InlineData("MedBot-7B", true)]
    [InlineData("Kumru 2B", true)]
    [InlineData("PostgreSQL", false)]
    [InlineData("iPhone 15", false)]
    [InlineData("GPT", false)]
    public void Only_a_model_bears_a_model_suffix_after_small_letters_or_a_size_in_billions(string name, bool models)
    {
        NameShapes.ModelsOwnName(Grammar, name).Should().Be(models);
    }

    [Theory]
    [InlineData("SaludIA", true)]
    [InlineData("DoutorBot", true)]
    [InlineData("ZorgWijzer-AI", true)]
    [InlineData("SağlıkRehberi AI", true)]
    [InlineData("집밥봇", true)]
    [InlineData("레시피봇", true)]
    [InlineData("로봇", false)]
    [InlineData("AI", false)]
    [InlineData("Thai", false)]
    [InlineData("Robot", false)]
    public void A_bot_is_told_by_a_bot_word_written_onto_its_name_or_after_it(string name, bool bot)
    {
        NameShapes.BotsOwnName(Grammar, name).Should().Be(bot);
    }
}
