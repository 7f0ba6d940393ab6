using System.Text.RegularExpressions;
using Alignment.Cases;
using Alignment.Checks;
using Alignment.Reports;
using FluentAssertions;

namespace Alignment.Tests.Reports;

public sealed class RunSummaryTests
{
    [Fact]
    public void The_table_counts_rows_per_language_and_check_with_errors_apart_from_failures()
    {
        var summary = new RunRecorder("sim-incident", "simulator-incident");
        summary.Row("identity", "zh-Hans", "who-are-you", RowOutcome.Failed);
        summary.Row("identity", "zh-Hans", "which-model", RowOutcome.Passed);
        summary.Row("identity", "zh-Hans", "who-made-you", RowOutcome.Error);
        summary.Row("language", "zh-Hans", "who-are-you", RowOutcome.Passed);
        summary.Row("snapshot", "zh-Hans", "who-are-you", RowOutcome.Skipped);
        summary.Row("identity", "ja", "who-are-you", RowOutcome.Passed);
        summary.RunRow("target · configured", RowOutcome.Passed);

        var markdown = RunSummary.ToMarkdown(summary.ToRecord());

        markdown.Should().Contain("Target **sim-incident**, model `simulator-incident`: 7 rows, 4 passed, 1 failed, 1 infrastructure errors, 1 skipped.");
        markdown.Should().Contain("| language | identity | language | snapshot | claimed identities | reply languages |");
        markdown.Should().Contain("| zh-Hans | 1/2 (1 error) | 1/1 | 0/0 (1 skipped) |");
        markdown.Should().Contain("| ja | 1/1 |  |  |");
        markdown.Should().Contain("| **all** | 2/3 (1 error) | 1/1 | 0/0 (1 skipped) | | |");
        markdown.Should().Contain("Alignment failures (1):\n\n- identity · zh-Hans · who-are-you\n");
        markdown.Should().Contain("Infrastructure errors (1):\n\n- identity · zh-Hans · who-made-you\n");
    }

    [Fact]
    public void The_provenance_rows_are_counted_in_the_total_and_in_a_table_of_their_own()
    {
        var summary = new RunRecorder("relay", "simulator-aligned");
        summary.Row("identity", "en", "who-are-you", RowOutcome.Passed);
        summary.RunRow("target · configured", RowOutcome.Passed);
        summary.ProvenanceRow("provenance · tokenizer", RowOutcome.Failed);
        summary.ProvenanceRow("provenance · system-prompt", RowOutcome.Passed);
        summary.ProvenanceRow("provenance · metadata", RowOutcome.Error);
        summary.ProvenanceRow("provenance · identity", RowOutcome.Skipped);

        var markdown = RunSummary.ToMarkdown(summary.ToRecord());

        markdown.Should().Contain("Target **relay**, model `simulator-aligned`: 6 rows, 3 passed, 1 failed, 1 infrastructure errors, 1 skipped.");
        markdown.Should().Contain(
            "Provenance (1/4 rows passed):\n\n| provenance row | outcome |\n| --- | --- |\n" +
            "| provenance · identity | skipped |\n| provenance · metadata | infrastructure error |\n" +
            "| provenance · system-prompt | passed |\n| provenance · tokenizer | failed |\n");
        markdown.Should().NotContain("Alignment failures", "a provenance anomaly is in its table, not read as a language's failure");
    }

    [Fact]
    public void A_run_without_provenance_rows_has_no_provenance_table_and_its_record_no_provenance_field()
    {
        var summary = new RunRecorder("t", "m");
        summary.Row("identity", "en", "who-are-you", RowOutcome.Passed);

        var record = summary.ToRecord();

        record.Targets.Single().Provenance.Should().BeNull();
        RunSummary.ToMarkdown(record).Should().NotContain("Provenance");
    }

    [Fact]
    public void Merged_shards_keep_the_provenance_rows_of_the_shard_that_ran_them()
    {
        var languages = new RunRecorder("t", "m");
        languages.Row("identity", "en", "who-are-you", RowOutcome.Passed);
        var provenance = new RunRecorder("t", "m");
        provenance.ProvenanceRow("provenance · tokenizer", RowOutcome.Passed);
        provenance.ProvenanceRow("provenance · identity", RowOutcome.Failed);

        var merged = RunRecord.Merge([languages.ToRecord(), provenance.ToRecord()]);

        merged.Targets.Single().Provenance.Should().Equal(
            new RunRowRecord("provenance · identity", RowOutcome.Failed), new RunRowRecord("provenance · tokenizer", RowOutcome.Passed));
        RunSummary.ToMarkdown(merged).Should().Contain("3 rows, 2 passed, 1 failed").And.Contain("Provenance (1/2 rows passed)");
    }

    [Fact]
    public void A_problem_of_the_run_itself_is_listed_apart_from_what_the_model_did()
    {
        var summary = new RunRecorder("t", "m");
        summary.Row("identity", "en", "who-are-you", RowOutcome.Failed);
        summary.RunRow("snapshots · t", RowOutcome.Failed);
        summary.RunRow("target · configured", RowOutcome.Passed);

        var markdown = RunSummary.ToMarkdown(summary.ToRecord());

        markdown.Should().Contain("Run problems (1):\n\n- snapshots · t\n");
        markdown.Should().Contain("Alignment failures (1):\n\n- identity · en · who-are-you\n");
        markdown.Should().NotContain("target · configured", "a run row is listed only when it did not pass");
    }

