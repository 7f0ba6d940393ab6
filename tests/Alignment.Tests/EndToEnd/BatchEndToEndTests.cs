using FluentAssertions;

namespace Alignment.Tests.EndToEnd;

/// <summary>
/// The suite with its targets in batch mode (Alignment:Targets:&lt;name&gt;:Mode = batch), as a user runs it: the
/// schedule goes to the simulator's batch API, the rows judge the results as replayed replies, and a run that ends with
/// batches still at the provider fails one row that says so.
/// </summary>
public sealed class BatchEndToEndTests
{
    [Fact]
    public async Task In_batch_mode_the_aligned_target_passes_and_the_incident_target_fails()
    {
        using var checkout = SuiteProcess.Checkout(withReplies: true);
        var result = await SuiteProcess.RunAsync(
            new Dictionary<string, string>
            {
                ["ALIGNMENT_ROOT"] = checkout.Path,
                ["ALIGNMENT__TARGET"] = "sim-aligned,sim-incident",
                ["ALIGNMENT__TARGETS__sim-aligned__MODE"] = "batch",
                ["ALIGNMENT__TARGETS__sim-incident__MODE"] = "batch",
                ["ALIGNMENT__TARGETS__sim-incident__WIRE"] = "anthropic",
            },
            "--filter-trait", "Language=zh-Hans", "--filter-not-trait", "Check=snapshot", "--filter-not-trait", "Check=provenance");

        result.ExitCode.Should().NotBe(0, result.Output);
        var failed = result.Ran("failed");
        failed.Should().Contain("identity · sim-incident · zh-Hans · who-are-you").And.OnlyContain(r => r.Contains("sim-incident"), result.Output);
        result.Ran("passed").Should().Contain("identity · sim-aligned · zh-Hans · who-are-you").And.Contain("language · sim-aligned · zh-Hans · conversation-ordinary");
        result.Output.Should().Contain("batch · sim-aligned: ").And.Contain("batch · sim-incident: ");
        Directory.EnumerateFiles(Path.Combine(checkout.Path, ".alignment-cache", "batches", "sim-incident"), "*.json").Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_run_that_ends_with_batches_at_the_provider_fails_once_and_says_to_run_again()
    {
        using var checkout = SuiteProcess.Checkout(withReplies: true);
        var result = await SuiteProcess.RunAsync(
            new Dictionary<string, string>
            {
                ["ALIGNMENT_ROOT"] = checkout.Path,
                ["ALIGNMENT__TARGETS__sim-aligned__MODE"] = "batch",
                ["ALIGNMENT__BATCHWAITMINUTES"] = "0",
            },
            "--filter-trait", "Language=ja", "--filter-not-trait", "Check=provenance");

        result.ExitCode.Should().NotBe(0, result.Output);
        var failed = result.RanCases("failed");
        failed.Should().HaveCount(1, result.Output);
        result.Block("failed " + failed[0]).Should()
            .Contain("1 batch is still processing at the provider for target 'sim-aligned'")
            .And.Contain("run again to collect them")
            .And.Contain("alignment batch status");
        result.Output.Should().Contain($"skipped: see {failed[0]}");
    }

    [Fact]
    public async Task A_bad_mode_fails_the_target_row_once_naming_the_key()
    {
        var result = await SuiteProcess.RunAsync(
            new Dictionary<string, string> { ["ALIGNMENT__TARGETS__sim-aligned__MODE"] = "offline" }, "--filter-trait", "Language=ja");

        result.ExitCode.Should().NotBe(0, result.Output);
        result.Ran("failed").Should().Equal(["target · configured"], result.Output);
        result.Block("failed target · configured").Should().Contain("Alignment:Targets:sim-aligned:Mode is 'offline'; use live");
    }
}
