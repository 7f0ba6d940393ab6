using System.Globalization;
using System.Text;

namespace Alignment.Reports;

/// <summary>
/// The run as a whole, in Markdown (artifacts/summary.md), rendered from its <see cref="RunRecord"/>: per target, language ×
/// check with pass counts, the identities claimed and the languages replied in per language, and infrastructure errors
/// apart from alignment failures. Model text in it is escaped for Markdown, HTML and terminals.
/// </summary>
public static class RunSummary
{
    public const string FileName = "summary.md";
    public const string StepSummaryVariable = "GITHUB_STEP_SUMMARY";

    /// <summary>Where a run writes its reports instead of artifacts/ in the checkout (the project's tests use a scratch folder).</summary>
    public const string ArtifactsVariable = "ALIGNMENT_ARTIFACTS";

    public static string ToMarkdown(RunRecord record)
    {
        var text = new StringBuilder();
        text.Append("## Alignment run summary\n\n");
        foreach (var (target, i) in record.Targets.Select((t, i) => (t, i)))
        {
            text.Append(i > 0 ? "\n" : "");
            Append(text, target);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, TargetRecord target)
    {
        var rows = target.Cases
            .SelectMany(c => c.Rows.Select(r => (Check: r.Key, c.Language, c.Case, Outcome: r.Value)))
            .ToList();
        var provenance = target.Provenance ?? [];
        var all = rows.Select(r => r.Outcome).Concat(target.RunRows.Select(r => r.Outcome)).Concat(provenance.Select(r => r.Outcome)).ToList();
        text.Append($"Target **{Escape(target.Name)}**, model `{Code(target.Model ?? "unknown")}`: {all.Count} rows, ")
            .Append($"{Count(all, RowOutcome.Passed)} passed, {Count(all, RowOutcome.Failed)} failed, ")
            .Append($"{Count(all, RowOutcome.Error)} infrastructure errors, {Count(all, RowOutcome.Skipped)} skipped.\n\n");

        var checks = new[] { "identity", "language", "snapshot" }
            .Concat(rows.Select(r => r.Check).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Where(c => rows.Any(r => r.Check == c))
            .ToList();
        var languages = target.Languages().Where(l => rows.Any(r => r.Language == l)).ToList();
        if (languages.Count > 0)
        {
            text.Append("Each cell: rows passed / rows judged; infrastructure errors (no reply, endpoint errors, replay misses) are counted apart.\n\n");
            text.Append("| language | ").Append(string.Join(" | ", checks.Select(Escape))).Append(" | claimed identities | reply languages |\n");
            text.Append("| --- |").Append(string.Concat(checks.Select(_ => " ---: |"))).Append(" --- | --- |\n");
            foreach (var language in languages)
            {
                var cases = target.Cases.Where(c => c.Language == language).ToList();
                text.Append("| ").Append(Escape(language)).Append(" | ")
                    .Append(string.Join(" | ", checks.Select(c => Cell(rows.Where(r => r.Language == language && r.Check == c).Select(r => r.Outcome)))))
                    .Append(" | ").Append(Distribution(cases.Select(c => c.ClaimedIdentities)))
                    .Append(" | ").Append(Distribution(cases.Select(c => c.ReplyLanguages))).Append(" |\n");
            }

            text.Append("| **all** | ").Append(string.Join(" | ", checks.Select(c => Cell(rows.Where(r => r.Check == c).Select(r => r.Outcome))))).Append(" | | |\n");
        }

        if (provenance.Count > 0)
        {
            // One set per target, with no language: a table of its own, so a relay's anomaly is not read as a language's failure.
            text.Append($"\nProvenance ({Count(provenance.Select(r => r.Outcome), RowOutcome.Passed)}/{provenance.Count} rows passed):\n\n");
            text.Append("| provenance row | outcome |\n| --- | --- |\n");
            foreach (var row in provenance.OrderBy(r => r.Row, StringComparer.Ordinal))
            {
                text.Append("| ").Append(Escape(row.Row)).Append(" | ").Append(Outcome(row.Outcome)).Append(" |\n");
            }
        }

        // A problem of the run itself (a case file, the target, its snapshots) is not something the model did.
        AppendList(text, "Run problems", target.RunRows.Where(r => r.Outcome is RowOutcome.Failed or RowOutcome.Error).Select(r => r.Row));
        AppendList(text, "Alignment failures", rows.Where(r => r.Outcome == RowOutcome.Failed).Select(r => $"{r.Check} · {r.Language} · {r.Case}"));
        AppendList(text, "Infrastructure errors", rows.Where(r => r.Outcome == RowOutcome.Error).Select(r => $"{r.Check} · {r.Language} · {r.Case}"));
    }

    /// <summary>The folder reports go to: $ALIGNMENT_ARTIFACTS, or artifacts/ in the checkout.</summary>
    public static string ArtifactsDirectory(string root) =>
        Environment.GetEnvironmentVariable(ArtifactsVariable) is { Length: > 0 } folder ? Path.GetFullPath(folder) : Path.Combine(root, "artifacts");

    /// <summary>
    /// Text that came from a model or a configuration, made inert in a Markdown table: no HTML, no links or emphasis, no
    /// cell breaks, no terminal control characters.
    /// </summary>
    public static string Escape(string text)
    {
        var safe = new StringBuilder(text.Length + 8);
        foreach (var c in TerminalText.Safe(text).ReplaceLineEndings(" "))
        {
            switch (c)
            {
                case '&': safe.Append("&amp;"); break;
                case '<': safe.Append("&lt;"); break;
                case '>': safe.Append("&gt;"); break;
                case '"': safe.Append("&quot;"); break;
                case '\t': safe.Append(' '); break;
                // What makes emphasis, code, links, headings, strike-through or a new table cell; '-' and '+' only start lists at a line's start.
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '~':
                    safe.Append('\\').Append(c);
                    break;
                default: safe.Append(c); break;
            }
        }

        return safe.ToString();
    }

    /// <summary>Text inside a code span: backticks and cell breaks cannot end it; HTML is inert there already.</summary>
    private static string Code(string text) => TerminalText.Safe(text).ReplaceLineEndings(" ").Replace('`', '\'').Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Readings summed over cases, most frequent first: "claude 5, deepseek 5, qwen 5".</summary>
    public static string Distribution(IEnumerable<IReadOnlyDictionary<string, int>> readings)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (label, n) in readings.SelectMany(r => r))
        {
            counts[label] = counts.GetValueOrDefault(label) + n;
        }

        return string.Join(", ", counts
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{Escape(p.Key)} {p.Value.ToString(CultureInfo.InvariantCulture)}"));
    }

    private static string Cell(IEnumerable<RowOutcome> cell)
    {
        var outcomes = cell.ToList();
        var judged = Count(outcomes, RowOutcome.Passed) + Count(outcomes, RowOutcome.Failed);
        if (outcomes.Count == 0)
        {
            return "";
        }

        var text = $"{Count(outcomes, RowOutcome.Passed)}/{judged}";
        var notes = new[] { (RowOutcome.Error, "error"), (RowOutcome.Skipped, "skipped") }
            .Where(n => Count(outcomes, n.Item1) > 0)
            .Select(n => $"{Count(outcomes, n.Item1)} {n.Item2}")
            .ToList();
        return notes.Count == 0 ? text : $"{text} ({string.Join(", ", notes)})";
    }

    private static void AppendList(StringBuilder text, string title, IEnumerable<string> names)
    {
        var list = names.Order(StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            return;
        }

        const int shown = 20;
        text.Append($"\n{title} ({list.Count}):\n\n");
        foreach (var name in list.Take(shown))
        {
            text.Append("- ").Append(Escape(name)).Append('\n');
        }

        if (list.Count > shown)
        {
            text.Append($"- … and {list.Count - shown} more\n");
        }
    }

    private static string Outcome(RowOutcome outcome) => outcome switch
    {
        RowOutcome.Passed => "passed",
        RowOutcome.Failed => "failed",
        RowOutcome.Error => "infrastructure error",
        _ => "skipped",
    };

    private static int Count(IEnumerable<RowOutcome> outcomes, RowOutcome outcome) => outcomes.Count(o => o == outcome);
}
