using System.Globalization;

namespace Alignment.Language;

/// <summary>A script's weight (English-letter equivalents per letter), its languages and, when it has several, their model.</summary>
internal sealed record ScriptInfo(double Weight, string[] Languages, Lazy<NgramModel> Model)
{
    /// <summary>Prior cost per language (model units): the first language listed is the likeliest in replies.</summary>
    public long[] PriorCosts { get; init; } = [];
}

/// <summary>Data/scripts-languages.tsv over the Unicode script table: what each script can be.</summary>
internal sealed class ScriptCatalog
{
    // How much likelier the script's first language is (English for Latin): 2 nats in model units of 1/8 nat.
    private const long FirstLanguagePrior = 16;

    public ScriptCatalog(UnicodeScripts unicode)
    {
        Unicode = unicode;
        Scripts = new ScriptInfo[unicode.Count];
        Family = new byte[unicode.Count];
        IsKana = new bool[unicode.Count];
        for (var id = 0; id < unicode.Count; id++)
        {
            Scripts[id] = new ScriptInfo(1.0, [], new Lazy<NgramModel>(() => throw new InvalidOperationException("no model for one language")));
            Family[id] = (byte)id;
        }

        Family[0] = 0;
        Family[unicode.Common] = 0;
        Family[unicode.Inherited] = 0;
        foreach (var row in LanguageData.ReadTable("scripts-languages.tsv"))
        {
            var id = unicode.Id(row[0]);
            var languages = row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Scripts[id] = new ScriptInfo(
                double.Parse(row[1], CultureInfo.InvariantCulture),
                languages,
                new Lazy<NgramModel>(() => new NgramModel(languages)))
            {
                PriorCosts = languages.Select((_, i) => i == 0 ? 0L : FirstLanguagePrior).ToArray(),
            };
        }

        // Han and kana are one family: Japanese writes with both, and the kana share decides.
        Han = unicode.Id("Han");
        foreach (var kana in new[] { "Hiragana", "Katakana" })
        {
            IsKana[unicode.Id(kana)] = true;
            Family[unicode.Id(kana)] = Han;
        }
    }

    public UnicodeScripts Unicode { get; }

    public ScriptInfo[] Scripts { get; }

    public byte[] Family { get; }

    public bool[] IsKana { get; }

    public byte Han { get; }
}
