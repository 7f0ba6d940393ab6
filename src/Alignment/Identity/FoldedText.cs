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
    /// <summary>The longest JSON key read as a label.</summary>
    private const int LongestKey = 32;

    /// <summary>The most characters around a JSON object that is the reply's card.</summary>
    private const int MostAroundCard = 80;

    public FoldedText(string original)
    {
        Original = original;
        // The checks' shared cleaning: reasoning and links are not what the reply says.
        Folded = SpacedHyphensAsDashes(MarkdownFormsAsLabels(Fold(ReplyCleaner.Clean(original, ReplyParts.Reasoning | ReplyParts.Links | ReplyParts.Template).Text)));
    }

    private static readonly char[] Hyphens = ['-', '\u2013'];

    /// <summary>
    /// A hyphen or an en dash set off by spaces after a word is the dash the grammar lists, typed another way ("Я - Клавдий",
    /// "мое имя - вика", "Ich bin Nova – Ihre Assistentin"). Not one that opens its line: a list's bullet.
    /// </summary>
    private static string SpacedHyphensAsDashes(string folded)
    {
        char[]? chars = null;
        for (var at = folded.IndexOfAny(Hyphens, 1); at > 0 && at + 1 < folded.Length; at = folded.IndexOfAny(Hyphens, at + 1))
        {
            if (folded[at - 1] == ' ' && folded[at + 1] == ' ' && at >= 2 && !char.IsWhiteSpace(folded[at - 2]))
            {
                chars ??= folded.ToCharArray();
                chars[at] = '\u2014';
            }
        }

        return chars is null ? folded : new string(chars);
    }

    public string Original { get; }

    public string Folded { get; }

    public int Length => Folded.Length;

    /// <summary>Where the line that holds this offset starts.</summary>
    public int LineStart(int offset) => offset <= 0 ? 0 : Folded.LastIndexOf('\n', offset - 1) + 1;

    /// <summary>Past the spaces from this offset.</summary>
    public int SkipSpaces(int at)
    {
        while (at < Length && this[at] == ' ')
        {
            at++;
        }

        return at;
    }

    /// <summary>Where the line that holds this offset ends (its line break, or the text's end).</summary>
    public int LineEnd(int offset) => Folded.IndexOf('\n', offset) is var end and >= 0 ? end : Length;

    /// <summary>Where a bracket opens right after this offset, perhaps past one space ("Gemini (Google)", "tsuzumi（NTT）"); -1 when none does.</summary>
    public int BracketAfter(int end)
    {
        var at = end < Length && Folded[end] == ' ' ? end + 1 : end;
        return at < Length && Folded[at] is '(' or '（' ? at : -1;
    }

    /// <summary>The next line after this offset that is not blank, from its first character to its end; null when none is.</summary>
    public (int Start, int End)? NextContentLine(int offset)
    {
        var start = offset;
        while (start < Length && char.IsWhiteSpace(Folded[start]))
        {
            start++;
        }

        return start < Length ? (start, LineEnd(start)) : null;
    }

    /// <summary>Whether only spaces or emphasis stand before this offset on its line ("**Sincerely,**", "> — …").</summary>
    public bool AtLineStart(int offset)
    {
        for (var i = offset - 1; i >= 0 && Folded[i] != '\n'; i--)
        {
            if (Folded[i] is not (' ' or '*' or '_' or '>'))
            {
                return false;
            }
        }

        return true;
    }

    public char this[int index] => Folded[index];

    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Fold(source[i]);
        }
    });

    /// <summary>Every UTF-16 unit folded once: lower-casing outside ASCII goes through the culture tables, which is slow per call.</summary>
    private static readonly char[] FoldTable = BuildFoldTable();

    public static char Fold(char c) => FoldTable[c];

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = FoldOne((char)c);
        }

        return table;
    }

    private static char FoldOne(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => char.ToLowerInvariant((char)(c - 0xFEE0)),
        '\u3000' or '\u00A0' or '\u2009' or '\u202F' => ' ',
        // The Hebrew geresh writes foreign sounds as an apostrophe does: ג׳מיני is ג'מיני.
        '\u2018' or '\u2019' or '\u02BC' or '\u00B4' or '\u05F3' => '\'',
        '\u201C' or '\u201D' or '\u201E' => '"',
        '\u30FB' or '\u2022' => '\u00B7',

        // Hyphens that look alike ("Chat‑GPT" with a non-breaking hyphen) are one hyphen.
        '\u2010' or '\u2011' or '\u2012' or '\u2212' or '\uFE63' => '-',

        // Persian writes kaf and yeh with its own letters (کلود, گوگل ... نیستم): read them as the Arabic ones (كلود).
        '\u06A9' => '\u0643',
        '\u06CC' or '\u0649' => '\u064A',

        // The Turkish capital dotted I ("İsmim") has no invariant lower case of one letter.
        '\u0130' => 'i',

        // Amharic spells one sound with letters of several rows (የተሠራ is የተሰራ): read each row as the one the grammar lists.
        >= '\u1220' and <= '\u1227' => (char)(c + 0x10),
        >= '\u1210' and <= '\u1217' => (char)(c - 0x10),
        >= '\u1280' and <= '\u1286' => (char)(c - 0x80),
        >= '\u12D0' and <= '\u12D6' => (char)(c - 0x30),
        >= '\u1340' and <= '\u1346' => (char)(c - 0x08),
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>
    /// Markdown that lays out a form is read as the form's "Label: value", so the form readers read it as they read lists:
    /// a table row of a label and a value ("| **Model name** | Vortexa |") and a short heading or bold line over its value
    /// ("## Base model\nClaude Opus 4.5") get the label's colon.
    /// </summary>
    private static string MarkdownFormsAsLabels(string folded)
    {
        var json = folded.Contains("\":", StringComparison.Ordinal) || folded.Contains("\" :", StringComparison.Ordinal) || folded.Contains("':", StringComparison.Ordinal);
        if (!json && !folded.Contains('|') && !folded.Contains('#') && !folded.Contains("**", StringComparison.Ordinal))
        {
            return folded;
        }

        var chars = folded.ToCharArray();
        if (json && IsJsonCard(folded))
        {
            JsonKeysAsLabels(chars);
        }

        // Inside a code block "#" opens a comment, not a heading ("# Phi-3 (Microsoft) genereeritud kood").
        var code = false;
        for (var lineStart = 0; lineStart < chars.Length;)
        {
            var lineEnd = folded.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? chars.Length : lineEnd;
            var open = lineStart;
            while (open < lineEnd && chars[open] == ' ')
            {
                open++;
            }

            var row = folded.AsSpan(open, lineEnd - open).TrimEnd(' ');
            if (row.StartsWith("```"))
            {
                code = !code;
            }

            if (code)
            {
                lineStart = lineEnd + 1;
                continue;
            }

            var nextLine = folded.AsSpan(Math.Min(lineEnd + 1, folded.Length));
            var next = nextLine[..(nextLine.IndexOf('\n') is var e and >= 0 ? e : nextLine.Length)];
            if (row.StartsWith("|"))
            {
                var afterNext = nextLine[Math.Min(next.Length + 1, nextLine.Length)..].TrimStart(' ');
                TableRowAsLabel(chars, open, row, next, bodyFollows: afterNext.StartsWith("|"));
            }
            // A line of only "**" (or "***", a rule) is no bold line.
            else if (row.StartsWith("#") || (row.Length > 4 && row.StartsWith("**") && row.EndsWith("**")))
            {
                HeadingAsLabel(chars, open, row, next);
            }

            lineStart = lineEnd + 1;
        }

        return new string(chars);
    }

    /// <summary>
    /// Whether the reply is a JSON object and at most a short line or two around it ("Here is my profile:", "Sure!"): a card
    /// that answers about its subject. An object inside a longer answer ("Your proxy answered with {…}, which means …") is an
    /// example or a quotation.
    /// </summary>
    private static bool IsJsonCard(string folded)
    {
        int open = folded.IndexOf('{'), close = folded.LastIndexOf('}');
        if (open < 0 || close < open)
        {
            return false;
        }

        var around = (folded[..open] + " " + folded[(close + 1)..]).Replace("```json", " ", StringComparison.Ordinal).Replace("```", " ", StringComparison.Ordinal);
        return around.Trim().Length <= MostAroundCard && !ToolCall(folded.AsSpan(open, close - open));
    }

    /// <summary>
    /// Whether the object calls a tool ("{\"name\": \"respond\", \"input\": {…}}"): its "name" is the tool's, and the words it
    /// passes are read as the reply's own.
    /// </summary>
    private static bool ToolCall(ReadOnlySpan<char> json)
    {
        foreach (var key in ToolCallKeys)
        {
            if (json.IndexOf(key, StringComparison.Ordinal) is var at and >= 0 && json[(at + key.Length)..].TrimStart(' ') is [':', ..])
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ToolCallKeys = ["\"input\"", "\"arguments\"", "\"parameters\"", "\"args\""];

    /// <summary>
    /// A JSON or Python key ("\"model_name\": \"Vortexa\"") is a label as "model name: Vortexa" is: its closing quote becomes the
    /// colon, the colon a space, and its underscores spaces ("owned_by" is "owned by").
    /// </summary>
    private static void JsonKeysAsLabels(char[] chars)
    {
        for (var i = 1; i < chars.Length; i++)
        {
            if (chars[i] is not ('"' or '\'') || !char.IsLetterOrDigit(chars[i - 1]))
            {
                continue;
            }

            var colon = i + 1;
            while (colon < chars.Length && chars[colon] == ' ')
            {
                colon++;
            }

            var open = i - 1;
            while (open > 0 && i - open <= LongestKey && chars[open - 1] != chars[i] && chars[open - 1] is not ('\n' or ':' or ','))
            {
                open--;
            }

            // The key opens with its quote after "{", "," or the line's start.
            var before = open - 2;
            while (before >= 0 && chars[before] is ' ' or '\t')
            {
                before--;
            }

            if (colon >= chars.Length || chars[colon] != ':' || open == 0 || chars[open - 1] != chars[i] || (before >= 0 && chars[before] is not ('{' or ',' or '\n')))
            {
                continue;
            }

            for (var k = open; k < i; k++)
            {
                chars[k] = chars[k] == '_' ? ' ' : chars[k];
            }

            chars[i] = ':';
            chars[colon] = ' ';
        }
    }

    /// <summary>
    /// A row of two cells, not the header of a table with rows under it (a header's next line is the |---|---| rule, and
    /// "| Model | Provider |" names columns): the first cell is the label. A header with no rows under it is the form itself
    /// ("| **Name** | Nova |\n|---|---|").
    /// </summary>
    private static void TableRowAsLabel(char[] chars, int open, ReadOnlySpan<char> row, ReadOnlySpan<char> next, bool bodyFollows)
    {
        if (!row.EndsWith("|") || row.Count('|') != 3 || (next.Contains('-') && !next.ContainsAnyExcept(" |-:") && bodyFollows))
        {
            return;
        }

        var separator = open + row[1..].IndexOf('|') + 1;
        // The label's last character: before the cell's closing emphasis, code marks and spaces.
        var last = separator - 1;
        while (last > open && chars[last] is ' ' or '*' or '_' or '`')
        {
            last--;
        }

        if (last > open && char.IsLetterOrDigit(chars[last]) && row[(separator - open + 1)..].ContainsAnyExcept(" |-:*"))
        {
            chars[last + 1] = ':';
            chars.AsSpan(last + 2, separator - last - 1).Fill(' ');
        }
    }

    /// <summary>
    /// A heading or bold line of at most four words, over a value of at most five (not a sentence: "### Name\nChatGPT is a
    /// chatbot developed by OpenAI" stays as it is): "## base model" becomes "#base model:" (the text
    /// moves into the space after the hashes, so the length stays), "**base model**" becomes "**base model:*".
    /// </summary>
    private static void HeadingAsLabel(char[] chars, int open, ReadOnlySpan<char> row, ReadOnlySpan<char> next)
    {
        var bold = row[0] == '*';
        var hashes = bold ? 0 : row.Length - row.TrimStart('#').Length;
        var text = bold ? row[2..^2] : row[hashes..];
        if (text.Length < 2 || (!bold && text[0] != ' ') || text.Count(' ') > (bold ? 3 : 4) || !char.IsLetterOrDigit(text[^1])
            || text.ContainsAny(":*") || next.IsWhiteSpace() || !next.ContainsAnyExcept(" -*_#") || next.Trim().Count(' ') > 4)
        {
            return;
        }

        if (bold)
        {
            chars[open + row.Length - 2] = ':';
            return;
        }

        var from = open + hashes + 1;
        var to = open + row.Length;
        Array.Copy(chars, from, chars, from - 1, to - from);
        chars[to - 1] = ':';
    }

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
    /// prefixes to a Latin name ("وGemini", "לChatGPT") without making it part of a longer word. A Common or Inherited
    /// character (a digit, a mark) goes with the scripts Unicode says it is used with, else with Latin.
    /// </summary>
    public static bool SameAlphabet(char a, char b)
    {
        var unicode = UnicodeScripts.Shared;
        byte sa = unicode.Of(a), sb = unicode.Of(b);
        return sa == sb
            || (IsShared(sa) && (IsShared(sb) || unicode.IsUsedWith(a, sb) || (!unicode.HasExtensions(a) && sb == Latin)))
            || (IsShared(sb) && (unicode.IsUsedWith(b, sa) || (!unicode.HasExtensions(b) && sa == Latin)));
    }

    /// <summary>The length of Persian "am" written onto a word here: "م", or "ام" after a zero-width non-joiner; else 0.</summary>
    public static int PersianCopula(FoldedText text, int at) =>
        at >= text.Length ? 0
        : text[at] == 'م' ? 1
        : text.Original.AsSpan(at).StartsWith("\u200cام", StringComparison.Ordinal) ? 3
        : 0;

    public static bool IsCyrillic(char c) => UnicodeScripts.Shared.Of(c) == Cyrillic;

    /// <summary>Whether the text ends in one of the words, as written.</summary>
    internal static bool EndsWithAny(ReadOnlySpan<char> text, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Hiragana carries Japanese grammar: names are not written in it.</summary>
    public static bool IsHiragana(char c) => UnicodeScripts.Shared.Of(c) == Hiragana;

    /// <summary>Katakana, with the letters written inside katakana words ("ー"); not the punctuation Japanese shares with Chinese ("。").</summary>
    public static bool IsKatakana(char c) => char.IsLetter(c) && UnicodeScripts.Shared.IsUsedWith(c, Katakana);

    public static bool IsKana(char c) => IsHiragana(c) || IsKatakana(c);

    /// <summary>Part of an emoji: a symbol, a surrogate, a joiner or a variation selector.</summary>
    public static bool IsEmoji(char c) =>
        char.IsSurrogate(c) || c is '\u200d' or '\ufe0f' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol;

    /// <summary>Scripts written without spaces or any word mark (Thai, Lao, Tibetan, Myanmar, Khmer): a name's end is not visible.</summary>
    public static bool HasNoWordBreaks(char c) => NoWordBreakScripts.Contains(UnicodeScripts.Shared.Of(c));

    public static byte[] ScriptIds(params string[] names) => [.. names.Select(UnicodeScripts.Shared.Id)];

    /// <summary>Whether a character is of one of the scripts, or used with one (Script_Extensions).</summary>
    public static bool IsOfScript(char c, byte[] scripts) => scripts.Any(script => UnicodeScripts.Shared.IsUsedWith(c, script));

    private static bool IsShared(byte script) => script == UnicodeScripts.Shared.Common || script == UnicodeScripts.Shared.Inherited;

    private static readonly byte Latin = UnicodeScripts.Shared.Id("Latin");
    private static readonly byte Cyrillic = UnicodeScripts.Shared.Id("Cyrillic");
    private static readonly byte Hiragana = UnicodeScripts.Shared.Id("Hiragana");
    private static readonly byte Katakana = UnicodeScripts.Shared.Id("Katakana");
    private static readonly HashSet<byte> NoWordBreakScripts = ScriptIds("Thai", "Lao", "Tibetan", "Myanmar", "Khmer").ToHashSet();
}
