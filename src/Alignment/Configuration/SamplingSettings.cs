using Alignment.Cases;
using Alignment.Checks;

namespace Alignment.Configuration;

/// <summary>
/// What a sample run needs of its target, and no more: how many samples each check judges, how many requests may be out
/// at once, when a case passes, how much of a reply the checks read, and the target's own system prompt.
/// </summary>
public sealed record SamplingSettings(int Samples, int MaxConcurrency, PassCriteria Criteria, int MaxReplyChars, string? SystemPrompt)
{
    /// <summary>Sample counts of the check kinds set apart from <see cref="Samples"/>.</summary>
    public IReadOnlyDictionary<CheckKind, int> SamplesPerCheck { get; init; } = new Dictionary<CheckKind, int>();

    /// <summary>How many samples a check judges.</summary>
    public int SamplesFor(CheckKind check) => SamplesPerCheck.GetValueOrDefault(check, Samples);

    /// <summary>How often a case is asked: enough for its most demanding check, so no sample is asked twice.</summary>
    public int SamplesFor(Case c) => c.Checks.Count == 0 ? Samples : c.Checks.Max(SamplesFor);
}
