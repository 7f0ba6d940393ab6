using Alignment.Language;

namespace Alignment.Identity;

/// <summary>
/// Where a reply's sentences and clauses begin, and which parts are quoted.
/// A claim form reaches only to the end of its clause; whether a sentence is about the speaker is read per sentence.
/// </summary>
internal sealed class ReplyLayout
{
    private readonly int[] sentence;
    private readonly int[] clause;
    private readonly int[] quoteStart;
    private readonly List<int> sentenceStarts = [0];
    private readonly List<int> clauseEnds = [];
    private readonly IReadOnlySet<string> titles;

    public ReplyLayout(FoldedText text, IReadOnlySet<string> titles)
    {
        this.titles = titles;
        var n = text.Length;
        // About one break in twenty characters: room enough that most replies never grow the lists.
        sentenceStarts.Capacity = n / 20 + 4;
        clauseEnds.Capacity = n / 10 + 4;
        sentence = new int[n + 1];
        clause = new int[n + 1];
        quoteStart = new int[n + 1];
        int s = 0, c = 0, quote = -1;
        FirstContent = -1;
        for (var i = 0; i < n; i++)
        {
            var ch = text[i];
            if (FirstContent < 0 && !char.IsWhiteSpace(ch) && ch is not ('*' or '#' or '>' or '-'))
            {
                FirstContent = i;
            }

            // A break character belongs to the clause it ends.
            sentence[i] = s;
            clause[i] = c;
            quoteStart[i] = quote;
            switch (ch)
            {
                // Curly quotes say which way they face, whatever stands before them ("那句“我是通义千问”是…"); German opens
                // with „ and closes with “.
                case '"' when text.Original[i] is '\u201E' || (text.Original[i] is '\u201C' && !(quote >= 0 && text.Original[quote] is '\u201E')):
                    quote = i;
                    break;
                case '"' when text.Original[i] is '\u201D' || (text.Original[i] is '\u201C' && quote >= 0):
                    quote = -1;
                    break;
                // A straight quote opens after a space or an opening mark and closes after anything else, so a quoted question
                // ("Are you ChatGPT?") does not leave the rest of the reply quoted; right after a mark it closes one that is open
                // (print("Max:", …)).
                case '"' when i == 0 || char.IsWhiteSpace(text[i - 1])
                    || (text[i - 1] is '(' or '[' or ':' or '：' or ',' or '，' or '、' or '*' && !(quote >= 0 && text.Original[quote] == '"')):
                case '「' or '『' or '«' or '《':
                    quote = i;
                    break;
                case '"' or '」' or '』' or '»' or '》':
                    quote = -1;
                    break;
            }

            if (EndsSentence(text, i))
            {
                s++;
                c++;
                sentenceStarts.Add(i + 1);
                clauseEnds.Add(i);
            }
            else if (EndsClause(ch))
            {
                c++;
                clauseEnds.Add(i);
            }
        }

        clauseEnds.Add(n - 1);
        var end = n;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        LastLineStart = end > 0 ? text.Folded.LastIndexOf('\n', end - 1) + 1 : 0;

        sentence[n] = s;
        clause[n] = c;
        quoteStart[n] = -1;
    }

    /// <summary>Where the reply's last line that is not blank starts: a footer's line.</summary>
    public int LastLineStart { get; }

    /// <summary>Offset of the first character that is not space or Markdown; -1 for an empty reply.</summary>
    public int FirstContent { get; }

    public int Sentence(int offset) => sentence[offset];

    public int Clause(int offset) => clause[offset];

    /// <summary>Where the quotation around this offset opens, or -1 when it is not quoted.</summary>
    public int QuoteStart(int offset) => quoteStart[offset];

    public bool SameClause(int a, int b) => clause[a] == clause[b];

    public bool SameSentence(int a, int b) => sentence[a] == sentence[b];

    /// <summary>The offset of the last character of the sentence before this one, or -1 in the first sentence.</summary>
    public int PreviousSentenceEnd(int offset) => sentenceStarts[sentence[offset]] - 1;

    /// <summary>The offset of the last character of the clause around this offset (its break character, if any).</summary>
    public int ClauseEnd(int offset) => clauseEnds[clause[offset]];

    /// <summary>Whether a clause starts at this offset (only spaces, Markdown or an opening quote before it).</summary>
    public bool StartsClause(FoldedText text, int offset) => StartsClause(text, offset, afterDash: false);

