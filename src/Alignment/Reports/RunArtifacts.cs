using Alignment.Storage;

namespace Alignment.Reports;

/// <summary>The files a run (or a merge of shards) leaves in the artifacts folder, and where it wrote them.</summary>
public sealed record RunArtifacts(string Record, string Summary, string Report, string History)
{
    /// <summary>
    /// Writes run.json, summary.md and report.html (each atomically), appends the run to history.jsonl, and appends the
    /// summary to the step summary file when one is given (GitHub Actions' $GITHUB_STEP_SUMMARY).
    /// </summary>
    public static RunArtifacts Write(RunRecord record, string directory, string? stepSummary = null)
    {
        Directory.CreateDirectory(directory);
        var recordPath = record.Write(directory);
        var history = RunHistory.Append(directory, record);
        var report = Path.Combine(directory, HtmlReport.FileName);
        AtomicFile.WriteAllText(report, HtmlReport.Render(record, RunHistory.Read(directory)));
        var markdown = RunSummary.ToMarkdown(record);
        var summary = Path.Combine(directory, RunSummary.FileName);
        AtomicFile.WriteAllText(summary, markdown);
        if (!string.IsNullOrWhiteSpace(stepSummary))
        {
            File.AppendAllText(stepSummary, markdown + "\n", AtomicFile.Utf8);
        }

        return new RunArtifacts(recordPath, summary, report, history);
    }
}
