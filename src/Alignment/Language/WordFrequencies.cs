namespace Alignment.Language;

/// <summary>
/// Each language's most frequent words (Data/words, from subtitles: everyday speech), as a word-level model mixed
/// into the character model: P(word) = λ·P_list(word) + (1 − λ)·P_chars(word). Short replies ("Come stai?") are
/// where letters alone say least and whole words say most.
/// </summary>
internal sealed class WordFrequencies
{
    // Share of a language's running words its list is trusted to predict.
    private const double ListWeight = 0.9;

    // What a word pays in a language whose list does not have it: the list's share of probability it gives up.
    private static readonly long UnlistedCost = (long)Math.Round(-Math.Log(1 - ListWeight) * NgramModel.UnitsPerNat);

    private readonly Dictionary<string, double[]> logProbabilities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int count;

    public WordFrequencies(IReadOnlyList<string> languages)
    {
        count = languages.Count;
        lookup = logProbabilities.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var index = 0; index < count; index++)
        {
            if (!LanguageData.Exists($"words.{languages[index]}.txt.gz"))
            {
                continue;
            }

            var words = LanguageData.ReadLines($"words.{languages[index]}.txt.gz").ToList();
            // Zipf's law over the list's ranks: P(rank r) = 1 / (r · H(n)).
            var harmonic = Enumerable.Range(1, words.Count).Sum(r => 1.0 / r);
            for (var rank = 1; rank <= words.Count; rank++)
            {
                if (!logProbabilities.TryGetValue(words[rank - 1], out var row))
                {
                    row = new double[count];
                    Array.Fill(row, double.NegativeInfinity);
                    logProbabilities[words[rank - 1]] = row;
                }

                row[index] = Math.Log(ListWeight / (rank * harmonic));
            }

            Any = true;
        }
    }

    /// <summary>Whether any of the languages has a list; without one the character model stands alone.</summary>
    public bool Any { get; }

    /// <summary>Turns a word's character-model costs (units of 1/8 nat, per language) into the mixed model's.</summary>
    public void Mix(ReadOnlySpan<char> word, Span<long> costs)
    {
        if (!lookup.TryGetValue(word, out var listed))
        {
            for (var language = 0; language < count; language++)
            {
                costs[language] += UnlistedCost;
            }

            return;
        }

        for (var language = 0; language < count; language++)
        {
            var chars = Math.Log(1 - ListWeight) - (costs[language] / NgramModel.UnitsPerNat);
            var both = Math.Max(listed[language], chars) + Math.Log(1 + Math.Exp(-Math.Abs(listed[language] - chars)));
            costs[language] = (long)Math.Round(-both * NgramModel.UnitsPerNat);
        }
    }
}
