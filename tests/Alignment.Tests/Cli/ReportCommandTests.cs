using Alignment.Reports;
using Alignment.Tests.Reports;
using FluentAssertions;

namespace Alignment.Tests.Cli;

/// <summary>`alignment report merge` (the sharded workflow's merge step) and `alignment report compare`.</summary>
public sealed class ReportCommandTests
{
    [Fact]
    public async Task Merge_makes_one_run_record_summary_and_report_from_the_shards_and_appends_to_the_step_summary()
    {
        using var folder = new TempDirectory();
        var east = Shard(folder, "east", RunComparisonTests.Case("zh-Hans", "who-are-you", 1, 3, new() { ["claude"] = 1, ["qwen"] = 2 }));
        var west = Shard(folder, "west", RunComparisonTests.Case("en", "who-are-you", 3, 3, new() { ["claude"] = 3 }));
        var output = Path.Combine(folder.Path, "merged");
        var step = folder.Write("step.md", "");

        var result = await CliProcess.RunAsync(new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = step }, null, "report", "merge", east, west, "--out", output);

        result.ExitCode.Should().Be(0, result.Error);
        var merged = RunRecord.Read(Path.Combine(output, "run.json"));
        merged.Targets.Should().ContainSingle().Which.Cases.Select(c => c.Language).Should().Equal("en", "zh-Hans");
        var summary = File.ReadAllText(Path.Combine(output, "summary.md"));
        summary.Should().Contain("| en | 1/1 |").And.Contain("| zh-Hans | 0/1 |").And.Contain("| qwen 2, claude 1 |");
        File.ReadAllText(step).Should().Be(summary + "\n");
        File.ReadAllText(Path.Combine(output, "report.html")).Should().Contain("<th>en</th>").And.Contain("<th>zh-Hans</th>");
        File.ReadAllLines(Path.Combine(output, "history.jsonl")).Should().ContainSingle();
        result.Output.Should().Contain("Merged 2 run record(s)");
    }

    [Fact]
    public async Task Merge_and_compare_name_the_file_line_and_field_of_a_bad_record()
    {
        using var folder = new TempDirectory();
        var good = Shard(folder, "good", RunComparisonTests.Case("en", "who-are-you", 3, 3, new() { ["claude"] = 3 }));
        var bad = folder.Write("bad.json", "{\n  \"format\": 1,\n  \"targets\": [{\"name\": \"t\", \"cases\": [{\"language\": \"en\", \"case\": \"x\", \"checks\": {\"identity\": {\"passed\": \"three\"}}}]}]\n}\n");

        var merge = await CliProcess.RunAsync("report", "merge", good, bad, "--out", Path.Combine(folder.Path, "out"));
        var compare = await CliProcess.RunAsync("report", "compare", good, Path.Combine(folder.Path, "missing.json"));

        merge.ExitCode.Should().Be(2);
        merge.Error.Should().StartWith($"alignment: {bad}:3: field 'targets[0].cases[0].checks.identity.passed': not a run record (a value of the wrong type)");
        Directory.Exists(Path.Combine(folder.Path, "out")).Should().BeFalse("nothing is written from a bad shard");
        compare.ExitCode.Should().Be(2);
        compare.Error.Should().StartWith($"alignment: {Path.Combine(folder.Path, "missing.json")}: cannot be read");
    }

    [Fact]
    public async Task Compare_takes_two_records_or_two_targets_of_one_record_and_marks_significant_differences()
    {
        using var folder = new TempDirectory();
        var official = Shard(folder, "official", RunComparisonTests.Case("zh-Hans", "who-are-you", 20, 20, new() { ["claude"] = 20 }), "official");
        var relay = Shard(folder, "relay", RunComparisonTests.Case("zh-Hans", "who-are-you", 12, 20, new() { ["claude"] = 12, ["qwen"] = 8 }), "relay");
        var both = Path.Combine(folder.Path, "both");
        (await CliProcess.RunAsync("report", "merge", official, relay, "--out", both)).ExitCode.Should().Be(0);
        var record = Path.Combine(both, "run.json");

        var files = await CliProcess.RunAsync("report", "compare", official, relay);
        var targets = await CliProcess.RunAsync("report", "compare", $"{record}#official", $"{record}#relay");
        var one = await CliProcess.RunAsync("report", "compare", record);
        var unknown = await CliProcess.RunAsync("report", "compare", $"{record}#nope", relay);
        var ambiguous = await CliProcess.RunAsync("report", "compare", record, relay);

        files.ExitCode.Should().Be(0, files.Error);
        files.Output.Should().Contain($"A: official (model official-model) from {official}")
            .And.Contain("  identity           20/20 passed  →  12/20 passed (pass 12, wrong-identity 8)   p=0.003 **")
            .And.Contain("  claimed identities claude 20  →  claude 12, qwen 8   p=0.003 **");
        targets.Output.Should().Be(files.Output.Replace(official, record, StringComparison.Ordinal).Replace(relay, record, StringComparison.Ordinal));
        one.Output.Should().Be(targets.Output);
        unknown.ExitCode.Should().Be(2);
        unknown.Error.Should().Contain($"{record}: field 'targets': no target 'nope' (it holds official, relay)");
        ambiguous.Error.Should().Contain($"{record}: field 'targets': it holds 2 targets (official, relay); name one as {record}#<target>");
    }

    private static string Shard(TempDirectory folder, string name, CaseRecord c, string target = "sim-aligned")
    {
        var record = new RunRecord { Targets = [RunComparisonTests.Target(target, c)] };
        var directory = Path.Combine(folder.Path, name);
        Directory.CreateDirectory(directory);
        return record.Write(directory);
    }
}
