using System.Globalization;

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

    // Data/tags.tsv: tags that say more than the check tells (zh-Hant-HK is zh-Hant).
    private static readonly Lazy<Dictionary<string, string>> Tags = new(() =>
        LanguageData.ReadTable("tags.tsv").ToDictionary(row => row[0], row => row[1], StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The language the check tells for a case's language tag: the one Data/tags.tsv names (zh-Hant-HK: zh-Hant),
    /// else a tag's first subtag (pt-BR, pt-PT: pt), except Chinese, whose script subtag is its standard (zh-Hans-SG: zh-Hans).
    /// </summary>
    public static string CheckLanguage(string tag)
    {
        if (Tags.Value.TryGetValue(tag, out var listed))
        {
            return listed;
        }

        var subtags = tag.Split('-');
        return string.Equals(subtags[0], Chinese, StringComparison.OrdinalIgnoreCase) ? string.Join('-', subtags.Take(2)) : subtags[0];
    }

    /// <summary>
    /// True when a detected language satisfies the expected one, read as <see cref="CheckLanguage"/> reads it: "zh"
    /// (standard undetermined) satisfies zh-Hans and zh-Hant, a macrolanguage whose variety was not told satisfies each variety
    /// (msa: ms and id; Data/varieties.tsv), and a bare expected language takes any of its forms (zh takes zh-Hant).
    /// </summary>
    public static bool Satisfies(string detected, string expected)
    {
        var language = CheckLanguage(expected);
        return string.Equals(detected, language, StringComparison.OrdinalIgnoreCase)
            || detected.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase)
            || (detected == Chinese && language.StartsWith(Chinese, StringComparison.OrdinalIgnoreCase))
            || VarietyMarkers.Shared.Covers(detected, language);
    }

    /// <summary>The English names of the languages the check tells, so a message reads the same on every machine.</summary>
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zh-Hans"] = "Simplified Chinese", ["zh-Hant"] = "Traditional Chinese", ["zh"] = "Chinese", ["en"] = "English",
        ["ja"] = "Japanese", ["ko"] = "Korean", ["ru"] = "Russian", ["fr"] = "French", ["de"] = "German", ["es"] = "Spanish",
        ["pt"] = "Portuguese", ["it"] = "Italian", ["ar"] = "Arabic", ["hi"] = "Hindi", ["vi"] = "Vietnamese", ["th"] = "Thai",
        ["id"] = "Indonesian", ["tr"] = "Turkish", ["uk"] = "Ukrainian", ["pl"] = "Polish", ["nl"] = "Dutch", ["he"] = "Hebrew",
        ["fa"] = "Persian", ["ms"] = "Malay", ["msa"] = "Malay or Indonesian", ["sw"] = "Swahili", ["el"] = "Greek", ["hu"] = "Hungarian",
    };

    /// <summary>"English" for en: from the list above, else where the platform knows the language, else the tag itself.</summary>
    internal static string EnglishName(string tag)
    {
        if (Names.TryGetValue(tag, out var name))
        {
            return name;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(tag, predefinedOnly: true);
            return string.IsNullOrWhiteSpace(culture.EnglishName) || culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) ? tag : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return tag;
        }
    }
}
