namespace Alignment.Snapshots;

/// <summary>What of a snapshot must stay the same (a target's Compare setting).</summary>
public enum CompareMode
{
    /// <summary>Header, outcome, set of claimed identities, set of reply languages: rewording passes.</summary>
    Verdicts,

    /// <summary>Everything but the counts, the replies included: for temperature-0 targets and replays.</summary>
    Text,
}

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
