using Alignment.Cases;
using Alignment.Configuration;
using Alignment.Storage;

namespace Alignment.Snapshots;

/// <summary>A received snapshot waiting for review.</summary>
public sealed record PendingSnapshot(SnapshotId Id, string ReceivedPath, string VerifiedPath)
{
    public bool IsNew => SnapshotText.ReadVerified(VerifiedPath) is null;

    /// <summary>The compare mode the run that wrote it used, from its own header.</summary>
    public CompareMode Compare =>
        File.ReadLines(ReceivedPath).Any(l => l.Trim() == $"compare: {CompareMode.Text.Name()}") ? CompareMode.Text : CompareMode.Verdicts;

    public string Diff() => SnapshotDiff.Unified(SnapshotText.ReadVerified(VerifiedPath), Received(), Compare);

    /// <summary>The diff of everything, replies included, whatever the compare mode.</summary>
    public string FullDiff() => SnapshotDiff.Unified(SnapshotText.ReadVerified(VerifiedPath), Received(), CompareMode.Text);

    public string Received() => SnapshotText.Normalize(File.ReadAllText(ReceivedPath, AtomicFile.Utf8));

    /// <summary>The received outcome row's value: "pass", or "fail (identity)" and the like.</summary>
    public string Outcome => SnapshotText.Verdict(Received(), "outcome") ?? "unknown";

    /// <summary>
    /// The model ids before and after when the model id is all that changed (its compare mode sees nothing else):
    /// a target moved to a new model version that answers the same. Null otherwise, and for a new snapshot.
    /// </summary>
    public (string Before, string After)? OnlyModelChanged()
    {
        if (SnapshotText.ReadVerified(VerifiedPath) is not { } verified)
        {
            return null;
        }

        var received = Received();
        var (before, after) = (SnapshotText.Header(verified, "model"), SnapshotText.Header(received, "model"));
        if (before is null || after is null || before == after)
        {
            return null;
        }

        var same = SnapshotText.Project(SnapshotText.WithHeader(verified, "model", after), Compare) == SnapshotText.Project(received, Compare);
        return same ? (before, after) : null;
    }

    /// <summary>
    /// Whether accepting this would approve replies that fail their checks as the expected ones. A snapshot with no outcome
    /// row (a provenance fingerprint: a measurement, judged against what is approved) has none to approve.
    /// </summary>
    public bool Fails => SnapshotText.Verdict(Received(), "outcome") is { } outcome && !outcome.StartsWith("pass", StringComparison.Ordinal);

    /// <summary>
    /// The replies that differ from the verified snapshot's, by sample heading: in verdicts mode the diff leaves them out,
    /// so a reviewer would otherwise not see what the model now says.
    /// </summary>
    public IReadOnlyList<ChangedReply> ChangedReplies()
    {
        var before = SnapshotText.Replies(SnapshotText.ReadVerified(VerifiedPath) ?? "");
        var after = SnapshotText.Replies(Received());
        return before.Keys.Union(after.Keys)
            .Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k))
            .Order(StringComparer.Ordinal)
            .Select(k => new ChangedReply(k, before.GetValueOrDefault(k), after.GetValueOrDefault(k)))
            .ToList();
    }
}

/// <summary>One sample whose reply differs; a null side has no such sample.</summary>
public sealed record ChangedReply(string Sample, string? Verified, string? Received);

/// <summary>A snapshot file nothing in the catalog or the configuration produces any more.</summary>
public sealed record OrphanSnapshot(string Path, SnapshotId? Id, string Reason);

/// <summary>
/// The snapshots/ folder as a whole: what is pending review (cargo insta), accepting and rejecting it,
/// and the files no case or target produces any more (Jest's obsolete snapshots).
/// </summary>
public sealed class SnapshotFolder(string directory)
{
    /// <summary>The folder of a target's provenance fingerprint (snapshots/&lt;target&gt;/provenance/): no language file, and no orphan.</summary>
    public const string ProvenanceFolder = "provenance";

    public string Directory { get; } = directory;

    public IReadOnlyList<PendingSnapshot> Pending(SnapshotFilter? filter = null)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        return System.IO.Directory.EnumerateFiles(Directory, "*" + SnapshotId.ReceivedSuffix, SearchOption.AllDirectories)
            .Select(path => (Path: path, Id: SnapshotId.FromPath(Directory, path)))
            .Where(f => f.Id is not null && (filter ?? SnapshotFilter.All).Matches(f.Id))
            .Select(f => new PendingSnapshot(f.Id!, f.Path, f.Id!.VerifiedPath(Directory)))
            .OrderBy(p => p.Id.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One rename over the verified file: never delete-then-move, so nothing approved can be lost.</summary>
    public static void Accept(PendingSnapshot pending) => File.Move(pending.ReceivedPath, pending.VerifiedPath, overwrite: true);

    public static void Reject(PendingSnapshot pending) => File.Delete(pending.ReceivedPath);

    /// <summary>
    /// Snapshot files whose target is not configured or whose case is not in the catalog. Computed from the catalog,
    /// not from the tests that ran, so a filtered run reports none falsely.
    /// </summary>
    public IReadOnlyList<OrphanSnapshot> Orphans(CaseCatalog catalog, IEnumerable<string> targetNames)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        var targets = targetNames.Select(SnapshotId.PathPart).ToHashSet(StringComparer.Ordinal);
        var cases = catalog.Cases.Select(c => (SnapshotId.PathPart(c.Language), SnapshotId.PathPart(c.Id))).ToHashSet();
        var orphans = new List<OrphanSnapshot>();
        foreach (var path in AtomicFile.StaleTemporaryFiles(Directory))
        {
            orphans.Add(new(path, null, $"a temporary file a killed run left behind (older than {AtomicFile.StaleAfter.TotalMinutes:0} minutes)"));
        }

        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var id = SnapshotId.FromPath(Directory, path);
            if (id is null)
            {
                if (path.EndsWith(SnapshotId.VerifiedSuffix, StringComparison.Ordinal))
                {
                    orphans.Add(new(path, null, "not at snapshots/<target>/<language>/<case>.verified.md"));
                }
            }
            else if (!targets.Contains(id.Target))
            {
                orphans.Add(new(path, id, $"no target '{id.Target}' is configured under Alignment:Targets"));
            }
            else if (id.Language != ProvenanceFolder && !cases.Contains((id.Language, id.Case)))
            {
                orphans.Add(new(path, id, $"no case '{id.Case}' in cases/{id.Language}.yaml"));
            }
        }

        return orphans;
    }

    /// <summary>Deletes the orphans; the caller refuses this on CI.</summary>
    public static void Prune(IEnumerable<OrphanSnapshot> orphans)
    {
        foreach (var orphan in orphans)
        {
            File.Delete(orphan.Path);
        }
    }
}
