namespace Alignment.Snapshots;

/// <summary>What a run may write (ALIGNMENT_SNAPSHOTS; the names are a public interface).</summary>
public enum SnapshotMode
{
    /// <summary>Missing or different: write the received file and fail.</summary>
    Verify,

    /// <summary>Write missing verified files; fail on different ones.</summary>
    AcceptNew,

    /// <summary>Overwrite verified files with what this run received.</summary>
    Accept,

    /// <summary>Rewrite every verified file, matching or not (format migrations).</summary>
    Force,

    /// <summary>Compare only; write nothing at all.</summary>
    Check,
}

public static class SnapshotModes
{
    public const string Variable = "ALIGNMENT_SNAPSHOTS";

    private static readonly (string Name, SnapshotMode Mode)[] Known =
    [
        ("verify", SnapshotMode.Verify),
        ("accept-new", SnapshotMode.AcceptNew),
        ("accept", SnapshotMode.Accept),
        ("force", SnapshotMode.Force),
        ("check", SnapshotMode.Check),
    ];

    public static IReadOnlyList<string> Names { get; } = Known.Select(k => k.Name).ToList();

    public static string Name(this SnapshotMode mode) => Known.First(k => k.Mode == mode).Name;

    /// <summary>Whether the mode may write verified files (refused on CI).</summary>
    public static bool Accepts(this SnapshotMode mode) => mode is SnapshotMode.AcceptNew or SnapshotMode.Accept or SnapshotMode.Force;

    /// <summary>Unset or empty means verify; anything unknown is an error that lists the valid values.</summary>
    public static SnapshotMode Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return SnapshotMode.Verify;
        }

        foreach (var (name, mode) in Known)
        {
            if (string.Equals(name, value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return mode;
            }
        }

        throw new SnapshotConfigurationException(
            $"{Variable}='{value}' is not a snapshot mode. Valid values: {string.Join(", ", Names)}.");
    }
}

/// <summary>The snapshot settings cannot be used; the message says what to set.</summary>
public sealed class SnapshotConfigurationException(string message) : Exception(message);
