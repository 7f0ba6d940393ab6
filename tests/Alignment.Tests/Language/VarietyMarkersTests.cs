using Alignment.Language;
using FluentAssertions;

namespace Alignment.Tests.Language;

/// <summary>The marker tables as data: the shipped ones load, and a bad row is named by file, line and field.</summary>
public sealed class VarietyMarkersTests
{
    private static VarietyMarkers Load(string markers) =>
        new(name => new StringReader(name == "varieties.tsv" ? "# model\tmacrolanguage\tvarieties\nid\tmsa\tms id\n" : markers));

    [Fact]
    public void The_shipped_tables_tell_Malay_and_Indonesian()
    {
        VarietyMarkers.Shared.Varieties.Should().BeEquivalentTo(["ms", "id"]);
        VarietyMarkers.Shared.Splits("id").Should().BeTrue();
        VarietyMarkers.Shared.Splits("ms").Should().BeFalse("the model reads id; ms is told after it");
    }

    [Fact]
    public void A_table_tells_by_weights_and_names_the_words()
    {
        var markers = Load("# word\tvariety\n-nya\tclitic\nboleh\tms\tfw\t0.5\nkerana\tms\tfw\nbisa\tid\tfw\n");

        markers.Tell("id", ["kerana boleh bisa"]).Should().BeEquivalentTo(new VarietyVerdict("msa", []), "1.5 against 1 is not twofold");
        markers.Tell("id", ["kerananya boleh"]).Should().BeEquivalentTo(new VarietyVerdict("ms", ["kerana", "boleh"]));
        markers.Tell("id", ["bisa bisa"]).Should().BeEquivalentTo(new VarietyVerdict("id", ["bisa"]));
    }

    [Theory]
    [InlineData("# header\nboleh\tmy\tfw\n", "Language data Data/varieties/msa.tsv line 2: the variety (second column) must be one of ms, id.")]
    [InlineData("boleh\tms\tfw\tmuch\n", "Language data Data/varieties/msa.tsv line 1: the weight (fourth column) must be a positive number, not 'much'.")]
    [InlineData("boleh\tms\nkerana\tms\nboleh\tid\n", "Language data Data/varieties/msa.tsv line 3: 'boleh' is listed twice.")]
    public void A_bad_row_names_its_file_line_and_field(string markers, string message)
    {
        var load = () => Load(markers);

        load.Should().Throw<InvalidOperationException>().WithMessage(message);
    }
}
