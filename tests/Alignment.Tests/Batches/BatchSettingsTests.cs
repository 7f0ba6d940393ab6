using Alignment.Configuration;
using FluentAssertions;
using Microsoft.Extensions.Configuration;

namespace Alignment.Tests.Batches;

/// <summary>Alignment:Targets:&lt;name&gt;:Mode and Alignment:BatchWaitMinutes: a bad value fails once, naming the key.</summary>
public sealed class BatchSettingsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] extra)
    {
        var values = new Dictionary<string, string?>
        {
            ["Alignment:Targets:t:Provider"] = "simulator",
            ["Alignment:Targets:t:Identity"] = "claude",
        };
        foreach (var (key, value) in extra)
        {
            values[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    [Theory]
    [InlineData(null, TargetMode.Live)]
    [InlineData("live", TargetMode.Live)]
    [InlineData("batch", TargetMode.Batch)]
    [InlineData(" Batch ", TargetMode.Batch)]
    public void Mode_is_live_by_default_or_batch(string? value, TargetMode expected)
    {
        var configuration = value is null ? Configuration() : Configuration(("Alignment:Targets:t:Mode", value));

        ResolvedTarget.Resolve(configuration, "t").Mode.Should().Be(expected);
    }

    [Fact]
    public void A_bad_mode_is_an_error_naming_the_key_the_value_and_what_to_set()
    {
        var act = () => ResolvedTarget.Resolve(Configuration(("Alignment:Targets:t:Mode", "bulk")), "t");

        act.Should().Throw<TargetConfigurationException>()
            .WithMessage("Alignment:Targets:t:Mode is 'bulk'; use live*or batch*ALIGNMENT__TARGETS__t__MODE=batch*");
    }

    [Fact]
    public void Batch_mode_with_the_cache_off_is_an_error_since_results_come_through_the_cache()
    {
        var act = () => ResolvedTarget.Resolve(Configuration(("Alignment:Targets:t:Mode", "batch"), ("ALIGNMENT_CACHE", "off")), "t");

        act.Should().Throw<TargetConfigurationException>().WithMessage("Alignment:Targets:t:Mode is batch, but ALIGNMENT_CACHE is off*");
    }

    [Theory]
    [InlineData(null, 1440)]
    [InlineData("0", 0)]
    [InlineData("90", 90)]
    [InlineData("0.5", 0.5)]
    public void BatchWaitMinutes_is_a_day_by_default_and_zero_submits_and_ends(string? value, double minutes)
    {
        var configuration = value is null ? Configuration() : Configuration((BatchWait.Key, value));

        BatchWait.From(configuration).Should().Be(TimeSpan.FromMinutes(minutes));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("1e9")]
    public void A_bad_BatchWaitMinutes_is_an_error_naming_the_key(string value)
    {
        var act = () => BatchWait.From(Configuration((BatchWait.Key, value)));

        act.Should().Throw<TargetConfigurationException>().WithMessage($"Alignment:BatchWaitMinutes is '{value}'; give the minutes*ALIGNMENT__BATCHWAITMINUTES=60");
    }
}
