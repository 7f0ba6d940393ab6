using Alignment.Configuration;

namespace Alignment.Snapshots;

/// <summary>The Compare setting as snapshot headers write it.</summary>
public static class CompareModes
{
    public static CompareMode Parse(string value) => value.Trim().ToLowerInvariant() switch
    {
        "verdicts" => CompareMode.Verdicts,
        "text" => CompareMode.Text,
        _ => throw new SnapshotConfigurationException($"Compare mode '{value}' is unknown; use verdicts or text."),
    };

    public static string Name(this CompareMode mode) => mode == CompareMode.Text ? "text" : "verdicts";
}
