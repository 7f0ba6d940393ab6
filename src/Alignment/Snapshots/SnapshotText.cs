using Alignment.Configuration;
using Alignment.Storage;

namespace Alignment.Snapshots;

/// <summary>Reading snapshot files and cutting out the part a compare mode compares.</summary>
internal static class SnapshotText
{
    public const string DetailsHeading = "## Prompt";
    public const string CountsPrefix = "| counts (not compared) |";

    /// <summary>
    /// The text of a verified file, or null when it is missing. An empty or BOM-only file counts as missing:
    /// DiffEngine creates one when it opens a diff tool for a new snapshot. A BOM and CRLF are tolerated.
    /// </summary>
    public static string? ReadVerified(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var text = Normalize(File.ReadAllText(path, AtomicFile.Utf8));
        return text.Trim().Length == 0 ? null : text;
    }

    public static string Normalize(string text) => text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>
    /// What must stay the same: in verdicts mode the header and verdicts (counts left out), in text mode
    /// also the prompt and every reply.
    /// </summary>
    public static string Project(string snapshot, CompareMode mode)
    {
        var lines = Normalize(snapshot).Split('\n');
        if (mode == CompareMode.Verdicts)
        {
            var replies = Array.IndexOf(lines, DetailsHeading);
            if (replies >= 0)
            {
                lines = lines[..replies];
            }
        }

        return string.Join('\n', lines.Where(l => !l.StartsWith(CountsPrefix, StringComparison.Ordinal))).TrimEnd('\n') + "\n";
    }

    /// <summary>A front-matter field, e.g. Header(text, "model") = "claude-sonnet-4-5"; null when absent.</summary>
    public static string? Header(string snapshot, string name) => FrontMatter(Normalize(snapshot).Split('\n'))
        .Where(l => l.StartsWith(name + ": ", StringComparison.Ordinal))
        .Select(l => l[(name.Length + 2)..])
        .FirstOrDefault();

    /// <summary>The snapshot with one front-matter field set to another value.</summary>
    public static string WithHeader(string snapshot, string name, string value)
    {
        var lines = Normalize(snapshot).Split('\n');
        var end = FrontMatter(lines).Count() + 1;
        for (var i = 1; i < Math.Min(end, lines.Length); i++)
        {
            if (lines[i].StartsWith(name + ": ", StringComparison.Ordinal))
            {
                lines[i] = $"{name}: {value}";
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>The lines between the opening and the closing "---".</summary>
    private static IEnumerable<string> FrontMatter(string[] lines) =>
        lines.Length > 0 && lines[0] == "---" ? lines.Skip(1).TakeWhile(l => l != "---") : [];

    /// <summary>A row of the verdict table, e.g. Verdict(text, "outcome") = "fail (identity)"; null when absent.</summary>
    public static string? Verdict(string snapshot, string name) => Normalize(snapshot).Split('\n')
        .Where(l => l.StartsWith($"| {name} | ", StringComparison.Ordinal))
        .Select(l => l[$"| {name} | ".Length..].TrimEnd().TrimEnd('|').Trim())
        .FirstOrDefault();

    /// <summary>Each reply under "## Replies" by its sample heading ("Sample 0", "Sample 1 (refused)" is "Sample 1"), without its fence.</summary>
    public static IReadOnlyDictionary<string, string> Replies(string snapshot)
    {
        var replies = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = Normalize(snapshot).Split('\n');
        var start = Array.IndexOf(lines, "## Replies");
        string? sample = null;
        var body = new List<string>();
        void Flush()
        {
            if (sample is not null)
            {
                // The block is a fence (```text ... ```) around the reply; keep what is inside it.
                var inner = body.SkipWhile(l => !l.StartsWith("```", StringComparison.Ordinal)).Skip(1).ToList();
                var close = inner.FindLastIndex(l => l.StartsWith("```", StringComparison.Ordinal));
                replies[sample] = string.Join('\n', close >= 0 ? inner[..close] : inner);
            }

            body.Clear();
        }

        for (var i = start < 0 ? lines.Length : start + 1; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("### Sample ", StringComparison.Ordinal))
            {
                Flush();
                var heading = lines[i][4..];
                sample = heading.Split(" (")[0];
            }
            else
            {
                body.Add(lines[i]);
            }
        }

        Flush();
        return replies;
    }
}
