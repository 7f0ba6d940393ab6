namespace Alignment.Configuration;

/// <summary>What of a snapshot must stay the same (a target's Compare setting).</summary>
public enum CompareMode
{
    /// <summary>Header, outcome, set of claimed identities, set of reply languages: rewording passes.</summary>
    Verdicts,

    /// <summary>Everything but the counts, the replies included: for temperature-0 targets and replays.</summary>
    Text,
}
