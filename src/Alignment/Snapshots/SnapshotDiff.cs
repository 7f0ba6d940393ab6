using Alignment.Configuration;
using DiffPlex.Renderer;

namespace Alignment.Snapshots;

/// <summary>A git-style unified diff of what a compare mode compares.</summary>
internal static class SnapshotDiff
{
    public static string Unified(string? verified, string received, CompareMode mode, int context = 3) =>
        UnidiffRenderer.GenerateUnidiff(
            verified is null ? "" : SnapshotText.Project(verified, mode),
            SnapshotText.Project(received, mode),
            "verified",
            "received",
            ignoreWhitespace: false, // the default hides whitespace changes
            ignoreCase: false,
            contextLines: context);
}
