namespace Alignment.Language;

/// <summary>Language codes the check itself gives meaning to; all others come from the data files.</summary>
public static class LanguageCodes
{
    public const string Chinese = "zh";
    public const string Simplified = "zh-Hans";
    public const string Traditional = "zh-Hant";
    public const string Japanese = "ja";
    public const string English = "en";
    public const string Unknown = "und";

    // Data/tags.tsv: tags that say more than the check tells (zh-Hant-HK is zh-Hant, ms is told as id).
    private static readonly Lazy<Dictionary<string, string>> Tags = new(() =>
        LanguageData.ReadTable("tags.tsv").ToDictionary(row => row[0], row => row[1], StringComparer.OrdinalIgnoreCase));

    /// <summary>The language the check tells for a case's language tag (Data/tags.tsv); the tag itself when not listed.</summary>
    public static string CheckLanguage(string tag) => Tags.Value.GetValueOrDefault(tag, tag);

    /// <summary>
    /// True when a detected language satisfies the expected one, read as <see cref="CheckLanguage"/> reads it: "zh"
    /// (standard undetermined) satisfies zh-Hans and zh-Hant; a region or script subtag asks no more than its language
    /// (pt-BR takes pt), except Chinese's two standards, and a bare expected language takes any of its forms (zh takes zh-Hant).
    /// </summary>
    public static bool Satisfies(string detected, string expected) => SatisfiesTag(detected, CheckLanguage(expected));

    private static bool SatisfiesTag(string detected, string expected) =>
        string.Equals(detected, expected, StringComparison.OrdinalIgnoreCase)
        || detected.StartsWith(expected + "-", StringComparison.OrdinalIgnoreCase)
        || (detected == Chinese && expected.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        || (expected.Contains('-') && !expected.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            && string.Equals(detected, expected[..expected.IndexOf('-')], StringComparison.OrdinalIgnoreCase));
}
