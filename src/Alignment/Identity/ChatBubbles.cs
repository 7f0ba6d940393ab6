using System.Text;

namespace Alignment.Identity;

/// <summary>
/// Replies sent as chat messages, a few words to a line. A line that ends on a form which wants what follows joins the next
/// ("嗨～\n叫我\n团子\n就好", "hey\n\ni'm\n\nluna 🌙", "Nova\nfrom Acme Bank"): one sentence broken over bubbles. A short line of
/// several words ends its sentence without a stop ("Hi! I'm Nova\nwhat can I do for you?"). Layout alone would run short
/// lines on as hard-wrapped text does, and stop at every blank line.
/// </summary>
internal static class ChatBubbles
{
    /// <summary>The longest line a chat message sends without a stop; wrapped text breaks longer lines (terminals and mail wrap at 60 to 80).</summary>
    private const int MessageLine = 40;

    /// <summary>The reply with its message lines joined or ended, or null when no line break needs either.</summary>
    public static string? Rejoin(ReplyContext reply)
    {
        var text = reply.Text;
        StringBuilder? rejoined = null;
        var copied = 0;
        for (var i = text.Folded.IndexOf('\n'); i > 0; i = text.Folded.IndexOf('\n', i + 1))
        {
            var lineStart = text.Folded.LastIndexOf('\n', i - 1) + 1;
            var line = text.Original.AsSpan(lineStart, i - lineStart).TrimEnd();
            var lineEnd = lineStart + line.Length;
            line = line.TrimStart();
            var next = i + 1;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (line.Length == 0 || line.Length >= MessageLine || next == text.Length || text.Original.AsSpan(i, next - i).Count('\n') > 2
                || line[^1] is '.' or '!' or '?' or ';' or ':' or '。' or '！' or '？' or '、' or '：' or ']' or '|' or '】'
                || Structure(line[0]) || Structure(text[next]) || line.ContainsAny(':', '：') || NextLine(text, next).ContainsAny(':', '：'))
            {
                continue;
            }

            // "名前は……\n「ユキ」": a trailing ellipsis or wave dash trails off from the form before it.
            var formEnd = lineEnd;
            while (formEnd > lineStart && text[formEnd - 1] is '…' or '~' or '～' or ' ')
            {
                formEnd--;
            }

            var before = reply.MarkBefore(formEnd);
            var after = reply.MarkFrom(next);
            string? joint = null;
            // A comma ends a greeting's line ("Dear Sam,\nI'm Nova"); it never joins the next.
            var comma = line[^1] is ',' or '，';
            // "저는\n\n챗GPT가\n\n아니에요!": a word alone in a bubble of Hangul, Han or kana is a fragment of the next, as a line
            // ending on a form that wants what follows is.
            if (!comma && ((before.End == formEnd && before.End > 0 && Wants(before.Value)) || (after is { } a && a.Start == next && Continues(a.Value))
                || (!SeveralWords(line) && CaselessLetter(text[lineEnd - 1]) && CaselessLetter(text[next]))))
            {
                joint = Unspaced(text[lineEnd - 1]) && Unspaced(text[next]) ? "" : " ";
            }
            else if (SeveralWords(line) && (comma || char.IsLetterOrDigit(line[^1])) && !(before.Value == MarkKind.SignOff && before.End > 0 && lineEnd - before.End <= 1)
                && text.Original.AsSpan(i, next - i).Count('\n') == 1)
            {
                joint = "\n\n";
            }

            if (joint is null)
            {
                continue;
            }

            rejoined ??= new StringBuilder(text.Length + 16);
            rejoined.Append(text.Original, copied, lineEnd - copied).Append(joint);
            copied = next;
            i = next - 1;
        }

        return rejoined?.Append(text.Original, copied, text.Length - copied).ToString();
    }

    private static ReadOnlySpan<char> NextLine(FoldedText text, int start)
    {
        var end = text.Folded.IndexOf('\n', start);
        return text.Folded.AsSpan(start, (end < 0 ? text.Length : end) - start);
    }

    /// <summary>A table row, a heading, a list item, a quote, code or a label in brackets: short lines by design (so are forms, "Name: X").</summary>
    // A dash signature ("——云途物流智能助手 小云") is a line of its own too.
    private static bool Structure(char first) => first is '|' or '#' or '-' or '—' or '―' or '*' or '>' or '`' or '[' or '{' or '(' or '【' or '<' || char.IsDigit(first);

    /// <summary>A form that wants what follows it: "I'm", "我叫", "저는", "made by", "not".</summary>
    private static bool Wants(MarkKind kind) => kind is MarkKind.Self or MarkKind.Naming or MarkKind.FirstPerson or MarkKind.MadeBy or MarkKind.MakerBefore
        or MarkKind.Hedge or MarkKind.Negation or MarkKind.Contrast or MarkKind.Conjunction;

    /// <summary>A form that goes on from what stands before it ("Nova\n입니다", "Claude\nfrom Anthropic", "团子\n就好").</summary>
    private static bool Continues(MarkKind kind) => kind is MarkKind.SelfAfter or MarkKind.NamingAfter or MarkKind.SelfAfterOpening or MarkKind.MadeByAfter
        or MarkKind.MakerAfter or MarkKind.MakerBefore or MarkKind.MadeBy or MarkKind.HedgeFinal or MarkKind.Conjunction or MarkKind.MakerOfMe
        or MarkKind.NegationAfter;

    /// <summary>Words separated by a space, or a few letters of Han or kana, written without spaces ("我是小诺"); Hangul spaces its words.</summary>
    private static bool SeveralWords(ReadOnlySpan<char> line) =>
        line.Contains(' ') || (line.Length >= 3 && FoldedText.ScriptOf(line[0]) == Script.Unspaced);

    private static bool CaselessLetter(char c) => char.IsLetter(c) && FoldedText.ScriptOf(c) is Script.Unspaced or Script.Hangul;

    private static bool Unspaced(char c) => FoldedText.ScriptOf(c) == Script.Unspaced && char.IsLetter(c);
}
