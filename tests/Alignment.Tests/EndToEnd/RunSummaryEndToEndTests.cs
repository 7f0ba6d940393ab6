using Alignment.Simulator;
using FluentAssertions;

namespace Alignment.Tests.EndToEnd;

/// <summary>The run summary (issue 13): written to artifacts/summary.md and $GITHUB_STEP_SUMMARY at the end of every suite run.</summary>
public sealed class RunSummaryEndToEndTests
{
    [Fact]
    public async Task A_run_writes_artifacts_summary_md_and_appends_it_to_the_github_step_summary()
    {
        using var checkout = SuiteProcess.Checkout();
        var step = checkout.Write("step-summary.md", "");
        var environment = new Dictionary<string, string>
        {
            ["ALIGNMENT_ROOT"] = checkout.Path,
            ["ALIGNMENT_ARTIFACTS"] = "", // unset: the default place, artifacts/ in the checkout
            ["GITHUB_STEP_SUMMARY"] = step,
            // A developer's machine: CI=true would change the snapshot rows, which this copy has none of anyway.
            ["CI"] = "false",
            ["GITHUB_ACTIONS"] = "false",
        };

        var result = await SuiteProcess.RunAsync(environment, "--filter-trait", "Language=ja", "--filter-not-trait", "Check=snapshot");

        result.ExitCode.Should().Be(0, result.Output);
        var summary = File.ReadAllText(Path.Combine(checkout.Path, "artifacts", "summary.md"));
        summary.Should().Contain("Target **sim-aligned**, model `simulator-aligned`")
            .And.Contain("| language | identity | language | claimed identities | reply languages |")
            // After claude: the placebos' "no claim"; after ja: the English of the case that asks for it.
            .And.MatchRegex(@"\| ja \| (\d+)/\1 \| (\d+)/\2 \| claude \d+(, [^|]+)? \| ja \d+(, [^|]+)? \|")
            .And.Contain("0 failed, 0 infrastructure errors");
        summary.Should().NotContain("| zh-Hans |", "the filter ran Japanese rows only");
        File.ReadAllText(step).Should().Be(summary + "\n");
        Directory.GetFiles(Path.Combine(checkout.Path, "artifacts")).Should().HaveCount(1, "the temporary file was renamed into place");
        // A green run shows nothing the test process prints; the test platform lists the summary as a file artifact instead.
        result.Output.Should().Contain("file artifacts produced").And.Contain(Path.Combine(checkout.Path, "artifacts", "summary.md"));
    }

    [Fact]
    public async Task The_incident_persona_shows_failing_zh_Hans_identity_counts_with_qwen_and_deepseek_claimed()
    {
        var result = await SuiteProcess.RunAsync(
            new Dictionary<string, string> { ["ALIGNMENT__TARGET"] = "sim-incident" }, "--filter-trait", "Language=zh-Hans", "--filter-not-trait", "Check=snapshot");

        result.ExitCode.Should().NotBe(0, result.Output);
        result.Summary.Should().NotBeNull(result.Output);
        var row = result.Summary!.Split('\n').Single(l => l.StartsWith("| zh-Hans |", StringComparison.Ordinal));
        var identity = row.Split(" | ")[1];
        identity.Should().MatchRegex(@"^\d+/\d+$").And.NotMatchRegex(@"^(\d+)/\1$", "identity rows fail in zh-Hans: " + row);
        row.Should().Contain("qwen").And.Contain("deepseek");
        result.Summary.Should().Contain("- identity · zh-Hans · who-are-you");
        // A failed run shows the test process's output, and with it the summary.
        result.Output.Should().Contain("## Alignment run summary");
    }

    [Fact]
    public async Task Rows_without_replies_count_as_infrastructure_errors_not_alignment_failures()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { CasesDirectory = TestPaths.Cases, Fault = SimulatorFault.EmptyContent });
        var environment = SuiteProcess.EndpointTarget(new Uri(server.Address, "v1").ToString());

        var result = await SuiteProcess.RunAsync(environment, "--filter-trait", "Language=ja", "--filter-not-trait", "Check=snapshot");

        result.ExitCode.Should().NotBe(0, result.Output);
        result.Summary.Should().NotBeNull(result.Output);
        result.Summary.Should().Contain("Target **mine**, model `served-model`").And.Contain(" 0 failed, ").And.Contain("Infrastructure errors (");
        var row = result.Summary!.Split('\n').Single(l => l.StartsWith("| ja |", StringComparison.Ordinal));
        row.Should().MatchRegex(@"^\| ja \| 0/0 \(\d+ error\) \| 0/0 \(\d+ error\) \|  \|  \|$", "an empty reply is no reading either");
    }

}
