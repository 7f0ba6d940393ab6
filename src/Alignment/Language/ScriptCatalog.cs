using System.Globalization;

namespace Alignment.Language;

/// <summary>A script's weight (English-letter equivalents per letter), its languages and, when it has several, their model.</summary>
internal sealed record ScriptInfo(double Weight, string[] Languages, Lazy<NgramModel> Model)
{
    /// <summary>Prior cost per language (model units): what a language pays for being less likely in replies.</summary>
    public long[] PriorCosts { get; init; } = [];
}

/// <summary>Data/scripts-languages.tsv over the Unicode script table: what each script can be.</summary>
internal sealed class ScriptCatalog
{
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
            var entries = row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(e => e.Split(':')).ToArray();
            var languages = entries.Select(e => e[0]).ToArray();
            var priors = entries.Select(e => e.Length > 1 ? double.Parse(e[1], CultureInfo.InvariantCulture) : 0).ToArray();
            Scripts[id] = new ScriptInfo(
                double.Parse(row[1], CultureInfo.InvariantCulture),
                languages,
                new Lazy<NgramModel>(() => new NgramModel(languages)))
            {
                PriorCosts = priors.Select(p => (long)Math.Round((priors.Max() - p) * NgramModel.UnitsPerNat)).ToArray(),
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