    /// <summary>
    /// Whether a clause or a phrase set off by a spaced dash starts at this offset ("Morning, Ugis — Axion here"). Not a
    /// clause break: a dash is also a copula ("ChatGPT — это модель").
    /// </summary>
    public bool StartsPhrase(FoldedText text, int offset) => StartsClause(text, offset, afterDash: true);

    private bool StartsClause(FoldedText text, int offset, bool afterDash)
    {
        var emoji = false;
        for (var i = offset - 1; i >= 0; i--)
        {
            var ch = text[i];
            // Emoji before a clause decorate it ("🦀 Краб на связи").
            // Spanish opens questions and exclamations with their own marks ("¡Aquí Nova!"). A table's cell opens one too.
            // So does a code comment's mark ("// Generated by …", "/* …", "-- …"), and a dash that opens the footer's line ("—
            // згенеровано …"); dashes that open other lines open a story's dialogue ("— Tu sais ce que …").
            if (char.IsWhiteSpace(ch) || ch is '*' or '#' or '>' or '"' or '\'' or '(' or '「' or '『' or '_' or '¡' or '¿' or '|' || char.IsSurrogate(ch) || CommentMark(text, i)
                || (ch is '—' or '–' or '―' && i >= LastLineStart && text.AtLineStart(i))
                || char.GetUnicodeCategory(ch) is System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                emoji |= char.IsSurrogate(ch) || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.OtherSymbol;
                continue;
            }

            // An emoji between two words closes the first clause as a stop does ("Hiii 💕 main Rhea hoon").
            return (emoji && char.IsLetterOrDigit(ch)) || clause[i] != clause[offset] || EndsClause(ch) || EndsSentence(text, i) || (afterDash && ch is '—' or '–' && i > 0 && text[i - 1] == ' ')
                || (!afterDash && (text.Original[i] == '：' || (ch == ':' && (BoldLabel(text, i) || LineLabel(text, i)))) && ShortLabel(text, i));
        }

        return true;
    }

    /// <summary>A slash or a hyphen doubled into a comment's mark ("//", "/*", "--"); not "and/or".</summary>
    private static bool CommentMark(FoldedText text, int i) =>
        text[i] is '/' or '-' && ((i > 0 && text[i - 1] == text[i]) || (i + 1 < text.Length && text[i + 1] == text[i]) || (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '*'));

    /// <summary>A colon of a label set in bold ("**Note:** …", "**Note**: …"), the way agents head a status line.</summary>
    private static bool BoldLabel(FoldedText text, int colon) =>
        (colon + 2 < text.Length && text[colon + 1] == '*' && text[colon + 2] == '*') || (colon >= 2 && text[colon - 1] == '*' && text[colon - 2] == '*');

    /// <summary>A plain label of a few words that opens the reply or its line ("Hinweis: Als ChatGPT kann ich …", "Bitte beachte: Als …").</summary>
    private static bool LineLabel(FoldedText text, int colon)
    {
        var start = colon;
        while (start > 0 && text[start - 1] != '\n')
        {
            start--;
        }

        return text.Original.AsSpan(start, colon - start).Trim(" *#>-").Count(' ') < MostLabelWords;
    }

    /// <summary>The most words of a plain label that opens a line.</summary>
    private const int MostLabelWords = 3;

    /// <summary>
    /// Whether a short label opens its line or sentence before the full-width colon at this offset ("补充说明："): what follows
    /// starts a clause ("补充说明：作为小禾，…"), as after a bold ASCII one ("**Note:** Running on …") or a plain one of a few words
    /// that opens its line ("Bitte beachte: Als …"). Not reported speech, which is longer. "As" after it may still be the reader's
    /// ("Nota: como usuario de ChatGPT, tienes …"): the as-form reads the clause after it.
    /// </summary>
    private bool ShortLabel(FoldedText text, int colon)
    {
        const int Longest = 18;
        var start = colon;
        while (start > 0 && colon - start <= Longest && text[start - 1] != '\n' && !EndsSentence(text, start - 1))
        {
            start--;
        }

        return colon - start <= Longest && text.Original.AsSpan(start, colon - start).Trim(" *#>-").Length is > 0 and <= Longest;
    }

    /// <summary>A full stop after a title written short, before a capitalised name: "Dr. Nova", "M. Victaure".</summary>
    internal static bool TitleBeforeName(FoldedText text, IReadOnlySet<string> titles, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return dot < text.Length && text[dot] == '.' && start < dot && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && char.IsUpper(text.Original[start])
            && dot + 2 < text.Length && text[dot + 1] == ' ' && char.IsUpper(text.Original[dot + 2])
            && titles.Contains(text.Folded[start..dot]);
    }

