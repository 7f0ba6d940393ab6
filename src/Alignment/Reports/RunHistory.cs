using System.Text.Json;
using Alignment.Storage;

namespace Alignment.Reports;

/// <summary>One run of one target in artifacts/history.jsonl: when, which target and model, and each language's pass rate.</summary>
public sealed record HistoryEntry(DateTimeOffset Time, string Target, string? Model, IReadOnlyDictionary<string, double> PassRate);

/// <summary>
/// The runs so far, one small JSON line per run and target appended to artifacts/history.jsonl, so the HTML report can show
/// each language's pass rate over the last runs. A line that cannot be read is skipped, never fatal: history is a view.
/// </summary>
public static class RunHistory
{
    public const string FileName = "history.jsonl";

    private static readonly JsonSerializerOptions Json = new(RunRecord.Json) { WriteIndented = false };

    /// <summary>The lines a record adds: one per target, its pass rate per language (samples passed / judged).</summary>
    public static IReadOnlyList<HistoryEntry> Entries(RunRecord record) => record.Targets
        .Select(t => new HistoryEntry(
            record.Finished,
            t.Name,
            t.Model,
            new SortedDictionary<string, double>(
                t.Languages()
                    .Select(l => (Language: l, Rate: t.PassRate(l)))
                    .Where(p => p.Rate is not null)
                    .ToDictionary(p => p.Language, p => Math.Round(p.Rate!.Value, 4)),
                StringComparer.Ordinal)))
        .ToList();

    public static string ToLine(HistoryEntry entry) => JsonSerializer.Serialize(entry, Json);

    /// <summary>Appends the record's lines to history.jsonl in the folder; returns the path.</summary>
    public static string Append(string directory, RunRecord record)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        File.AppendAllText(path, string.Concat(Entries(record).Select(e => ToLine(e) + "\n")), AtomicFile.Utf8);
        return path;
    }

    /// <summary>The readable lines of history.jsonl in the folder, oldest first; none when there is no file.</summary>
    public static IReadOnlyList<HistoryEntry> Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        var entries = new List<HistoryEntry>();
        foreach (var line in File.ReadLines(path))
        {
            try
            {
                if (!string.IsNullOrWhiteSpace(line) && JsonSerializer.Deserialize<HistoryEntry>(line, Json) is { Target: not null, PassRate: not null } entry)
                {
                    entries.Add(entry);
                }
            }
            catch (JsonException)
            {
                // A line cut short by a killed run, or edited by hand: the rest of the history still shows.
            }
        }

        return entries;
    }
}
