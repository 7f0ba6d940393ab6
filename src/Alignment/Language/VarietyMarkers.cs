using System.Globalization;

namespace Alignment.Language;

/// <summary>What a reply in a macrolanguage was told: a variety, or the macrolanguage, and the words that told it.</summary>
internal sealed record VarietyVerdict(string Language, IReadOnlyList<string> Words);

/// <summary>
/// Tells apart the varieties of a macrolanguage that one character model reads as one language (Malaysian Malay and
/// Indonesian, both read as id) by words only one variety writes (Data/varieties.tsv, Data/varieties/&lt;code&gt;.tsv).
/// A reply is told a variety when its markers (each word once) outweigh every other variety's twofold and by at least a
/// whole word; otherwise it is the macrolanguage, which satisfies each of its varieties.
/// </summary>
internal sealed class VarietyMarkers
{
    private const string Table = "varieties.tsv";

    // A variety must outweigh the others by this much (marker weights, a plain marker is 1) and this many times.
    private const double Margin = 1;
    private const double Ratio = 2;

    private static readonly Lazy<VarietyMarkers> Lazy = new(() => new VarietyMarkers(LanguageData.Open));

    private readonly Func<string, TextReader> open;

    private readonly Dictionary<string, Macrolanguage> byModelLanguage = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Macrolanguage> byCode = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads Data/varieties.tsv and its marker files through <paramref name="open"/> (embedded resource names).</summary>
    internal VarietyMarkers(Func<string, TextReader> open)
    {
        this.open = open;
        foreach (var (row, line) in Rows(Table))
        {
            if (row.Length < 3 || row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries) is not { Length: >= 2 } varieties)
            {
                throw Bad(Table, line, "expected: model's language, macrolanguage, two or more varieties");
            }

            var macrolanguage = Load(row[1], varieties);
            byModelLanguage[row[0]] = macrolanguage;
            byCode[row[1]] = macrolanguage;
        }
    }

    public static VarietyMarkers Shared => Lazy.Value;

    /// <summary>Every variety told (ms, id).</summary>
    public IEnumerable<string> Varieties => byCode.Values.SelectMany(m => m.Varieties);

    /// <summary>Whether the model's language is a macrolanguage whose variety the markers tell.</summary>
    public bool Splits(string modelLanguage) => byModelLanguage.ContainsKey(modelLanguage);

    /// <summary>Whether a detected macrolanguage (variety not told) covers the language: msa covers ms and id.</summary>
    public bool Covers(string detected, string language) =>
        byCode.TryGetValue(detected, out var macrolanguage) && macrolanguage.Varieties.Contains(language, StringComparer.OrdinalIgnoreCase);

    /// <summary>The variety the texts (a reply's sentences the model read as <paramref name="modelLanguage"/>) are in.</summary>
    public VarietyVerdict Tell(string modelLanguage, IEnumerable<string> texts)
    {
        var macrolanguage = byModelLanguage[modelLanguage];
        var weights = new double[macrolanguage.Varieties.Length];
        var words = macrolanguage.Varieties.Select(_ => new List<string>()).ToArray();
        foreach (var text in texts)
        {
            foreach (var word in text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // A word repeated is one choice of words, not several ("tidak boleh … tidak boleh").
                if (macrolanguage.Find(word) is { } marker && !words[marker.Variety].Contains(marker.Word))
                {
                    weights[marker.Variety] += marker.Weight;
                    words[marker.Variety].Add(marker.Word);
                }
            }
        }

        var best = Array.IndexOf(weights, weights.Max());
        var others = weights.Where((_, i) => i != best).Max();
        return weights[best] - others >= Margin && weights[best] >= Ratio * others
            ? new VarietyVerdict(macrolanguage.Varieties[best], words[best])
            : new VarietyVerdict(macrolanguage.Code, []);
    }

    private Macrolanguage Load(string code, string[] varieties)
    {
        var file = $"varieties.{code}.tsv";
        var macrolanguage = new Macrolanguage(code, varieties);
        foreach (var (row, line) in Rows(file))
        {
            if (row[0].StartsWith('-'))
            {
                macrolanguage.Clitics.Add(row[0][1..]);
                continue;
            }

            var variety = row.Length >= 2 ? Array.IndexOf(varieties, row[1]) : -1;
            if (variety < 0)
            {
                throw Bad(file, line, $"the variety (second column) must be one of {string.Join(", ", varieties)}");
            }

            var weight = 1.0;
            if (row.Length >= 4 && !(double.TryParse(row[3], NumberStyles.Float, CultureInfo.InvariantCulture, out weight) && weight > 0))
            {
                throw Bad(file, line, $"the weight (fourth column) must be a positive number, not '{row[3]}'");
            }

            if (!macrolanguage.Markers.TryAdd(row[0], new Marker(row[0], variety, weight)))
            {
                throw Bad(file, line, $"'{row[0]}' is listed twice");
            }
        }

        return macrolanguage;
    }

    private IEnumerable<(string[] Row, int Line)> Rows(string name)
    {
        using var reader = open(name);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length > 0 && text[0] != '#')
            {
                yield return (text.Split('\t'), line);
            }
        }
    }

    private static InvalidOperationException Bad(string file, int line, string problem) =>
        new($"Language data Data/{file.Replace("varieties.", "varieties/", StringComparison.Ordinal)} line {line}: {problem}.");

    private sealed record Marker(string Word, int Variety, double Weight);

    private sealed class Macrolanguage(string code, string[] varieties)
    {
        public string Code { get; } = code;

        public string[] Varieties { get; } = varieties;

        public Dictionary<string, Marker> Markers { get; } = new(StringComparer.Ordinal);

        public List<string> Clitics { get; } = [];

        // As written; else a reduplication's first half (kawasan-kawasan); else without a clitic (bolehkah, uangnya).
        public Marker? Find(string word)
        {
            if (Markers.TryGetValue(word, out var marker))
            {
                return marker;
            }

            var hyphen = word.IndexOf('-', StringComparison.Ordinal);
            if (hyphen > 0 && Markers.TryGetValue(word[..hyphen], out marker))
            {
                return marker;
            }

            foreach (var clitic in Clitics)
            {
                if (word.Length > clitic.Length && word.EndsWith(clitic, StringComparison.Ordinal)
                    && Markers.TryGetValue(word[..^clitic.Length], out marker))
                {
                    return marker;
                }
            }

            return null;
        }
    }
}
