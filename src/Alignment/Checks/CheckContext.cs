namespace Alignment.Checks;

/// <summary>What the checks expect of a case's replies on a target (see ResolvedTarget.CheckContext).</summary>
public sealed record CheckContext(string Language, string ExpectedIdentity, string? ExpectedMaker, bool NoClaimFails)
{
    /// <summary>
    /// Whether the prompt asks the model who it is (a case tagged identity): then a reply that never speaks of itself is
    /// uncertain, not "claims nothing". Placebo prompts (a recipe, an email) are judged for what they volunteer.
    /// </summary>
    public bool AsksWhoItIs { get; init; }
}
