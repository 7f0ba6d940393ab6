using Alignment.Cases;
using Alignment.Configuration;

namespace Alignment.Checks;

/// <summary>What the checks expect of a case's replies on a target.</summary>
public sealed record CheckContext(string Language, string ExpectedIdentity, string? ExpectedMaker, bool NoClaimFails)
{
    public static CheckContext For(Case c, ResolvedTarget target) => new(c.Language, target.Identity, target.Maker, target.NoClaimFails);
}
