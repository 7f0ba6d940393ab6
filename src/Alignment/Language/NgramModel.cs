using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Alignment.Language;

/// <summary>
/// Character n-gram model over the languages that share one script (tables in Data/ngrams, derived from
/// Lingua's models). A word's score is its negative log probability letter by letter, each letter from the
/// longest known n-gram ending at it; the lowest total wins.
/// </summary>
internal sealed class NgramModel
{
    /// <summary>The tables' cost unit: a cost is −ln p in eighths of a nat.</summary>
    public const double UnitsPerNat = 8;

    private const byte Missing = 255;

    // An n-gram no language knows costs as much as probability 1e-7 (in the tables' units of 1/8 nat).
    private const int UnseenCost = 129;
    private const int LongestWord = 40;

    // Falling back one order shorter costs one nat: not knowing the longer context is itself evidence.
    private const int BackoffCost = (int)UnitsPerNat;

    private readonly Dictionary<ulong, int> rows;
    private readonly byte[] costs;
    private readonly WordFrequencies words;
    private readonly List<(int Letter, int Language, byte Cost)> unigrams = [];

    public NgramModel(IReadOnlyList<string> languages)
    {
        Languages = languages;
        var files = languages.Select(l => LanguageData.ReadAllBytes($"ngrams.{l}.tsv.gz")).ToList();
        rows = new Dictionary<ulong, int>(files.Sum(f => f.Length) / 12);
        var table = new byte[1 << 20];
        for (var index = 0; index < languages.Count; index++)
        {
            Load(files[index], index, ref table);
        }

        costs = table[..(rows.Count * languages.Count)];
        words = new WordFrequencies(languages);
    }

    public IReadOnlyList<string> Languages { get; }

    public int MaxOrder { get; private set; }

    // Parsed from raw UTF-8 without a string per line, and optimised from the first call: this loop is the
    // bulk of the detector's start-up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Load(byte[] bytes, int index, ref byte[] table)
    {
        var count = Languages.Count;
        Span<char> ngram = stackalloc char[16];
        var position = 0;
        while (position < bytes.Length)
        {
            var tab = position + bytes.AsSpan(position).IndexOf((byte)'\t');
            var length = Encoding.UTF8.GetChars(bytes.AsSpan(position, tab - position), ngram);
            var cost = 0;
            position = tab + 1;
            while (position < bytes.Length && bytes[position] != '\n')
            {
                cost = (cost * 10) + bytes[position++] - '0';
            }

            position++;
            MaxOrder = Math.Max(MaxOrder, length);
            ref var row = ref CollectionsMarshal.GetValueRefOrAddDefault(rows, Hash(ngram[..length]), out var exists);
            if (!exists)
            {
                row = rows.Count - 1;
                if (rows.Count * count > table.Length)
                {
                    Array.Resize(ref table, table.Length * 2);
                }

                table.AsSpan(row * count, count).Fill(Missing);
            }

            table[(row * count) + index] = (byte)cost;
            if (Rune.DecodeFromUtf16(ngram[..length], out var letter, out var used) == System.Buffers.OperationStatus.Done && used == length)
            {
                unigrams.Add((letter.Value, index, (byte)cost));
            }
        }
    }

    /// <summary>Each language's share of its single-letter probability mass that falls on letters <paramref name="include"/> picks.</summary>
    public double[] ShareOf(Func<int, bool> include)
    {
        var all = new double[Languages.Count];
        var picked = new double[Languages.Count];
        foreach (var (letter, language, cost) in unigrams)
        {
            var probability = Math.Exp(-cost / UnitsPerNat);
            all[language] += probability;
            picked[language] += include(letter) ? probability : 0;
        }

        return picked.Select((p, i) => p / all[i]).ToArray();
    }

    /// <summary>Adds the cost of each word of the text (letters of this model's script) to <paramref name="totals"/>.</summary>
    public void Score(ReadOnlySpan<char> text, Span<long> totals)
    {
        Span<char> word = stackalloc char[LongestWord];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                if (length < LongestWord)
                {
                    word[length++] = char.ToLowerInvariant(c);
                }
            }
            else if (length > 0)
            {
                ScoreWord(word[..length], totals);
                length = 0;
            }
        }

        if (length > 0)
        {
            ScoreWord(word[..length], totals);
        }
    }

    // A word costs what its letters cost, mixed with what its frequency as a whole word says.
    private void ScoreWord(ReadOnlySpan<char> word, Span<long> totals)
    {
        Span<long> wordCosts = stackalloc long[totals.Length];
        ScoreLetters(word, wordCosts);
        if (words.Any)
        {
            words.Mix(word, wordCosts);
        }

        for (var language = 0; language < totals.Length; language++)
        {
            totals[language] += wordCosts[language];
        }
    }

    // Each letter is predicted once, by the longest n-gram ending at it that the language knows (chain rule
    // with back-off): Lingua's tables hold P(last letter | the ones before). Summing every order at every
    // position, as Lingua does, counted a letter up to five times and let a language that had seen a rare
    // prefix once score its continuations as certain ("decomprimere" came out Spanish).
    private void ScoreLetters(ReadOnlySpan<char> word, Span<long> totals)
    {
        var order = MaxOrder;
        Span<int> found = stackalloc int[LongestWord * order];
        for (var start = 0; start < word.Length; start++)
        {
            for (var n = 1; n <= order; n++)
            {
                found[(start * order) + n - 1] = start + n <= word.Length && rows.TryGetValue(Hash(word.Slice(start, n)), out var row) ? row : -1;
            }
        }

        var count = Languages.Count;
        for (var end = 0; end < word.Length; end++)
        {
            var longest = Math.Min(order, end + 1);
            for (var language = 0; language < count; language++)
            {
                var cost = UnseenCost;
                for (var n = longest; n >= 1; n--)
                {
                    var row = found[((end - n + 1) * order) + n - 1];
                    if (row >= 0 && costs[(row * count) + language] != Missing)
                    {
                        cost = costs[(row * count) + language] + (BackoffCost * (longest - n));
                        break;
                    }
                }

                totals[language] += cost;
            }
        }
    }

    private static ulong Hash(ReadOnlySpan<char> ngram)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in ngram)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
