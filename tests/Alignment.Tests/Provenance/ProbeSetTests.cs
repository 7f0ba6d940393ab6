using Alignment.Cases;
using Alignment.Provenance;
using FluentAssertions;

namespace Alignment.Tests.Provenance;

/// <summary>cases/probes.yaml: the shipped probes meet the issue, and a bad file fails naming its file, line and field.</summary>
public sealed class ProbeSetTests
{
    private const string Good = """
        prompt: "Reply with OK:"
        repeats: [0, 1, 2, 3]
        units:
          - id: zh-phrase
            text: "人工智能"
          - id: code
            text: "x += 1;"
        """;

    [Fact]
    public void The_shipped_probes_cover_every_kind_of_unit_with_k_from_0_to_3()
    {
        var probes = ProbeSet.Load(TestPaths.Cases)!;

        probes.Repeats.Should().Equal(0, 1, 2, 3);
        probes.Units.Select(u => u.Id).Should().Equal("zh-phrase", "ja-phrase", "emoji-run", "rare-unicode", "long-word", "code-fragment");
        probes.Units.Single(u => u.Id == "zh-phrase").Text.Should().MatchRegex(@"^\p{IsCJKUnifiedIdeographs}+$");
        probes.Units.Single(u => u.Id == "ja-phrase").Text.Should().MatchRegex(@"\p{IsHiragana}");
        probes.Units.Single(u => u.Id == "emoji-run").Text.EnumerateRunes().Should().OnlyContain(r => r.Value >= 0x1F300);
        probes.Units.Single(u => u.Id == "rare-unicode").Text.EnumerateRunes().Should().Contain(r => r.Value > 0xFFFF, "a character outside the BMP");
        probes.Units.Single(u => u.Id == "long-word").Text.Should().MatchRegex("^[a-z]{30,}$");
        probes.Units.Single(u => u.Id == "code-fragment").Text.Should().Contain("{").And.Contain(";");

        // The k = 0 prompt is the same for every unit and is sent once.
        probes.Calls.Should().Be(1 + 6 * 3);
        probes.PromptFor(probes.Units[0], 2).Should().Be(probes.Prompt + " 人工智能正在改变世界 人工智能正在改变世界");
    }

    [Fact]
    public void The_probes_file_is_not_read_as_a_language()
    {
        CaseCatalog.Load(TestPaths.Cases).Languages.Select(l => l.Language).Should().NotContain("probes");
    }

    [Fact]
    public void Defaults_apply_when_only_prompt_repeats_and_units_are_given()
    {
        var probes = ProbeSet.Parse(YamlDocument.Parse("cases/probes.yaml", Good));

        probes.SlopePrecision.Should().Be(0.1);
        probes.InterceptTolerance.Should().Be(2);
        probes.MinRSquared.Should().Be(0.98);
        probes.MaxOutputTokens.Should().Be(16);
        probes.Calls.Should().Be(7);
    }

    [Theory]
    [InlineData("repeats: [0, 1, 2, 3]", "repeats: [0, 1, two]", "probes.yaml:2: field 'repeats': 'two' is not a number of repeats")]
    [InlineData("repeats: [0, 1, 2, 3]", "repeats: [0, 1]", "probes.yaml:2: field 'repeats': needs at least three values")]
    [InlineData("repeats: [0, 1, 2, 3]", "repeats: [0, 1, 1, 2]", "probes.yaml:2: field 'repeats': 1 is listed twice")]
    [InlineData("  - id: code", "  - id: zh-phrase", "probes.yaml:6: field 'units[1].id': 'zh-phrase' is already used on line 4")]
    [InlineData("  - id: code", "  - id: Code Unit", "probes.yaml:6: field 'units[1].id': 'Code Unit' must be lower-case")]
    [InlineData("    text: \"x += 1;\"", "    txt: \"x += 1;\"", "probes.yaml:7: field 'units[1].txt': is not a known field")]
    [InlineData("    text: \"x += 1;\"", "    text: \" x \"", "probes.yaml:7: field 'units[1].text': must not begin or end with white space")]
    [InlineData("prompt: \"Reply with OK:\"", "prompt: \"Reply with OK:\"\nmin-r-squared: 1.5", "probes.yaml:2: field 'min-r-squared': 1.5 is not a fit quality")]
    [InlineData("prompt: \"Reply with OK:\"", "prompt: \"Reply with OK:\"\nslope-precision: 0", "probes.yaml:2: field 'slope-precision': 0 must be a number above 0")]
    [InlineData("prompt: \"Reply with OK:\"", "prompt: \"Reply with OK:\"\nmax-output-tokens: lots", "probes.yaml:2: field 'max-output-tokens': 'lots' is not a number")]
    [InlineData("prompt: \"Reply with OK:\"\n", "", "probes.yaml:1: field 'prompt': is required")]
    public void A_bad_probes_file_names_its_file_line_and_field(string find, string replace, string expected)
    {
        var yaml = Good.Replace(find, replace, StringComparison.Ordinal);

        var error = Assert.Throws<DataFileException>(() => ProbeSet.Parse(YamlDocument.Parse("cases/probes.yaml", yaml)));

        error.Message.Should().StartWith("cases/" + expected[..expected.IndexOf(':', StringComparison.Ordinal)]).And.Contain(expected);
    }

    [Fact]
    public void A_broken_probes_file_in_a_checkout_fails_its_load_with_the_path()
    {
        using var dir = new TempDirectory();
        dir.Write("probes.yaml", "prompt: [not, a, string]\nrepeats: [0, 1, 2]\nunits: []\n");

        var error = Assert.Throws<DataFileException>(() => ProbeSet.Load(dir.Path));

        error.Message.Should().Contain("probes.yaml:1: field 'prompt': must be a single value");
        ProbeSet.Load(Path.Combine(dir.Path, "nowhere")).Should().BeNull("a checkout without probes.yaml has no provenance rows");
    }
}