    /// <summary>
    /// A full stop that abbreviates a short capitalised word before a word in lower case: "Helix Labs Inc. trained me", "Az Agilis
    /// Kft. fejlesztett", "Bilgeyazılım A.Ş. tarafından". A sentence opens with a capital; the company goes on.
    /// </summary>
    private static bool AbbreviatedBeforeLowercase(FoldedText text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '.' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        if (dot - start is < 1 or > 4 || !char.IsUpper(text.Original[start]) || (start > 0 && !char.IsWhiteSpace(text[start - 1])))
        {
            return false;
        }

        var next = dot + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next > dot + 1 && next < text.Length && char.IsLower(text.Original[next]);
    }

    /// <summary>Unicode's sentence terminals (the language check's data), plus line breaks, semicolons and a wave dash after CJK; a full stop only before a space or CJK.</summary>
    private bool EndsSentence(FoldedText text, int i) => text[i] switch
    {
        '.' => (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || FoldedText.ScriptOf(text[i + 1]) is Script.Unspaced or Script.Hangul) && !AbbreviatedBeforeLowercase(text, i)
            && !TitleBeforeName(text, titles, i),
        '\n' => !SoftWrap(text, i),
        ';' or '…' or '؛' => true,
        // "小美来啦～有什么需要？": after Han, kana or Hangul a wave dash closes an exclamation, as '！' does (not "3~5").
        '~' => i > 0 && FoldedText.ScriptOf(text[i - 1]) is Script.Unspaced or Script.Hangul,
        // "ハルです😊 あなたは…", "Nova😊 Was …": an emoji written onto a word, then a space, stands where a full stop would
        // (one set off by spaces may sit inside a sentence: "Je suis 🤖 CLAUDE").
        // A smiley in letters closes a sentence as an emoji does: "Nova here :) What can I do?", "Nova here ^_^ how …".
        ')' => i > 0 && text[i - 1] is ':' or ';' || (i > 1 && text[i - 1] == '-' && text[i - 2] == ':'),
        '^' => i > 1 && text[i - 1] == '_' && text[i - 2] == '^',
        var c when char.IsLowSurrogate(c) => i >= 2 && char.IsHighSurrogate(text[i - 1]) && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])
            && ((!char.IsWhiteSpace(text[i - 2]) && !char.IsSurrogate(text[i - 2])) || EmojiBetweenSentences(text, i - 1)),
        var c => c >= '!' && UnicodeScripts.Shared.IsSentenceTerminal(c),
    };

    /// <summary>
    /// An emoji set off by spaces between a name and a capitalised word, or words of a caseless script: "Mein Name ist Claude 🙂
    /// Gemini stammt von Google", "我是Claude，Anthropic开发的AI助手 😊 豆包是…". Not "Je suis 🤖 CLAUDE", after a lower-case word.
    /// </summary>
    private static bool EmojiBetweenSentences(FoldedText text, int emoji)
    {
        var before = emoji - 1;
        if (before < 1 || !char.IsWhiteSpace(text[before]) || !char.IsLetterOrDigit(text[before - 1]))
        {
            return false;
        }

        var wordStart = before - 1;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '-'))
        {
            wordStart--;
        }

        var after = emoji + 2;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        static bool Opens(char c) => char.IsUpper(c) || char.IsDigit(c) || (char.IsLetter(c) && !char.IsLower(c) && FoldedText.ScriptOf(c) != Script.Spaced)
            || (char.IsLetter(c) && char.ToUpperInvariant(c) == char.ToLowerInvariant(c));
        return after < text.Length && Opens(text.Original[wordStart]) && Opens(text.Original[after]);
    }

    /// <summary>
    /// A line break inside a sentence, as terminals and hard-wrapped text print it ("Como\nGrok 3, creado por xAI"): after a
    /// letter or a comma, before a letter, in a line that is not a heading, a list item or a table row.
    /// </summary>
    private static bool SoftWrap(FoldedText text, int i)
    {
        if (i == 0 || i + 1 >= text.Length || !(char.IsLetter(text[i - 1]) || text[i - 1] == ',') || !char.IsLetter(text[i + 1]))
        {
            return false;
        }

        var lineStart = text.Folded.LastIndexOf('\n', i - 1) + 1;
        while (lineStart < i && text[lineStart] == ' ')
        {
            lineStart++;
        }

        return text[lineStart] is not ('#' or '-' or '*' or '|' or '>') && !char.IsDigit(text[lineStart]);
    }

    private static bool EndsClause(char ch) => ch is ',' or '，' or '،';
}
