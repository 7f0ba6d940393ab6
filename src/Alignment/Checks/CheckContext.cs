namespace Alignment.Checks;

/// <summary>What the checks expect of a case's replies on a target (see ResolvedTarget.CheckContext).</summary>
public sealed record CheckContext(string Language, string ExpectedIdentity, string? ExpectedMaker, bool NoClaimFails);
