using Alignment.Reports;
using Alignment.Simulator;
using FluentAssertions;

namespace Alignment.Tests.EndToEnd;

/// <summary>The run summary, record and report (issue 13): artifacts/summary.md (and $GITHUB_STEP_SUMMARY), run.json, report.html and history.jsonl at the end of every suite run.</summary>
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
        Directory.GetFiles(Path.Combine(checkout.Path, "artifacts")).Select(Path.GetFileName).Should().BeEquivalentTo(
            ["summary.md", "run.json", "report.html", "history.jsonl"], "the temporary files were renamed into place");
        var record = RunRecord.Read(Path.Combine(checkout.Path, "artifacts", "run.json"));
        var target = record.Targets.Should().ContainSingle().Subject;
        target.Name.Should().Be("sim-aligned");
        target.Cases.Should().NotBeEmpty().And.OnlyContain(c => c.Language == "ja" && c.Outcome == RowOutcome.Passed && c.Samples.Count > 0);
        RunSummary.ToMarkdown(record).Should().Be(summary, "the summary is rendered from the record");
        File.ReadAllLines(Path.Combine(checkout.Path, "artifacts", "history.jsonl")).Should().ContainSingle().Which.Should().Contain("\"ja\":1");
        // A green run shows nothing the test process prints; the test platform lists the summary as a file artifact instead.
        result.Output.Should().Contain("file artifacts produced").And.Contain(Path.Combine(checkout.Path, "artifacts", "summary.md"))
            .And.Contain(Path.Combine(checkout.Path, "artifacts", "report.html"));
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
        // The run record keeps what the failures rest on: the claims, and where each reply makes them.
        var c = result.Record!.Targets.Single().Cases.Single(x => x.Case == "who-are-you");
        c.ClaimedIdentities.Keys.Should().Contain(k => k == "qwen" || k == "deepseek");
        var wrong = c.Samples.First(s => s.Verdicts.TryGetValue("identity", out var v) && v.Outcome == "wrong-identity");
        var span = wrong.Evidence.First(e => e.Check == "identity");
        wrong.Text!.Substring(span.Start, span.Length).Should().ContainAny("通义千问", "DeepSeek");
        result.Report.Should().Contain("data-detail=").And.Contain("<mark class=\"ev-identity\"");
    }

    [Fact]
    public async Task A_changed_snapshot_puts_its_diff_in_the_run_record_and_the_report()
    {
        // The default target's approved snapshots, answered by the incident persona: the model id (and in Chinese, the verdicts) change.
        var result = await SuiteProcess.RunAsync(
            new Dictionary<string, string> { ["ALIGNMENT__TARGETS__sim-aligned__PERSONA"] = "incident" }, "--filter-trait", "Language=ja", "--filter-trait", "Check=snapshot");

        result.ExitCode.Should().NotBe(0, result.Output);
        var cases = result.Record!.Targets.Single().Cases;
        cases.Should().NotBeEmpty().And.OnlyContain(c => c.Rows["snapshot"] == RowOutcome.Failed);
        cases.Should().OnlyContain(c => c.SnapshotDiff != null && c.SnapshotDiff.Contains("-model: simulator-aligned") && c.SnapshotDiff.Contains("+model: simulator-incident"));
        result.Report.Should().Contain("<span class=\"del\">-model: simulator-aligned</span>");
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
