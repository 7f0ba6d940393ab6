using System.Globalization;
using System.Text;

namespace Alignment.Reports;

/// <summary>
/// artifacts/report.html, rendered from a <see cref="RunRecord"/>: one self-contained page (inline CSS and script, a
/// content security policy that allows no network), languages × cases per target, each cell coloured by its pass rate with
/// the identities claimed and the languages replied in; a click on a cell opens its detail in a side panel (the prompt, every sample with
/// the evidence spans marked, the pending snapshot diff); each language's pass rate over the last runs. Everything that
/// came from a model, a case file or a configuration is HTML-escaped here, and the script never writes markup.
/// </summary>
public static class HtmlReport
{
    public const string FileName = "report.html";

    /// <summary>How many of the last runs the history shows.</summary>
    public const int HistoryRuns = 20;

    public static string Render(RunRecord record, IReadOnlyList<HistoryEntry> history)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            // Nothing is fetched: no script, style, image or frame from anywhere but this file.
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Alignment report</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>Alignment report</h1>\n")
            .Append("<p class=\"meta\">Run ").Append(Time(record.Started)).Append(" – ").Append(Time(record.Finished))
            .Append(". Each cell: samples passed / samples judged over the case's checks, coloured from red (none) to green (all), ")
            .Append("the identities claimed, the languages replied in, and the rows that failed. Click a cell for its prompt, samples (evidence marked: <mark class=\"ev-identity\">identity claim</mark>, <mark class=\"ev-language\">another language</mark>) and snapshot diff.</p>\n");

        var details = new StringBuilder();
        foreach (var (target, t) in record.Targets.Select((x, i) => (x, i)))
        {
            Target(html, details, target, t, history.Where(h => h.Target == target.Name).OrderBy(h => h.Time).TakeLast(HistoryRuns).ToList());
        }

