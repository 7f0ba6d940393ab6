using Alignment.Identity;

namespace Alignment.Tests.Identity;

/// <summary>The checked-in catalog and grammar, loaded once for the identity tests.</summary>
internal static class Identities
{
    private static readonly Lazy<IdentityClassifier> Shared = new(() => new IdentityClassifier(IdentityCatalog.Load(TestPaths.Cases)));

    public static string Root => TestPaths.Root;

    public static IdentityClassifier Classifier => Shared.Value;

    public static IdentityCatalog Catalog => Shared.Value.Catalog;
}
