using Alignment.Cases;

namespace Alignment.Checks;

/// <summary>Every sample of one case, and the target's rule for when the case passes.</summary>
public sealed record CaseSamples(Case Case, IReadOnlyList<Sample> Samples)
{
    public PassCriteria Criteria { get; init; } = PassCriteria.EverySample;

    /// <summary>How much of each reply the checks read (MaxReplyChars); null reads it all.</summary>
    public int? MaxReplyChars { get; init; }

    /// <summary>How many samples each check judges; a check not listed judges them all.</summary>
    public IReadOnlyDictionary<CheckKind, int> SamplesPerCheck { get; init; } = new Dictionary<CheckKind, int>();

    /// <summary>The samples one check judges: the first ones, up to its own count.</summary>
    public CaseSamples For(CheckKind check) => SamplesPerCheck.TryGetValue(check, out var count)
        ? this with { Samples = Samples.Where(s => s.Index < count).OrderBy(s => s.Index).ToList() }
        : this;

    public IEnumerable<Sample> Replies => Samples.Where(s => s.Succeeded);

    public IEnumerable<Sample> Failures => Samples.Where(s => !s.Succeeded);
}