        html.Append("<div id=\"details\">\n").Append(details).Append("</div>\n")
            .Append("<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Text made inert in HTML text and in quoted attribute values; control and bidi characters shown as tokens.</summary>
    public static string Escape(string? text)
    {
        var safe = new StringBuilder();
        foreach (var c in TerminalText.Safe(text))
        {
            safe.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return safe.ToString();
    }

    private static void Target(StringBuilder html, StringBuilder details, TargetRecord target, int t, IReadOnlyList<HistoryEntry> history)
    {
        var index = target.Cases.Select((c, i) => (c, i)).ToDictionary(p => (object)p.c, p => p.i, ReferenceEqualityComparer.Instance);
        var cases = target.Cases.Select(c => c.Case).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var outcomes = target.Cases.SelectMany(c => c.Rows.Values).Concat(target.RunRows.Select(r => r.Outcome)).ToList();
        html.Append("<section class=\"target\">\n<h2>Target <code>").Append(Escape(target.Name)).Append("</code>, model <code>")
            .Append(Escape(target.Model ?? "unknown")).Append("</code></h2>\n<p class=\"meta\">")
            .Append(Number(outcomes.Count)).Append(" rows: ")
            .Append(Number(outcomes.Count(o => o == RowOutcome.Passed))).Append(" passed, ")
            .Append(Number(outcomes.Count(o => o == RowOutcome.Failed))).Append(" failed, ")
            .Append(Number(outcomes.Count(o => o == RowOutcome.Error))).Append(" infrastructure errors, ")
            .Append(Number(outcomes.Count(o => o == RowOutcome.Skipped))).Append(" skipped.");
        var problems = target.RunRows.Where(r => r.Outcome is RowOutcome.Failed or RowOutcome.Error).Select(r => Escape(r.Row)).ToList();
        if (problems.Count > 0)
        {
            html.Append(" Run problems: ").Append(string.Join(", ", problems)).Append('.');
        }

        html.Append("</p>\n<table class=\"matrix\">\n<thead><tr><th>language</th><th>pass rate</th>");
        foreach (var c in cases)
        {
            html.Append("<th>").Append(Escape(c)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var language in target.Languages())
        {
            html.Append("<tr><th>").Append(Escape(language)).Append("</th><td class=\"rate\">").Append(Percent(target.PassRate(language))).Append("</td>");
            foreach (var caseId in cases)
            {
                var c = target.Cases.FirstOrDefault(x => x.Language == language && x.Case == caseId);
                if (c is null)
                {
                    html.Append("<td class=\"none\"></td>");
                    continue;
                }

                var id = $"d-{t}-{index[c]}";
                html.Append("<td class=\"cell outcome-").Append(Word(c.Outcome)).Append("\" data-detail=\"").Append(id)
                    .Append("\" tabindex=\"0\" role=\"button\" style=\"background:").Append(Colour(c.PassRate)).Append("\" title=\"")
                    .Append(Escape($"{language} · {caseId}: {Word(c.Outcome)}")).Append("\">")
                    .Append("<span class=\"pct\">").Append(Percent(c.PassRate)).Append("</span>")
                    .Append("<span class=\"claims\">").Append(Escape(Readings(c.ClaimedIdentities))).Append("</span>")
                    .Append("<span class=\"langs\">").Append(Escape(Readings(c.ReplyLanguages))).Append("</span>")
                    .Append(Bad(c, RowOutcome.Failed, "✗ failed")).Append(Bad(c, RowOutcome.Error, "⚠ error")).Append("</td>");
                Detail(details, target, c, id);
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        History(html, target, history);
        html.Append("</section>\n");
    }

    private static void Detail(StringBuilder html, TargetRecord target, CaseRecord c, string id)
    {
        html.Append("<section class=\"detail\" id=\"").Append(id).Append("\" hidden>\n<h2>").Append(Escape($"{c.Language} · {c.Case}"))
            .Append(" <small>on <code>").Append(Escape(target.Name)).Append("</code></small></h2>\n")
            .Append("<button type=\"button\" class=\"close\" aria-label=\"close\">×</button>\n<table class=\"rows\">\n");
        foreach (var (check, outcome) in c.Rows)
        {
            html.Append("<tr><th>").Append(Escape(check)).Append("</th><td class=\"outcome-").Append(Word(outcome)).Append("\">").Append(Word(outcome)).Append("</td><td>");
            if (c.Checks.TryGetValue(check, out var counts))
            {
                html.Append(Number(counts.Passed)).Append('/').Append(Number(counts.Total)).Append(" samples passed; ")
                    .Append(Escape(string.Join(", ", counts.Verdicts.Select(v => $"{v.Key} {v.Value}"))));
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</table>\n<p><b>claimed identities</b> ").Append(Escape(Readings(c.ClaimedIdentities)))
            .Append(" · <b>reply languages</b> ").Append(Escape(Readings(c.ReplyLanguages))).Append("</p>\n<h3>Prompt</h3>\n");
        foreach (var turn in c.Prompt)
        {
            html.Append("<div class=\"turn\"><span class=\"role\">").Append(Escape(turn.Role)).Append("</span><pre>").Append(Escape(turn.Text)).Append("</pre></div>\n");
        }

        html.Append("<h3>Samples</h3>\n");
        foreach (var s in c.Samples)
        {
            html.Append("<div class=\"sample\"><h4>Sample ").Append(Number(s.Index));
            foreach (var (check, v) in s.Verdicts)
            {
                html.Append(" · <span class=\"").Append(v.Passed ? "pass" : "fail").Append("\">").Append(Escape($"{check}: {v.Outcome} ({v.Label})")).Append("</span>");
            }

            html.Append("</h4>\n");
            if (s.Failure is not null)
            {
                html.Append("<p class=\"failure\">no reply (infrastructure error): ").Append(Escape(s.Failure)).Append("</p>\n");
            }
            else
            {
                if (s.Refused)
                {
                    html.Append("<p class=\"failure\">refused: the model declined to answer</p>\n");
                }

                html.Append("<pre class=\"reply\">").Append(Marked(s.Text ?? "", s.Evidence)).Append("</pre>\n");
                var explanations = s.Verdicts.Where(v => !v.Value.Passed).ToList();
                if (explanations.Count > 0)
                {
                    html.Append("<ul class=\"why\">");
                    foreach (var (check, v) in explanations)
                    {
                        html.Append("<li>").Append(Escape($"{check}: {v.Explanation}")).Append("</li>");
                    }

                    html.Append("</ul>\n");
                }
            }

            html.Append("</div>\n");
        }

        if (c.Samples.Count == 0)
        {
            html.Append("<p class=\"meta\">No samples were recorded for this case (its rows did not reach the model).</p>\n");
        }

        html.Append("<h3>Snapshot</h3>\n");
        if (c.SnapshotDiff is null)
        {
            html.Append("<p class=\"meta\">No snapshot is pending review.</p>\n");
        }
        else
        {
            html.Append("<pre class=\"diff\">");
            foreach (var line in c.SnapshotDiff.Split('\n'))
            {
                var kind = line.StartsWith("+++", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal) ? "file"
                    : line.StartsWith('+') ? "add" : line.StartsWith('-') ? "del" : line.StartsWith("@@", StringComparison.Ordinal) ? "hunk" : null;
                html.Append(kind is null ? "" : $"<span class=\"{kind}\">").Append(Escape(line)).Append(kind is null ? "" : "</span>").Append('\n');
            }

            html.Append("</pre>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>A reply with each evidence span in a mark; overlapping spans of two checks mark the overlap with both.</summary>
    private static string Marked(string text, IReadOnlyList<EvidenceRecord> evidence)
    {
        var spans = evidence.Where(e => e.Start >= 0 && e.Length > 0 && e.Start + e.Length <= text.Length).ToList();
        var cuts = spans.SelectMany(e => new[] { e.Start, e.Start + e.Length }).Append(0).Append(text.Length).Distinct().Order().ToList();
        var html = new StringBuilder();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (from, to) = (cuts[i], cuts[i + 1]);
            var piece = Escape(text[from..to]);
            var covering = spans.Where(e => e.Start <= from && e.Start + e.Length >= to).ToList();
            if (covering.Count == 0)
            {
                html.Append(piece);
                continue;
            }

            html.Append("<mark class=\"").Append(string.Join(" ", covering.Select(e => "ev-" + Escape(e.Check)).Distinct()))
                .Append("\" title=\"").Append(Escape(string.Join("; ", covering.Select(e => $"{e.Check}: {e.Label}")))).Append("\">")
                .Append(piece).Append("</mark>");
        }

        return html.ToString();
    }

    private static void History(StringBuilder html, TargetRecord target, IReadOnlyList<HistoryEntry> history)
    {
        if (history.Count == 0)
        {
            return;
        }

        html.Append("<h3>Pass rate over the last ").Append(Number(history.Count)).Append(history.Count == 1 ? " run" : " runs")
            .Append("</h3>\n<table class=\"history\">\n<thead><tr><th>language</th><th>runs, oldest first</th><th>latest</th></tr></thead>\n<tbody>\n");
        var languages = history.SelectMany(h => h.PassRate.Keys).Concat(target.Languages()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var rates = history.Select(h => h.PassRate.TryGetValue(language, out var r) ? r : (double?)null).ToList();
            html.Append("<tr><th>").Append(Escape(language)).Append("</th><td>").Append(Sparkline(rates, history))
                .Append("</td><td>").Append(Percent(rates.LastOrDefault(r => r is not null))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>An inline SVG line of pass rates, one point per run (a run without the language leaves a gap).</summary>
    private static string Sparkline(IReadOnlyList<double?> rates, IReadOnlyList<HistoryEntry> history)
    {
        const int width = 160, height = 28, pad = 3;
        var step = rates.Count > 1 ? (double)(width - (2 * pad)) / (rates.Count - 1) : 0;
        var svg = new StringBuilder();
        svg.Append("<svg class=\"spark\" width=\"").Append(width).Append("\" height=\"").Append(height).Append("\" viewBox=\"0 0 ")
            .Append(width).Append(' ').Append(height).Append("\" role=\"img\">");
        var points = rates.Select((r, i) => (Rate: r, X: pad + (i * step), Entry: history[i])).Where(p => p.Rate is not null).ToList();
        string Y(double rate) => Fixed(pad + ((1 - rate) * (height - (2 * pad))));
        svg.Append("<polyline points=\"").Append(string.Join(" ", points.Select(p => $"{Fixed(p.X)},{Y(p.Rate!.Value)}"))).Append("\"/>");
        foreach (var p in points)
        {
            svg.Append("<circle cx=\"").Append(Fixed(p.X)).Append("\" cy=\"").Append(Y(p.Rate!.Value)).Append("\" r=\"2.5\" fill=\"")
                .Append(Colour(p.Rate)).Append("\"><title>").Append(Escape($"{Time(p.Entry.Time)} {p.Entry.Model}: {Percent(p.Rate)}"))
                .Append("</title></circle>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The rows of a case that ended this way, named: "✗ failed: identity, snapshot".</summary>
    private static string Bad(CaseRecord c, RowOutcome outcome, string word)
    {
        var rows = c.Rows.Where(r => r.Value == outcome).Select(r => r.Key).ToList();
        return rows.Count == 0 ? "" : $"<span class=\"bad\">{word}: {Escape(string.Join(", ", rows))}</span>";
    }

    private static string Readings(IReadOnlyDictionary<string, int> counts) => string.Join(", ", counts
        .OrderByDescending(p => p.Value)
        .ThenBy(p => p.Key, StringComparer.Ordinal)
        .Select(p => $"{p.Key} {p.Value}"));

    /// <summary>Red at 0%, amber at 50%, green at 100%; grey when nothing was judged.</summary>
    private static string Colour(double? rate) => rate is { } r ? $"hsl({Fixed(r * 120)} 70% 82%)" : "#e4e4e4";

    private static string Percent(double? rate) => rate is { } r ? r.ToString("0%", CultureInfo.InvariantCulture) : "–";

    private static string Word(RowOutcome outcome) => outcome.ToString().ToLowerInvariant();

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Fixed(double x) => x.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset time) => Escape(time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));

    private const string Style = """

        body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em; color: #1d1d1f; }
        h1 { font-size: 1.5em; margin: 0 0 .3em; } h2 { font-size: 1.2em; } .meta { color: #555; }
        code { font-size: .95em; }
        table { border-collapse: collapse; margin: .5em 0 1em; }
        th, td { border: 1px solid #ccc; padding: .3em .5em; vertical-align: top; }
        th { background: #f5f5f7; text-align: left; }
        .matrix td.cell { cursor: pointer; min-width: 7em; font-size: 12px; }
        .matrix td.cell:hover, .matrix td.cell:focus, .matrix td.selected { outline: 3px solid #0a58ca; outline-offset: -3px; }
        .matrix .bad { display: block; color: #b00020; font-weight: 600; }
        .matrix td.none { background: repeating-linear-gradient(45deg, #fafafa, #fafafa 4px, #eee 4px, #eee 8px); }
        .matrix .pct { display: block; font-weight: 600; font-size: 14px; }
        .matrix .claims, .matrix .langs { display: block; color: #333; }
        .rate { font-weight: 600; text-align: right; }
        #details section.detail { position: fixed; top: 0; right: 0; width: min(46em, 52vw); height: 100vh; box-sizing: border-box; overflow: auto;
          background: #fff; border-left: 3px solid #0a58ca; box-shadow: -6px 0 18px rgba(0,0,0,.18); padding: .5em 1.2em 1.5em; margin: 0; }
        .close { position: absolute; right: .5em; top: .5em; font-size: 1.2em; cursor: pointer; }
        pre { white-space: pre-wrap; word-break: break-word; background: #f7f7f9; padding: .5em; margin: .3em 0; }
        .turn .role { font-weight: 600; color: #555; }
        .sample h4 { margin: .8em 0 .2em; font-weight: 500; }
        .pass { color: #146c2e; } .fail { color: #b00020; font-weight: 600; }
        .rows .outcome-passed { color: #146c2e; } .rows .outcome-failed, .rows .outcome-error { color: #b00020; font-weight: 600; } .rows .outcome-skipped { color: #777; }
        .failure { color: #b00020; }
        mark.ev-identity { background: #ffd54f; } mark.ev-language { background: #90caf9; } mark.ev-identity.ev-language { background: #ce93d8; }
        .diff .add { color: #146c2e; background: #e6ffec; } .diff .del { color: #b00020; background: #ffebe9; }
        .diff .hunk { color: #6f42c1; } .diff .file { color: #555; font-weight: 600; }
        .spark polyline { fill: none; stroke: #555; stroke-width: 1.5; }

        """;

    private const string Script = """

        (function () {
          'use strict';
          function open(id) {
            var shown = null;
            document.querySelectorAll('section.detail').forEach(function (d) {
              d.hidden = d.id !== id;
              if (!d.hidden) { shown = d; }
            });
            document.querySelectorAll('td.selected').forEach(function (c) { c.classList.remove('selected'); });
            var cell = document.querySelector('td[data-detail="' + id + '"]');
            if (cell) { cell.classList.add('selected'); }
            if (shown) { shown.scrollTop = 0; }
          }
          document.addEventListener('click', function (e) {
            var cell = e.target.closest('td[data-detail]');
            if (cell) { open(cell.getAttribute('data-detail')); return; }
            var close = e.target.closest('button.close');
            if (close) { close.parentElement.hidden = true; }
          });
          document.addEventListener('keydown', function (e) {
            var cell = e.target.closest && e.target.closest('td[data-detail]');
            if (cell && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); open(cell.getAttribute('data-detail')); }
          });
          if (/^#d-\d+-\d+$/.test(location.hash)) { open(location.hash.slice(1)); }
        })();

        """;
}
