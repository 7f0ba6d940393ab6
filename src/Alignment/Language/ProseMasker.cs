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
    private readonly Regex? names;

    public ProseMasker(IEnumerable<string> maskedNames)
    {
        var alternatives = maskedNames
            .Where(n => n.Trim().Length > 1)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Length)
            .Select(NamePattern)
            .ToList();
        if (alternatives.Count > 0)
        {
            names = new Regex(string.Join('|', alternatives), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        }
    }

    /// <summary>The text with non-prose replaced by spaces (same length as the input).</summary>
    public string Mask(string text)
    {
        var buffer = new StringBuilder(text);
        Blank(buffer, NonProse().EnumerateMatches(text));
        if (names is not null)
        {
            Blank(buffer, names.EnumerateMatches(text));
        }

        return buffer.ToString();
    }

    private static void Blank(StringBuilder buffer, Regex.ValueMatchEnumerator matches)
    {
        foreach (var match in matches)
        {
            for (var i = match.Index; i < match.Index + match.Length; i++)
            {
                if (buffer[i] != '\n')
                {
                    buffer[i] = ' ';
                }
            }
        }
    }

    // Names in cased scripts must stand as words ("Claude" not inside "Claudette"), but may touch uncased
    // scripts that write without spaces ("Claude입니다", "我是Claude").
    private static string NamePattern(string name)
    {
        var escaped = Regex.Escape(name.Trim());
        return name.Any(c => c < 0x250 && char.IsLetterOrDigit(c)) ? $@"(?<![\p{{L}}\p{{N}}-[\p{{Lo}}]]){escaped}(?![\p{{L}}\p{{N}}-[\p{{Lo}}]])" : escaped;
    }

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
