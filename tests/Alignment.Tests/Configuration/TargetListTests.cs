using Alignment.Configuration;
using FluentAssertions;
using Microsoft.Extensions.Configuration;

namespace Alignment.Tests.Configuration;

/// <summary>Alignment:Target may name several targets (issue 13): a comma-separated value, or an array in alignment.json.</summary>
public sealed class TargetListTests
{
    [Theory]
    [InlineData(null, new[] { "sim-aligned" })]
    [InlineData("", new[] { "sim-aligned" })]
    [InlineData(" , ,", new[] { "sim-aligned" })]
    [InlineData("sim-incident", new[] { "sim-incident" })]
    [InlineData(" sim-incident ", new[] { "sim-incident" })]
    [InlineData("sim-aligned,sim-incident", new[] { "sim-aligned", "sim-incident" })]
    [InlineData("sim-aligned, ,sim-incident,", new[] { "sim-aligned", "sim-incident" })]
    [InlineData("sim-incident,sim-aligned,SIM-INCIDENT,sim-aligned", new[] { "sim-incident", "sim-aligned" })]
    public void One_several_blanks_and_duplicates(string? value, string[] expected) =>
        TargetList.Parse(value).Should().Equal(expected);

    [Fact]
    public void The_environment_variable_holds_a_comma_separated_list()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Alignment:Target"] = "sim-aligned" })
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ALIGNMENT__TARGET"] = "sim-aligned,sim-incident" })
            .Build();
        // What AddEnvironmentVariables makes of ALIGNMENT__TARGET: the key Alignment:Target, which overrides alignment.json.
        var environment = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Alignment:Target"] = "sim-aligned" })
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Alignment:Target"] = "sim-aligned,sim-incident" })
            .Build();

        TargetList.Parse(configuration).Should().Equal("sim-aligned");
        TargetList.Parse(environment).Should().Equal("sim-aligned", "sim-incident");
    }

    [Fact]
    public void An_array_in_the_configuration_file_names_several_targets()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("alignment.json", """{ "Alignment": { "Target": ["sim-aligned", " ", "sim-incident", "sim-aligned"] } }""");
        var configuration = new ConfigurationBuilder().AddJsonFile(file).Build();

        TargetList.Parse(configuration).Should().Equal("sim-aligned", "sim-incident");
    }

    [Fact]
    public void Unknown_names_are_the_ones_not_defined_under_targets_ignoring_case()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(TestPaths.Root, "alignment.json")).Build();
        var defined = AlignmentConfiguration.Settings(configuration).Targets.Keys;

        TargetList.Unknown(TargetList.Parse("SIM-ALIGNED,bogus,sim-incident,nope"), defined).Should().Equal("bogus", "nope");
        TargetList.Unknown(TargetList.Parse("sim-aligned,sim-incident"), defined).Should().BeEmpty();
    }
}
