namespace Alignment.Identity;

/// <summary>
/// A reply sent as chat bubbles, a few words to a line ("嗨～\n叫我\n团子\n就好", "hey\n\ni'm\n\nluna 🌙"): one sentence broken
/// over lines, which the readers would take as separate sentences. It is read as the sentence it is: a fragment joins the
/// line after it, by a space in spaced scripts and directly where Han or kana meet; a line of several words, or one that
/// ends a sentence, keeps its break.
/// </summary>
internal static class ChatBubbles
{
    /// <summary>The longest line a bubble holds, and the fewest lines that make a reply bubbles rather than a short answer.</summary>
    private const int LongestLine = 16, FewestLines = 3;

    public static string Join(string reply)
    {
        if (reply.Length > FewestLines * LongestLine * 4 || reply.IndexOf('\n') < 0)
        {
            return reply;
        }

        var lines = reply.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        // Not a list, a heading, a table, a form or code: those are short lines by design.
        if (lines.Count < FewestLines || lines.Any(l => l.Length > LongestLine || l[0] is '-' or '*' or '#' or '|' or '>' or '`' or '{' or '}' || char.IsDigit(l[0])
            || l.Contains(':') || l.Contains('：') || l.Contains('=')))
        {
            return reply;
        }

        var joined = new System.Text.StringBuilder(reply.Length);
        var previous = "";
        foreach (var line in lines)
        {
            // Only a fragment joins the next line ("I'm\nNova", "叫我\n团子"); a line of several words, or one that ends a
            // sentence or a greeting, keeps its break ("I'm Nova\nwhat's up?", "Best regards,\nClaude").
            if (joined.Length > 0 && (previous.Contains(' ') || joined[^1] is '.' or '!' or '?' or ',' or '。' or '！' or '？' or '，' or '、'))
            {
                joined.Append('\n');
            }
            else if (joined.Length > 0 && !(Unspaced(joined[^1]) && Unspaced(line[0])))
            {
                joined.Append(' ');
            }

            joined.Append(line);
            previous = line;
        }

        return joined.ToString();
    }

    /// <summary>The longest line a chat message sends without a stop; wrapped text breaks longer lines (terminals and mail wrap at 60 to 80).</summary>
    private const int MessageLine = 40;

    /// <summary>
    /// A short line of several words that the layout would run on into the next, as hard-wrapped text: a chat message ends
    /// there without a stop ("Hi! I'm Nova\nwhat can I do for you?"), unless the line ends on a form that wants what
    /// follows ("tôi là\nClaude") or the next opens with one ("Nova\n입니다"). Returns the reply with those breaks doubled,
    /// so that they end the sentence, or null when there are none.
    /// </summary>
    public static string? EndMessageLines(ReplyContext reply)
    {
        var text = reply.Text;
        List<int>? ends = null;
        for (var i = text.Folded.IndexOf('\n'); i > 0; i = text.Folded.IndexOf('\n', i + 1))
        {
            if (!ReplyLayout.SoftWrap(text, i))
            {
                continue;
            }

            var lineStart = text.Folded.LastIndexOf('\n', i - 1) + 1;
            var line = text.Original.AsSpan(lineStart, i - lineStart).Trim();
            if (line.Length >= MessageLine || !SeveralWords(line) || reply.MarkBefore(i).End == i
                || reply.MarkFrom(i + 1) is { } next && next.Start == i + 1 && Continues(next.Value))
            {
                continue;
            }

            (ends ??= []).Add(i);
        }

        return ends is null ? null : string.Concat(Split(text.Original, ends));

        static IEnumerable<string> Split(string original, List<int> ends)
        {
            var from = 0;
            foreach (var end in ends)
            {
                yield return original[from..(end + 1)];
                yield return "\n";
                from = end + 1;
            }

            yield return original[from..];
        }
    }

    /// <summary>Words separated by a space, or a few letters of a script written without spaces ("我是小诺").</summary>
    private static bool SeveralWords(ReadOnlySpan<char> line) =>
        line.Contains(' ') || (line.Length >= 3 && FoldedText.ScriptOf(line[0]) is Script.Unspaced or Script.Hangul);

    /// <summary>A form that goes on from what stands before it ("Nova\n입니다", "Claude\nfrom Anthropic", "Claude\nmade by Anthropic").</summary>
    private static bool Continues(MarkKind kind) => kind is MarkKind.SelfAfter or MarkKind.NamingAfter or MarkKind.SelfAfterOpening or MarkKind.MadeByAfter
        or MarkKind.MakerAfter or MarkKind.MakerBefore or MarkKind.MadeBy or MarkKind.HedgeFinal or MarkKind.Conjunction;

    private static bool Unspaced(char c) => FoldedText.ScriptOf(c) == Script.Unspaced && char.IsLetter(c);
}
