using Alignment.Cleaning;
using Alignment.Language;

namespace Alignment.Identity;

/// <summary>How words are separated in a script: what a word boundary means next to a character.</summary>
internal enum Script
{
    /// <summary>Not a letter or digit.</summary>
    None,

    /// <summary>Latin, Cyrillic, Greek, Arabic, digits: words are separated by spaces and punctuation.</summary>
    Spaced,

    /// <summary>Korean: words are spaced, but particles attach to the word before them.</summary>
    Hangul,

    /// <summary>Han and kana: no spaces between words, so every position is a boundary.</summary>
    Unspaced,
}

/// <summary>
/// A reply folded for matching: lower case, full-width ASCII as ASCII, curly quotes straight.
/// Folding keeps the length, so every offset found in <see cref="Folded"/> is an offset in <see cref="Original"/>.
/// </summary>
internal sealed class FoldedText
{
    public FoldedText(string original)
    {
        Original = original;
        // The checks' shared cleaning: reasoning and links are not what the reply says.
        Folded = Fold(ReplyCleaner.Clean(original, ReplyParts.Reasoning | ReplyParts.Links).Text);
    }

    public string Original { get; }

    public string Folded { get; }

    public int Length => Folded.Length;

    public char this[int index] => Folded[index];

    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Fold(source[i]);
        }
    });

    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => char.ToLowerInvariant((char)(c - 0xFEE0)),
        '\u3000' or '\u00A0' or '\u2009' or '\u202F' => ' ',
        '\u2018' or '\u2019' or '\u02BC' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' => '"',
        '\u30FB' or '\u2022' => '\u00B7',

        // Hyphens that look alike ("Chat‑GPT" with a non-breaking hyphen) are one hyphen.
        '\u2010' or '\u2011' or '\u2012' or '\u2212' or '\uFE63' => '-',

        // Persian writes kaf and yeh with its own letters (کلود, گوگل ... نیستم): read them as the Arabic ones (كلود).
        '\u06A9' => '\u0643',
        '\u06CC' or '\u0649' => '\u064A',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>How words are separated next to this character, from the Unicode script data the language check uses.</summary>
    public static Script ScriptOf(char c) => Scripts[c];

    private static readonly Script[] Scripts = BuildScripts();

    private static Script[] BuildScripts()
    {
        var unicode = UnicodeScripts.Shared;
        // These scripts write words without spaces between them, so every position may be a word boundary.
        var unspaced = new[] { "Han", "Hiragana", "Katakana", "Bopomofo", "Yi", "Thai", "Lao", "Khmer", "Myanmar", "Tibetan" }
            .Select(unicode.Id).ToHashSet();
        var hangul = unicode.Id("Hangul");
        var table = new Script[0x10000];
        for (var c = 0; c < table.Length; c++)
        {
            if (!char.IsLetterOrDigit((char)c))
            {
                continue;
            }

            var script = unicode.Of(c);
            var shared = script == unicode.Common || script == unicode.Inherited;
            table[c] = script == hangul ? Script.Hangul
                : unspaced.Contains(script) || (shared && c >= 0x2E80) ? Script.Unspaced
                : Script.Spaced;
        }

        return table;
    }

    /// <summary>
    /// Whether two letters are of one alphabet, so that together they make one word: Arabic and Hebrew attach
    /// prefixes to a Latin name ("وGemini", "לChatGPT") without making it part of a longer word.
    /// </summary>
    public static bool SameAlphabet(char a, char b) => Alphabet(a) == Alphabet(b);

    private static int Alphabet(char c) => c switch
    {
        < '\u0250' or >= '\u1E00' and <= '\u1EFF' => 0,
        >= '\u0590' and <= '\u05FF' => 1,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => 2,
        >= '\u0400' and <= '\u052F' => 3,
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' => 4,
        _ => c >> 7,
    };

    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';
}
