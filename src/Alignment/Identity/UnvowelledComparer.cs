namespace Alignment.Identity;

/// <summary>
/// Compares words as written without Arabic vowel marks, which writers add at will: "دستیارِ" (the Persian ezafe, "assistant of")
/// is the word "دستیار". Words without any compare as ordinal strings, at the same cost.
/// </summary>
internal sealed class UnvowelledComparer : IEqualityComparer<string>
{
    public static readonly UnvowelledComparer Instance = new();

    public bool Equals(string? x, string? y) =>
        string.Equals(x, y, StringComparison.Ordinal) || (x is not null && y is not null && HasMarks(x) | HasMarks(y) && Strip(x) == Strip(y));

    public int GetHashCode(string word) => (HasMarks(word) ? Strip(word) : word).GetHashCode(StringComparison.Ordinal);

    /// <summary>Arabic's harakat, shadda and sukun (U+064B to U+065F) and the dagger alif (U+0670).</summary>
    private static bool HasMarks(string word) => word.AsSpan().IndexOfAnyInRange('\u064B', '\u065F') >= 0 || word.Contains('\u0670');

    private static string Strip(string word) => string.Create(word.Length - word.Count(IsMark), word, static (span, w) =>
    {
        var at = 0;
        foreach (var c in w)
        {
            if (!IsMark(c))
            {
                span[at++] = c;
            }
        }
    });

    private static bool IsMark(char c) => c is (>= '\u064B' and <= '\u065F') or '\u0670';
}
