using Alignment.Snapshots;
using Alignment.Tests.Snapshots;
using FluentAssertions;

namespace Alignment.Tests.Cli;

/// <summary>Nothing is approved on CI, from the command line either.</summary>
public sealed class SnapshotsOnCiTests
{
    [Theory]
    [InlineData("CI", "true", "accept")]
    [InlineData("GITHUB_ACTIONS", "true", "accept")]
    [InlineData("CI", "1", "review")]
    [InlineData("GITHUB_ACTIONS", "true", "prune")]
    public async Task Accepting_on_CI_is_refused_and_nothing_changes(string variable, string value, string subcommand)
    {
        using var kit = new SnapshotKit();
        kit.Run(SnapshotMode.Verify, ["我是Claude，由Anthropic开发。", "我是Claude，由Anthropic开发。"]);
        File.Exists(kit.ReceivedPath()).Should().BeTrue("a new snapshot waits for review");
        var environment = new Dictionary<string, string?> { ["ALIGNMENT_ROOT"] = kit.Root, ["CI"] = null, ["GITHUB_ACTIONS"] = null, [variable] = value };

        var (exit, _, error) = await CliProcess.RunAsync(environment, null, "snapshots", subcommand);

        exit.Should().Be(2);
        error.Should().Contain($"alignment snapshots {subcommand} is refused on CI ({variable} is '{value}')");
        File.Exists(kit.ReceivedPath()).Should().BeTrue("nothing was accepted");
        File.Exists(kit.VerifiedPath()).Should().BeFalse();
    }

    [Fact]
    public async Task Locally_accept_still_accepts()
    {
        if (DiffEngine.BuildServerDetector.Detected)
        {
            Assert.Skip("this machine is a build server, so no run here is local");
        }

        using var kit = new SnapshotKit();
        kit.Run(SnapshotMode.Verify, ["我是Claude，由Anthropic开发。", "我是Claude，由Anthropic开发。"]);
        var environment = new Dictionary<string, string?> { ["ALIGNMENT_ROOT"] = kit.Root, ["CI"] = null, ["GITHUB_ACTIONS"] = null };

        var (exit, output, error) = await CliProcess.RunAsync(environment, null, "snapshots", "accept", "--all");

        exit.Should().Be(0, output + error);
        File.Exists(kit.VerifiedPath()).Should().BeTrue();
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData(null, false)]
    public void GITHUB_ACTIONS_alone_counts_as_CI(string? githubActions, bool isCi)
    {
        var detected = ContinuousIntegration.Detect(name => name == "GITHUB_ACTIONS" ? githubActions : null, buildServerDetected: false);

        detected.IsCi.Should().Be(isCi);
    }
}
