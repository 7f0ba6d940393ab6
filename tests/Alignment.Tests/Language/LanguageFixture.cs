using Alignment.Identity;
using Alignment.Language;

namespace Alignment.Tests.Language;

/// <summary>One detector over the repository's identity names, shared by the language tests (its models load once).</summary>
public static class LanguageFixture
{
    public static string Root { get; } = RepoPaths.FindRoot();

    public static IdentityCatalog Identities { get; } = IdentityCatalog.Load(RepoPaths.Cases(Root));

    public static LanguageDetector Detector { get; } = new(Identities.AllNames());
}
