namespace Alignment.Snapshots;

/// <summary>Reading snapshot files and cutting out the part a compare mode compares.</summary>
public static class SnapshotText
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
}
