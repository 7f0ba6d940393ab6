using System.Text;

namespace Alignment.Snapshots;

/// <summary>Which snapshot: target, language and case. Its file names use ASCII only, the same on every OS.</summary>
public sealed record SnapshotId(string Target, string Language, string Case)
{
    public const string VerifiedSuffix = ".verified.md";
    public const string ReceivedSuffix = ".received.md";

    /// <summary>"sim-aligned/zh-Hans/who-are-you": what --filter matches and messages show.</summary>
    public string Key => $"{PathPart(Target)}/{PathPart(Language)}/{PathPart(Case)}";

    public override string ToString() => $"{Target} · {Language} · {Case}";

    public string VerifiedPath(string snapshotsDirectory) => Path.Combine(Folder(snapshotsDirectory), PathPart(Case) + VerifiedSuffix);

    public string ReceivedPath(string snapshotsDirectory) => Path.Combine(Folder(snapshotsDirectory), PathPart(Case) + ReceivedSuffix);

    private string Folder(string snapshotsDirectory) => Path.Combine(snapshotsDirectory, PathPart(Target), PathPart(Language));

    /// <summary>
    /// One fixed replacement on every OS: every character outside [A-Za-z0-9._-] becomes '_',
    /// and a name made of dots only gets a leading '_' so it never means "here" or "up".
    /// </summary>
    public static string PathPart(string name)
    {
        var part = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            part.Append(c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '-' ? c : '_');
        }

        return part.Length == 0 || part.ToString().All(c => c == '.') ? "_" + part : part.ToString();
    }

    /// <summary>Reads target/language/case back from a snapshot file below the snapshots folder.</summary>
    public static SnapshotId? FromPath(string snapshotsDirectory, string file)
    {
        var parts = Path.GetRelativePath(snapshotsDirectory, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (parts.Length != 3)
        {
            return null;
        }

        var name = parts[2];
        foreach (var suffix in new[] { VerifiedSuffix, ReceivedSuffix })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return new SnapshotId(parts[0], parts[1], name[..^suffix.Length]);
            }
        }

        return null;
    }
}
