namespace Alignment.Identity;

/// <summary>
/// A translation the reply presents under its label ("Translation:", "翻译如下：", "Übersetzung:", "번역:"): the words after it
/// are the text the user gave, not the speaker's claim ("Übersetzung: „Hallo! Ich bin DeepSeek-V3 …“"), so they are blanked
/// (<see cref="Muting"/>) up to the end of the paragraph that follows the label.
/// </summary>
internal static class Translations
{
    /// <summary>The markup around a label: spaces, emphasis, headings and quotes.</summary>
    private static readonly char[] LabelMarkup = [' ', '*', '#', '_', '>'];

    /// <summary>The most characters of a label line before its colon ("Here's the English translation:").</summary>
    private const int LongestLabel = 48;

    public static string MuteTranslated(string text, ClaimGrammar grammar) =>
        grammar.TranslationLabels.Count == 0 || text.IndexOfAny(Colons) < 0 ? text : Muting.Blank(text, Translated(text, grammar));

    /// <summary>The paragraph after each translation label.</summary>
    private static IEnumerable<(int From, int To)> Translated(string text, ClaimGrammar grammar)
    {
        // "Original:" labels the source only where a translation is labelled too.
        var translates = false;
        for (var colon = text.IndexOfAny(Colons); colon >= 0 && !translates; colon = colon + 1 < text.Length ? text.IndexOfAny(Colons, colon + 1) : -1)
        {
            translates = IsLabel(text, colon, grammar.TranslationLabels);
        }

        for (var colon = text.IndexOfAny(Colons); colon >= 0; colon = colon + 1 < text.Length ? text.IndexOfAny(Colons, colon + 1) : -1)
        {
            if (!(IsLabel(text, colon, grammar.TranslationLabels) || (translates && IsLabel(text, colon, grammar.SourceLabels))) || IsCredit(text, colon))
            {
                continue;
            }

            var start = SkipRules(text, colon + 1);
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end;
            yield return (start, end);
            colon = Math.Max(colon, end - 1);
        }

        // A reply that translates quotes other renderings of the text too ("Если нужен более разговорный вариант: «Я — Grok от
        // xAI»", "もう少しくだけた訳なら「GoogleのAI、Geminiだよ」").
        if (translates)
        {
            foreach (var quotation in Quotations(text))
            {
                yield return quotation;
            }
        }
    }

    /// <summary>The most characters of a quoted rendering.</summary>
    private const int LongestQuotation = 300;

    /// <summary>Each quotation in double quotes, guillemets or corner brackets, within its paragraph.</summary>
    private static IEnumerable<(int From, int To)> Quotations(string text)
    {
        for (var open = QuotationMarks.NextOpening(text, 0); open >= 0 && open + 1 < text.Length; open = QuotationMarks.NextOpening(text, open + 1))
        {
            var close = QuotationMarks.Close(text, open, LongestQuotation);
            if (close > open + 1 && text.IndexOf("\n\n", open, close - open, StringComparison.Ordinal) < 0)
            {
                yield return (open + 1, close);
                open = close;
            }
        }
    }

    private static readonly char[] Colons = [':', '：'];

    /// <summary>Past blank lines and rules ("---", "***") between a label and what it labels ("以下是译文：\n\n---\n\n「…」").</summary>
    private static int SkipRules(string text, int at)
    {
        while (true)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            var lineEnd = text.IndexOf('\n', at) is var e and >= 0 ? e : text.Length;
            var line = text.AsSpan(at, lineEnd - at).Trim();
            if (line.Length < 3 || line.Trim(line[0]).Length > 0 || line[0] is not ('-' or '*' or '_' or '='))
            {
                return at;
            }

            at = lineEnd;
        }
    }

    /// <summary>The most words a credit names after its label's colon ("— Μετάφραση: ChatGPT").</summary>
    private const int MostCreditWords = 3;

    /// <summary>
    /// Whether the label's line credits who translated rather than presents the translation: after a dash, or wrapped whole in
    /// italics or brackets, a few words to the line's end ("— Μετάφραση: ChatGPT", "_Tłumaczenie: PLLuM_", "(翻译：文心一言)").
    /// </summary>
    private static bool IsCredit(string text, int colon)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, colon - 1)) + 1;
        var lineEnd = text.IndexOf('\n', colon) is var e and >= 0 ? e : text.Length;
        var line = text[lineStart..lineEnd].Trim();
        var rest = text[(colon + 1)..lineEnd].Trim(' ', '_', '*', ')', '）', '.', '。');
        var set = line.Length > 1 && (line[0] is '—' or '–' || (line[0] == '_' && line[^1] == '_') || (line[0] is '(' or '（' && line[^1] is ')' or '）'));
        // A quoted text is the translation itself ("— Translation: “I am Qwen.”").
        return set && rest.Length > 0 && !rest.Any(c => QuotationMarks.Opens(c) || QuotationMarks.Closes(c) || c == '\'') && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MostCreditWords;
    }

    /// <summary>Whether the line before this colon is short and holds one of these labels' words.</summary>
    private static bool IsLabel(string text, int colon, IReadOnlyList<string> labels)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, colon - 1)) + 1;
        if (colon - lineStart > LongestLabel)
        {
            return false;
        }

        var line = FoldedText.Fold(text[lineStart..colon]).Trim(LabelMarkup);
        var words = $" {line} ";
        return labels.Any(label => FoldedText.ScriptOf(label[0]) == Script.Spaced
            ? words.Contains($" {label} ", StringComparison.Ordinal)
            : line.Contains(label, StringComparison.Ordinal));
    }
}
