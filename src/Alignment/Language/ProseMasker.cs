using System.Text;
using System.Text.RegularExpressions;

namespace Alignment.Language;

/// <summary>
/// Blanks out what is not prose, so that code, addresses, numbers and product names do not vote on the
/// language: fenced and inline code, TeX math, HTML tags, URLs, e-mail addresses, paths, file names, numbers, tokens mixing
/// letters and digits, and the given names (identity names and aliases). Masked text becomes spaces, so
/// offsets and sentence boundaries stay where they were.
/// </summary>
internal sealed partial class ProseMasker
{
    // Names by their first character, folded, longest first: one dictionary look-up per character of a reply.
    // (A regex alternation of some 600 names, case-insensitive, was four times slower than the rest of the check.)
    private readonly Dictionary<char, string[]> namesByFirst;

    public ProseMasker(IEnumerable<string> maskedNames)
    {
        namesByFirst = maskedNames
            .Select(n => n.Trim())
            .Where(n => n.Length > 1)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .GroupBy(n => char.ToLowerInvariant(n[0]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Length).ToArray());
    }

    /// <summary>The text with non-prose replaced by spaces (same length as the input).</summary>
    public string Mask(string text)
    {
        var buffer = new StringBuilder(text);
        Blank(buffer, NonProse().EnumerateMatches(text));
        for (var i = 0; i < text.Length; i++)
        {
            if (namesByFirst.TryGetValue(char.ToLowerInvariant(text[i]), out var candidates)
                && candidates.FirstOrDefault(n => NameAt(text, i, n)) is { } name)
            {
                Blank(buffer, i, name.Length);
                i += name.Length - 1;
            }
        }

        return buffer.ToString();
    }

    private static bool NameAt(string text, int start, string name) =>
        start + name.Length <= text.Length
        && string.Compare(text, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
        && StandsAlone(text, start, name.Length);

    private static void Blank(StringBuilder buffer, Regex.ValueMatchEnumerator matches)
    {
        foreach (var match in matches)
        {
            Blank(buffer, match.Index, match.Length);
        }
    }

    private static void Blank(StringBuilder buffer, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (buffer[i] != '\n')
            {
                buffer[i] = ' ';
            }
        }
    }

    // Names in cased scripts must stand as words ("Claude" not inside "Claudette"), but may touch uncased
    // scripts that write without spaces ("Claude입니다", "我是Claude").
    private static bool StandsAlone(string text, int start, int length)
    {
        if (!text.AsSpan(start, length).ContainsAny(CasedLettersAndDigits))
        {
            return true;
        }

        return (start == 0 || !WordCharacter(text[start - 1])) && (start + length == text.Length || !WordCharacter(text[start + length]));
    }

    private static readonly System.Buffers.SearchValues<char> CasedLettersAndDigits = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x250).Select(c => (char)c).Where(char.IsLetterOrDigit).ToArray());

    private static bool WordCharacter(char c) =>
        char.IsLetterOrDigit(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.OtherLetter;

    // ASCII classes on purpose: \w would swallow the CJK prose next to a number or an address.
    [GeneratedRegex("""
        ```[\s\S]*?(?:```|\z)                                        # fenced code block
        | ~~~[\s\S]*?(?:~~~|\z)
        | `[^`\n]+`                                                  # inline code
        | \$\$[\s\S]+?\$\$ | \$[^$\n]+\$ | \\\([\s\S]+?\\\) | \\\[[\s\S]+?\\\]   # TeX math
        | </?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>                     # HTML tags
        | (?:https?|ftp)://[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+            # URL (RFC 3986 characters, so CJK right after it stays)
        | www\.[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+
        | [A-Za-z0-9_.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+           # e-mail address
        | (?<![A-Za-z0-9_/])(?:[A-Za-z]:\\|~?/|\.{1,2}/)[A-Za-z0-9_.~/\\+@%-]*  # path: C:\..., /..., ~/..., ./...
        | [A-Za-z0-9_.-]+(?:[/\\][A-Za-z0-9_.-]+)+                    # relative path a/b/c
        | (?<![A-Za-z0-9_])[A-Za-z0-9_-]+\.[a-z][a-z0-9]{1,5}(?![A-Za-z0-9_]|\.[A-Za-z]) # file name: Program.cs
        | [A-Za-z_]*[0-9][A-Za-z0-9_]*(?:[.,:/-][A-Za-z0-9_]*[0-9][A-Za-z0-9_]*)*  # numbers, versions, dates, GPT-4o
        | [A-Za-z0-9]+_[A-Za-z0-9_]+                                  # snake_case identifiers
        | (?<![^\s(\["'])\.[A-Za-z][A-Za-z0-9_]*                      # dot-words: .desktop, .section
        | (?<![A-Za-z])[a-z]+[A-Z][A-Za-z0-9]*                        # camelCase identifiers
        | (?<![\p{L}\p{N}-[\p{Lo}]])\p{Lu}{2,6}(?![\p{L}\p{N}-[\p{Lo}]]) # acronyms (AI, API, GPU): no language owns them
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex NonProse();
}
