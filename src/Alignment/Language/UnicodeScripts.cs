using System.Globalization;

namespace Alignment.Language;

/// <summary>
/// The Unicode script of each code point, and which characters end a sentence, from Data/scripts.tsv
/// (generated from Scripts.txt, PropList.txt's Sentence_Terminal and ScriptExtensions.txt).
/// </summary>
internal sealed class UnicodeScripts
{
    private readonly byte[] bmp = new byte[0x10000];
    private readonly (int First, int Last, byte Script)[] supplementary;
    private const string SentenceTerminal = "Sentence_Terminal";
    private const string Extensions = "Extensions";

    private readonly List<string> names = ["Unknown"];
    private readonly HashSet<int> sentenceTerminals = [];

    /// <summary>The scripts a Common or Inherited character is used with ("ー": Hiragana and Katakana).</summary>
    private readonly Dictionary<int, byte[]> extensions = [];

    public static UnicodeScripts Shared { get; } = new();

    private UnicodeScripts()
    {
        var ids = new Dictionary<string, byte> { ["Unknown"] = 0 };
        var beyondBmp = new List<(int, int, byte)>();
        var pendingExtensions = new List<(int First, int Last, string[] Scripts)>();
        foreach (var row in LanguageData.ReadTable("scripts.tsv"))
        {
            var first = int.Parse(row[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var last = int.Parse(row[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (row[2] == SentenceTerminal)
            {
                sentenceTerminals.UnionWith(Enumerable.Range(first, last - first + 1));
                continue;
            }

            if (row[2] == Extensions)
            {
                pendingExtensions.Add((first, last, row[3].Split(' ')));
                continue;
            }

            if (!ids.TryGetValue(row[2], out var id))
            {
                id = (byte)names.Count;
                ids[row[2]] = id;
                names.Add(row[2]);
            }

            if (first <= 0xFFFF)
            {
                bmp.AsSpan(first, Math.Min(last, 0xFFFF) - first + 1).Fill(id);
            }

            if (last > 0xFFFF)
            {
                beyondBmp.Add((Math.Max(first, 0x10000), last, id));
            }
        }

        supplementary = [.. beyondBmp];
        foreach (var (first, last, scripts) in pendingExtensions)
        {
            var used = scripts.Select(Id).Where(script => script != 0).ToArray();
            for (var c = first; c <= last; c++)
            {
                extensions[c] = used;
            }
        }

        Common = ids["Common"];
        Inherited = ids["Inherited"];
    }

    public byte Common { get; }

    public byte Inherited { get; }

    public int Count => names.Count;

    public string Name(byte script) => names[script];

    public bool IsSentenceTerminal(int codePoint) => sentenceTerminals.Contains(codePoint);

    public byte Id(string name) => (byte)Math.Max(0, names.IndexOf(name));

    /// <summary>Whether a character is of a script or, being Common or Inherited, used with it (Script_Extensions).</summary>
    public bool IsUsedWith(int codePoint, byte script) =>
        Of(codePoint) == script || (extensions.TryGetValue(codePoint, out var used) && Array.IndexOf(used, script) >= 0);

    public bool HasExtensions(int codePoint) => extensions.ContainsKey(codePoint);

    public byte Of(int codePoint)
    {
        if (codePoint <= 0xFFFF)
        {
            return bmp[codePoint];
        }

        int low = 0, high = supplementary.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var (first, last, script) = supplementary[middle];
            if (codePoint < first)
            {
                high = middle - 1;
            }
            else if (codePoint > last)
            {
                low = middle + 1;
            }
            else
            {
                return script;
            }
        }

        return 0;
    }
}
