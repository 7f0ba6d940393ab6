using Alignment.Reports;
using Alignment.Tests.Cli;
using FluentAssertions;

namespace Alignment.Tests.EndToEnd;

/// <summary>Several targets in one run (issue 13): ALIGNMENT__TARGET=sim-aligned,sim-incident runs every row once per target.</summary>
public sealed class MultiTargetEndToEndTests
{
    private static readonly string[] ChineseChecks = ["--filter-trait", "Language=zh-Hans", "--filter-not-trait", "Check=snapshot"];

    [Fact]
    public async Task Two_targets_run_every_row_under_their_names_and_write_one_record_that_compare_reads()
    {
        using var artifacts = new TempDirectory();
        var result = await SuiteProcess.RunAsync(
            new Dictionary<string, string> { ["ALIGNMENT__TARGET"] = "sim-aligned,sim-incident", ["ALIGNMENT_ARTIFACTS"] = artifacts.Path }, ChineseChecks);

        result.ExitCode.Should().NotBe(0, result.Output);
        var passed = result.Ran("passed");
        var failed = result.Ran("failed");
        passed.Should().Contain(["identity · sim-aligned · zh-Hans · who-are-you", "language · sim-aligned · zh-Hans · boiling-point",
            "target · configured · sim-aligned", "target · configured · sim-incident", "catalog · cases"], result.Output);
        failed.Should().Contain("identity · sim-incident · zh-Hans · who-are-you", result.Output)
            .And.OnlyContain(name => name.StartsWith("identity · sim-incident · zh-Hans · ", StringComparison.Ordinal)
                || name.StartsWith("language · sim-incident · zh-Hans · ", StringComparison.Ordinal), "only the incident target fails");
        passed.Concat(failed).Should().NotContain(name => name.StartsWith("identity · zh-Hans", StringComparison.Ordinal), "every case row names its target");
        passed.Count(n => n.StartsWith("identity · sim-aligned · ", StringComparison.Ordinal))
            .Should().Be(passed.Concat(failed).Count(n => n.StartsWith("identity · sim-incident · ", StringComparison.Ordinal)), "the same rows for each target");
        result.Output.Should().Contain("通义千问");

        result.Record!.Targets.Select(t => t.Name).Should().Equal("sim-aligned", "sim-incident");
        result.Record.Targets.Should().OnlyContain(t => t.Cases.Count > 0 && t.Cases.All(c => c.Language == "zh-Hans"));
        var compare = await CliProcess.RunAsync("report", "compare", Path.Combine(artifacts.Path, RunRecord.FileName));
        compare.ExitCode.Should().Be(0, compare.Error);
        compare.Output.Should().Contain("A: sim-aligned (model simulator-aligned)").And.Contain("B: sim-incident (model simulator-incident)")
            .And.Contain("zh-Hans · who-are-you").And.Contain("qwen");
    }

    [Fact]
    public async Task The_Target_trait_selects_one_target_of_several()
    {
        var result = await SuiteProcess.RunAsync(
            new Dictionary<string, string> { ["ALIGNMENT__TARGET"] = "sim-aligned,sim-incident" },
            "--filter-trait", "Target=sim-aligned", "--filter-not-trait", "Check=snapshot");

        result.ExitCode.Should().Be(0, result.Output);
        var ran = result.Ran("passed");
        ran.Should().Contain(["identity · sim-aligned · ja · who-are-you", "catalog · cases", "target · configured · sim-aligned", "provenance · sim-aligned · tokenizer"])
            .And.NotContain(name => name.Contains("sim-incident", StringComparison.Ordinal));
        result.Record!.Targets.Select(t => t.Name).Should().Equal("sim-aligned");
    }

    [Fact]
    public async Task An_unknown_name_in_the_list_fails_once_naming_it_and_the_known_targets()
    {
        var result = await SuiteProcess.RunAsync(
            new Dictionary<string, string> { ["ALIGNMENT__TARGET"] = "sim-aligned, bogus,,sim-aligned" },
            "--filter-trait", "Language=ja");

        result.ExitCode.Should().NotBe(0, result.Output);
        result.Ran("failed").Should().Equal(["target · configured · bogus"], result.Output);
        result.Block("failed target · configured · bogus").Should()
            .Contain("Target 'bogus' (Alignment:Target) is not defined under Alignment:Targets. Defined: claude, openai-compatible, sim-aligned, sim-incident.");
        result.Ran("skipped").Should().Equal(["snapshots · bogus"], "its other row points to the target row");
        result.Ran("passed").Should().Contain("identity · sim-aligned · ja · who-are-you").And.Contain("snapshots · sim-aligned")
            .And.NotContain(name => name.Contains("bogus", StringComparison.Ordinal));
    }
}
