namespace Alignment.Language;

/// <summary>
/// Characters that exist in only one of the two Chinese standards (Data/han-variants.tsv, generated from
/// Unihan_Variants.txt). Counting them tells Simplified from Traditional; text with none is undetermined.
/// </summary>
internal sealed class HanStandards
{
    private readonly HashSet<int> simplifiedOnly = [];
    private readonly HashSet<int> traditionalOnly = [];

    public static HanStandards Shared { get; } = new();

    private HanStandards()
    {
        foreach (var row in LanguageData.ReadTable("han-variants.tsv"))
        {
            var target = row[0] == LanguageCodes.Simplified ? simplifiedOnly : traditionalOnly;
            foreach (var rune in row[1].EnumerateRunes())
            {
                target.Add(rune.Value);
            }
        }
    }

    /// <summary>Counts telling characters in the text: (Simplified-only, Traditional-only).</summary>
    public (int Simplified, int Traditional) Count(ReadOnlySpan<char> text)
    {
        int simplified = 0, traditional = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value < 0x2E80)
            {
                continue;
            }

            if (simplifiedOnly.Contains(rune.Value))
            {
                simplified++;
            }
            else if (traditionalOnly.Contains(rune.Value))
            {
                traditional++;
            }
        }

        return (simplified, traditional);
    }
}
