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

    [GeneratedRegex(@"^\s+languages: (.+)$", RegexOptions.Multiline)]
    private static partial Regex ShardLanguages();
}
