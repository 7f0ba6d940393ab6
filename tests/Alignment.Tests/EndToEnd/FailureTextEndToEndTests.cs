using Alignment.Simulator;
using FluentAssertions;

namespace Alignment.Tests.EndToEnd;

/// <summary>What a person reads when rows fail: the message, not the machinery (issue 13, "clean failure text").</summary>
public sealed class FailureTextEndToEndTests
{
    private static readonly string[] ChineseChecks = ["--filter-trait", "Language=zh-Hans", "--filter-not-trait", "Check=snapshot"];

    [Fact]
    public async Task A_failing_row_prints_its_message_without_stack_frames_or_exception_type_names()
    {
        var result = await SuiteProcess.RunAsync(new Dictionary<string, string> { ["ALIGNMENT__TARGET"] = "sim-incident" }, ChineseChecks);

        result.ExitCode.Should().NotBe(0, result.Output);
        var row = result.Block("failed identity · zh-Hans · who-are-you");
        row.Should().Contain("Expected replies to \"zh-Hans/who-are-you\" to claim to be claude made by anthropic, but");
        row.Should().Contain("distribution:").And.Contain("worst replies:");
        result.Output.Should().NotContain("FluentAssertions").And.NotContain("XunitException").And.NotContain("RowFailure");
        result.Output.Split('\n').Should().NotContain(line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal), "no stack frame is printed");
    }

    [Fact]
    public async Task Display_names_read_check_language_case_without_repeated_arguments()
    {
        var result = await SuiteProcess.RunAsync(new Dictionary<string, string>(), "--filter-trait", "Language=ja");

        result.Output.Should().Contain("passed identity · ja · who-are-you (").And.NotContain("caseId:");
    }

    [Fact]
    public async Task A_run_level_reason_is_printed_once_and_the_rows_it_empties_point_to_it()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { CasesDirectory = TestPaths.Cases, FailStatus = 401 });
        var environment = new Dictionary<string, string>
        {
            ["ALIGNMENT__TARGET"] = "mine",
            ["ALIGNMENT__TARGETS__mine__PROVIDER"] = "anthropic",
            ["ALIGNMENT__TARGETS__mine__ENDPOINT"] = server.Address.ToString(),
            ["ALIGNMENT__TARGETS__mine__MODEL"] = "served-model",
            ["ALIGNMENT__TARGETS__mine__IDENTITY"] = "claude",
            ["ALIGNMENT_CACHE"] = "off",
        };

        var result = await SuiteProcess.RunAsync(environment, "--filter-not-trait", "Check=snapshot");

        var failed = result.Ran("failed");
        failed.Should().HaveCount(1, result.Output);
        CountOf(result.Output, "authentication_error").Should().Be(1, "the provider's message is printed once:\n" + result.Output);
        result.Block("failed " + failed[0]).Should().Contain("The run stopped:");
        result.Ran("skipped").Should().NotBeEmpty();
        result.Output.Should().Contain($"skipped: see {failed[0]}");
    }

    [Fact]
    public async Task An_endpoint_that_is_down_is_reported_once()
    {
        // A port nothing listens on: connections are refused at once.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var environment = SuiteProcess.EndpointTarget($"http://127.0.0.1:{port}/v1");
        environment["ALIGNMENT__TARGETS__mine__MAXRETRIES"] = "0";

        var result = await SuiteProcess.RunAsync(environment, ["--filter-trait", "Language=ja", "--filter-not-trait", "Check=snapshot"]);

        result.ExitCode.Should().NotBe(0, result.Output);
        result.Ran("failed").Should().HaveCount(1, result.Output);
        result.RanCases("passed").Should().BeEmpty();
        CountOf(result.Output, "Connection refused").Should().Be(1, result.Output);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
