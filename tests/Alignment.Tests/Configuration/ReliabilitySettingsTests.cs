using Alignment.Configuration;
using Alignment.Targets;
using FluentAssertions;
using static Alignment.Tests.Sampling.StatisticsTests;

namespace Alignment.Tests.Configuration;

public sealed class ReliabilitySettingsTests
{
    [Fact]
    public void The_bounds_have_stated_defaults()
    {
        var target = Resolve();
        target.RunTimeout.Should().BeNull();
        target.MaxRetryAfter.Should().Be(TimeSpan.FromSeconds(120));
        target.RetryBudget.Should().Be(100);
        target.MaxReplyChars.Should().Be(50_000);
    }

    [Fact]
    public void The_bounds_are_read_from_the_target_and_reach_the_retry_settings()
    {
        var target = Resolve(("RunTimeoutSeconds", "600"), ("MaxRetryAfterSeconds", "0"), ("RetryBudget", "7"), ("MaxReplyChars", "1000"));
        target.RunTimeout.Should().Be(TimeSpan.FromMinutes(10));
        target.MaxReplyChars.Should().Be(1000);

        var retry = RetrySettings.For(target);
        retry.MaxRetryAfter.Should().Be(TimeSpan.Zero);
        retry.Budget.Should().Be(7);
        retry.Target.Should().Be("t");
    }

    [Theory]
    [InlineData("RunTimeoutSeconds", "0", "*Alignment:Targets:t:RunTimeoutSeconds is 0; it must be above 0 seconds*")]
    [InlineData("TimeoutSeconds", "-1", "*Alignment:Targets:t:TimeoutSeconds is -1; it must be between 0.01 and 86400 seconds*")]
    [InlineData("TimeoutSeconds", "100000", "*Alignment:Targets:t:TimeoutSeconds is 100000; it must be between 0.01 and 86400 seconds*")]
    [InlineData("MaxRetryAfterSeconds", "-5", "*Alignment:Targets:t:MaxRetryAfterSeconds is -5; it must be 0 or more seconds*")]
    [InlineData("RetryBudget", "-1", "*Alignment:Targets:t:RetryBudget is -1; it must be 0 or more*")]
    [InlineData("MaxReplyChars", "0", "*Alignment:Targets:t:MaxReplyChars is 0; it must be at least 1*")]
    public void A_bound_that_cannot_work_is_rejected_naming_the_key(string key, string value, string message)
    {
        var resolve = () => Resolve((key, value));
        resolve.Should().Throw<TargetConfigurationException>().WithMessage(message);
    }
}
