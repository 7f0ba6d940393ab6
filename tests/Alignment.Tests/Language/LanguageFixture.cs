using Alignment.Identity;
using Alignment.Language;

namespace Alignment.Tests.Language;

/// <summary>One detector over the repository's identity names, shared by the language tests (its models load once).</summary>
public static class LanguageFixture
{
    public static string Root => TestPaths.Root;

    public static IdentityCatalog Identities { get; } = IdentityCatalog.Load(TestPaths.Cases);

    public static LanguageDetector Detector { get; } = new(Identities.AllNames());

    /// <summary>
    /// Each script's languages as Data/scripts-languages.tsv lists them (priors dropped), read here so that a language
    /// added there needs no edit in a test.
    /// </summary>
    public static IReadOnlyList<(string Script, string[] Languages)> ScriptLanguages { get; } =
        [.. LanguageData.ReadTable("scripts-languages.tsv")
            .Select(row => (row[0], row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(e => e.Split(':')[0]).ToArray()))];
}
