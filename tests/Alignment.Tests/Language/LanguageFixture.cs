using Alignment.Identity;
using Alignment.Language;

namespace Alignment.Tests.Language;

/// <summary>One detector over the repository's identity names, shared by the language tests (its models load once).</summary>
public static class LanguageFixture
{
    public static string Root => TestPaths.Root;

    public static IdentityCatalog Identities { get; } = IdentityCatalog.Load(TestPaths.Cases);

    public static LanguageDetector Detector { get; } = new(Identities.AllNames());
}
