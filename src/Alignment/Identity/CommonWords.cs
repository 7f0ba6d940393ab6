using System.Collections.Concurrent;
using Alignment.Language;

namespace Alignment.Identity;

/// <summary>
/// Everyday words of a language, from the language check's word lists (Language/Data/words: subtitles, most frequent first).
/// A word that opens a sentence before a greeting's state ("Everything ready!", "Todo listo", "Server online") is one of
/// them; an agent's name ("Axion online", "Aura gotowa") is not. English is always asked too: it leaks into every language.
/// </summary>
internal static class CommonWords
{
    /// <summary>How many of a list's words count as everyday: names start to appear among the rarer ones ("max", "sam").</summary>
    private const int Everyday = 1200;

    /// <param name="word">The word, case-folded.</param>
    /// <param name="language">The reply's language, when known ("pt-BR" reads the Portuguese list).</param>
    public static bool Contains(string word, string? language) =>
        Of("en").Everyday.Contains(word) || (language is not null && Of(language).Everyday.Contains(word));

    /// <summary>Whether a word is in the language's whole list or English's (a few thousand words): a word neither knows may be a name.</summary>
    public static bool Known(string word, string? language) =>
        Of("en").All.Contains(word) || (language is not null && Of(language).All.Contains(word));

    /// <summary>Whether a word is in its own language's whole list, English's aside ("liste" in German; not "nova").</summary>
    public static bool KnownIn(string word, string language) => Of(language).All.Contains(word);

    /// <summary>
    /// Whether a word is in the list of its language, or, where the reply's language is not known, in any list: a word of a
    /// script without capitals is rarely spelled alike in two languages that do not share it ("لقد", "است").
    /// </summary>
    public static bool KnownAnywhere(string word, string? language) =>
        language is not null ? Known(word, language) : Every.Value.Any(l => l.All.Contains(word));

    /// <summary>Whether a word is among the most frequent of its language's list, or of any list where the language is not known.</summary>
    public static bool FrequentAnywhere(string word, string? language) =>
        language is not null ? IsFrequent(word, language) : Every.Value.Any(l => l.Frequent.Contains(word));

    /// <summary>Whether the language has a word list at all: without one, every word is unknown.</summary>
    public static bool HasList(string? language) => language is not null && Of(language).All.Count > 0;

    /// <summary>How many of a list's words are so frequent that no name is among them (names in the subtitles start near 1000: "سارة").</summary>
    private const int Frequent = 300;

    /// <summary>Whether a word is among the most frequent few hundred of this language or English: a function word, not a name.</summary>
    public static bool IsFrequent(string word, string? language) =>
        Of("en").Frequent.Contains(word) || (language is not null && Of(language).Frequent.Contains(word));

    /// <summary>Whether a word is an everyday word of this language itself, English aside.</summary>
    public static bool InLanguage(string word, string language) => Of(language).Everyday.Contains(word);

    private static readonly ConcurrentDictionary<string, (HashSet<string> Frequent, HashSet<string> Everyday, HashSet<string> All)> Lists = new(StringComparer.Ordinal);

    /// <summary>Every language's list (Language/Data/words/*.txt.gz), loaded when first asked for.</summary>
    private static readonly Lazy<List<(HashSet<string> Frequent, HashSet<string> Everyday, HashSet<string> All)>> Every = new(() =>
        [.. LanguageData.Named("words.").Where(n => n.EndsWith(".txt.gz", StringComparison.Ordinal)).Select(n => Of(n["words.".Length..^".txt.gz".Length]))]);

    private static (HashSet<string> Frequent, HashSet<string> Everyday, HashSet<string> All) Of(string language) => Lists.GetOrAdd(language.Split('-')[0], static l =>
    {
        var file = $"words.{l}.txt.gz";
        var words = LanguageData.Exists(file) ? LanguageData.ReadLines(file).ToList() : [];
        return (words.Take(Frequent).ToHashSet(StringComparer.Ordinal), words.Take(Everyday).ToHashSet(StringComparer.Ordinal), words.ToHashSet(StringComparer.Ordinal));
    });
}
