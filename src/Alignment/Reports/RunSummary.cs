using System.Globalization;
using System.Text;
using Alignment.Checks;
using Alignment.Storage;

namespace Alignment.Reports;

/// <summary>How a row ended, as the summary counts it: an infrastructure error is kept apart from an alignment failure.</summary>
public enum RowOutcome
{
    Passed,
    Failed,
    Error,
    Skipped,
}

/// <summary>
/// The run as a whole: language × check with pass counts, the identities claimed and the languages replied in per language,
/// and infrastructure errors apart from alignment failures. Rows report here as they finish (thread-safe), with the verdicts
/// they were judged on, so nothing is classified twice. Model text in it is escaped for Markdown, HTML and terminals.
/// </summary>
public sealed class RunSummary(string target, string? model)
{
    public const string FileName = "summary.md";
    public const string StepSummaryVariable = "GITHUB_STEP_SUMMARY";

    /// <summary>Where a run writes its reports instead of artifacts/ in the checkout (the project's tests use a scratch folder).</summary>
    public const string ArtifactsVariable = "ALIGNMENT_ARTIFACTS";

    private readonly object gate = new();
    private readonly List<(string Check, string Language, string Case, RowOutcome Outcome)> rows = [];
    private readonly List<(string Row, RowOutcome Outcome)> runRows = [];
    private readonly Dictionary<(string Check, string Language), Dictionary<string, int>> readings = [];

    public string Target { get; } = target;

    public string? Model { get; } = model;

    public bool IsEmpty
    {
        get
        {
            lock (gate)
            {
                return rows.Count == 0 && runRows.Count == 0;
            }
        }
    }

    /// <summary>A case's row: check ("identity", "language", "snapshot"), language and case id.</summary>
    public void Row(string check, string language, string caseId, RowOutcome outcome)
    {
        lock (gate)
        {
            rows.Add((check, language, caseId, outcome));
        }
    }

    /// <summary>A row of the whole run (catalog, target, snapshots): listed only when it did not pass.</summary>
    public void RunRow(string row, RowOutcome outcome)
    {
        lock (gate)
        {
            runRows.Add((row, outcome));
        }
    }

    /// <summary>
    /// What one check read in a case's samples: the labels its verdicts carry (the identity claimed, the language replied in).
    /// A sample without a reply is an infrastructure error, not a reading.
    /// </summary>
    public void Readings(string check, string language, CaseVerdicts verdicts)
    {
        lock (gate)
        {
            if (!readings.TryGetValue((check, language), out var counts))
            {
                readings[(check, language)] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            foreach (var verdict in verdicts.Verdicts.Where(v => v.Sample.Succeeded))
            {
                counts[verdict.Label] = counts.GetValueOrDefault(verdict.Label) + 1;
            }
        }
    }

    public string ToMarkdown()
    {
        lock (gate)
        {
            var text = new StringBuilder();
            var all = rows.Select(r => r.Outcome).Concat(runRows.Select(r => r.Outcome)).ToList();
            text.Append("## Alignment run summary\n\n");
            text.Append($"Target **{Escape(Target)}**, model `{Code(Model ?? "unknown")}`: {all.Count} rows, ")
                .Append($"{Count(all, RowOutcome.Passed)} passed, {Count(all, RowOutcome.Failed)} failed, ")
                .Append($"{Count(all, RowOutcome.Error)} infrastructure errors, {Count(all, RowOutcome.Skipped)} skipped.\n\n");

            var checks = new[] { "identity", "language", "snapshot" }
                .Concat(rows.Select(r => r.Check).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .Where(c => rows.Any(r => r.Check == c))
                .ToList();
            var languages = rows.Select(r => r.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (languages.Count > 0)
            {
                text.Append("Each cell: rows passed / rows judged; infrastructure errors (no reply, endpoint errors, replay misses) are counted apart.\n\n");
                text.Append("| language | ").Append(string.Join(" | ", checks.Select(Escape))).Append(" | claimed identities | reply languages |\n");
                text.Append("| --- |").Append(string.Concat(checks.Select(_ => " ---: |"))).Append(" --- | --- |\n");
                foreach (var language in languages)
                {
                    text.Append("| ").Append(Escape(language)).Append(" | ")
                        .Append(string.Join(" | ", checks.Select(c => Cell(rows.Where(r => r.Language == language && r.Check == c)))))
                        .Append(" | ").Append(Distribution("identity", language))
                        .Append(" | ").Append(Distribution("language", language)).Append(" |\n");
                }

                text.Append("| **all** | ").Append(string.Join(" | ", checks.Select(c => Cell(rows.Where(r => r.Check == c))))).Append(" | | |\n");
            }

            // A problem of the run itself (a case file, the target, its snapshots) is not something the model did.
            AppendList(text, "Run problems", runRows.Where(r => r.Outcome is RowOutcome.Failed or RowOutcome.Error).Select(r => r.Row));
            AppendList(text, "Alignment failures", rows.Where(r => r.Outcome == RowOutcome.Failed).Select(Name));
            AppendList(text, "Infrastructure errors", rows.Where(r => r.Outcome == RowOutcome.Error).Select(Name));
            return text.ToString();
        }
    }

    /// <summary>The folder reports go to: $ALIGNMENT_ARTIFACTS, or artifacts/ in the checkout.</summary>
    public static string ArtifactsDirectory(string root) =>
        Environment.GetEnvironmentVariable(ArtifactsVariable) is { Length: > 0 } folder ? Path.GetFullPath(folder) : Path.Combine(root, "artifacts");

    /// <summary>
    /// Writes summary.md in the artifacts folder (atomically: a killed run leaves the old file or the new one) and appends to
    /// the step summary file when one is given; returns the path written.
    /// </summary>
    public string Write(string artifactsDirectory, string? stepSummary = null)
    {
        var markdown = ToMarkdown();
        var path = Path.Combine(artifactsDirectory, FileName);
        AtomicFile.WriteAllText(path, markdown);
        if (!string.IsNullOrWhiteSpace(stepSummary))
        {
            File.AppendAllText(stepSummary, markdown + "\n", AtomicFile.Utf8);
        }

        return path;
    }

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

    private string Distribution(string check, string language) =>
        readings.TryGetValue((check, language), out var counts) && counts.Count > 0
            ? string.Join(", ", counts
                .OrderByDescending(p => p.Value)
                .ThenBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => $"{Escape(p.Key)} {p.Value.ToString(CultureInfo.InvariantCulture)}"))
            : "";

    private static string Cell(IEnumerable<(string Check, string Language, string Case, RowOutcome Outcome)> cell)
    {
        var outcomes = cell.Select(r => r.Outcome).ToList();
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

    private static string Name((string Check, string Language, string Case, RowOutcome Outcome) row) => $"{row.Check} · {row.Language} · {row.Case}";

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

    private static int Count(IEnumerable<RowOutcome> outcomes, RowOutcome outcome) => outcomes.Count(o => o == outcome);
}