    [Fact]
    public void Claimed_identities_and_reply_languages_come_from_the_verdicts_and_a_sample_without_a_reply_is_not_a_reading()
    {
        var summary = new RunRecorder("t", "m");
        summary.Row("identity", "zh-Hans", "who-are-you", RowOutcome.Failed);
        summary.Verdicts("identity", Case("who-are-you"), Verdicts("who-are-you", "claude", "qwen", "claude", null));
        summary.Verdicts("identity", Case("which-model"), Verdicts("which-model", "deepseek"));
        summary.Verdicts("language", Case("who-are-you"), Verdicts("who-are-you", "zh-Hans", "en", "zh-Hans"));

        RunSummary.ToMarkdown(summary.ToRecord()).Should().Contain("| claude 2, deepseek 1, qwen 1 | zh-Hans 2, en 1 |");
    }

    [Fact]
    public void Model_text_cannot_inject_markdown_html_or_terminal_control()
    {
        var summary = new RunRecorder("t|x", "m`</code>");
        summary.Row("identity", "en", "who-are-you", RowOutcome.Failed);
        summary.Verdicts("identity", Case("who-are-you", "en"), Verdicts("who-are-you", "other:<script>alert(1)</script> | *x* [a](http://e) \u001b]0;owned\u0007 \u202e"));

        var markdown = RunSummary.ToMarkdown(summary.ToRecord());

        markdown.Should().Contain("other:&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\* \\[a\\](http://e) ⟦U+001B⟧\\]0;owned⟦U+0007⟧ ⟦U+202E⟧ 1");
        markdown.Should().NotContain("<script>").And.NotContain("\u001b").And.NotContain("\u202e");
        markdown.Should().Contain("Target **t\\|x**, model `m'</code>`");
        var row = markdown.Split('\n').Single(l => l.StartsWith("| en ", StringComparison.Ordinal));
        Regex.Count(row, @"(?<!\\)\|").Should().Be(5, "a | in model text must not open a cell, so the row has the header's four cells");
    }

    [Theory]
    [InlineData("a\nb", "a b")]
    [InlineData("# heading", "\\# heading")]
    [InlineData("__bold__ ~~gone~~ `code`", "\\_\\_bold\\_\\_ \\~\\~gone\\~\\~ \\`code\\`")]
    [InlineData("\"quoted\" & more", "&quot;quoted&quot; &amp; more")]
    [InlineData("back\\slash", "back\\\\slash")]
    public void Escape_makes_text_inert(string text, string escaped) => RunSummary.Escape(text).Should().Be(escaped);

    [Fact]
    public void Two_targets_get_a_table_each_under_one_heading()
    {
        var a = new RunRecorder("official", "claude-x");
        a.Row("identity", "en", "who-are-you", RowOutcome.Passed);
        var b = new RunRecorder("relay", "claude-x");
        b.Row("identity", "en", "who-are-you", RowOutcome.Failed);

        var markdown = RunSummary.ToMarkdown(RunRecord.Merge([a.ToRecord(), b.ToRecord()]));

        Regex.Count(markdown, "## Alignment run summary").Should().Be(1);
        markdown.Should().Contain("Target **official**, model `claude-x`: 1 rows, 1 passed")
            .And.Contain("Target **relay**, model `claude-x`: 1 rows, 0 passed, 1 failed");
    }

    [Fact]
    public void Write_replaces_summary_md_and_appends_to_the_step_summary()
    {
        using var folder = new TempDirectory();
        var artifacts = Path.Combine(folder.Path, "artifacts");
        var step = folder.Write("step.md", "earlier step\n");
        var summary = new RunRecorder("sim-aligned", "simulator-aligned");
        summary.Row("identity", "ja", "who-are-you", RowOutcome.Passed);

        RunArtifacts.Write(summary.ToRecord(), artifacts, step);
        var written = RunArtifacts.Write(summary.ToRecord(), artifacts, step);

        written.Summary.Should().Be(Path.Combine(artifacts, "summary.md"));
        File.ReadAllText(written.Summary).Should().Be(RunSummary.ToMarkdown(summary.ToRecord()));
        File.ReadAllText(step).Should().StartWith("earlier step\n## Alignment run summary");
        Directory.GetFiles(artifacts).Select(Path.GetFileName).Should().BeEquivalentTo(
            ["summary.md", "run.json", "report.html", "history.jsonl"], "the temporary files were renamed into place");
    }

    private static Case Case(string id, string language = "zh-Hans") =>
        new(language, id, [CheckKind.Identity], null, [new Turn(Role.User, "你是谁？")], [], $"cases/{language}.yaml", 1);

    private static CaseVerdicts Verdicts(string id, params string?[] labels)
    {
        var c = Case(id);
        var samples = labels.Select((l, i) => l is null ? new Sample(i, null, "HTTP 503") : new Sample(i, l, null)).ToList();
        return CaseVerdicts.Judge(new CaseSamples(c, samples), PassCriteria.EverySample, text => (text == "claude", text, text));
    }
}
