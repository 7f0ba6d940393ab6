using System.Text.RegularExpressions;
using Alignment.Cases;
using FluentAssertions;

namespace Alignment.Tests.Reports;

/// <summary>The GitHub Actions workflow's shards run every row: each language of cases/ in one shard, and the provenance rows.</summary>
public sealed partial class WorkflowTests
{
    private static readonly string Workflow = File.ReadAllText(Path.Combine(TestPaths.Root, ".github", "workflows", "alignment.yml"));

    [Fact]
    public void Every_language_of_the_case_library_runs_in_exactly_one_shard()
    {
        var sharded = ShardLanguages().Matches(Workflow).SelectMany(m => m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var languages = CaseCatalog.Load(TestPaths.Cases).Languages.Select(l => l.Language).ToList();

        sharded.Should().OnlyHaveUniqueItems("a language in two shards runs twice");
        sharded.Should().BeEquivalentTo(languages, "a language missing from .github/workflows/alignment.yml never runs on GitHub Actions");
    }

    [Fact]
    public void The_provenance_rows_have_a_shard()
    {
        Workflow.Should().Contain("traits: Check=provenance", "the provenance rows carry no Language trait, so no language shard runs them");
    }

    [Fact]
    public async Task A_shard_runs_every_target_in_batch_mode_when_ALIGNMENT_MODE_is_batch_and_keeps_its_batches()
    {
        var line = Workflow.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("modes=()", StringComparison.Ordinal));
        var start = new System.Diagnostics.ProcessStartInfo("bash") { ArgumentList = { "-c", line + "\nenv \"${modes[@]}\" env | grep __MODE= | sort" } };
        start.Environment["ALIGNMENT_MODE"] = "batch";
        start.Environment["ALIGNMENT__TARGET"] = "claude,openai-compatible";

        var result = await ChildProcess.RunAsync(start);

        Workflow.Should().Contain("env \"${modes[@]}\" dotnet test tests/AlignmentTests");
        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "ALIGNMENT__TARGETS__claude__MODE=batch", "ALIGNMENT__TARGETS__openai-compatible__MODE=batch");
        Workflow.Should().Contain("ALIGNMENT__BATCHWAITMINUTES: ${{ vars.ALIGNMENT_BATCH_WAIT_MINUTES")
            .And.Contain("uses: actions/cache/restore@v4").And.Contain("uses: actions/cache/save@v4")
            .And.Contain("path: .alignment-cache", "the next run of the workflow collects what this one left at the provider");
    }

    [GeneratedRegex(@"^\s+languages: (.+)$", RegexOptions.Multiline)]
    private static partial Regex ShardLanguages();
}
