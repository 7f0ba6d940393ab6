using Alignment;
using Alignment.Identity;

namespace Alignment.Tests.Identity;

/// <summary>The checked-in catalog and grammar, loaded once for the identity tests.</summary>
internal static class Identities
{
    private static readonly Lazy<IdentityClassifier> Shared = new(() => new IdentityClassifier(IdentityCatalog.Load(RepoPaths.Cases(Root))));

    public static string Root => RepoPaths.FindRoot();

    public static IdentityClassifier Classifier => Shared.Value;

    public static IdentityCatalog Catalog => Shared.Value.Catalog;
}
