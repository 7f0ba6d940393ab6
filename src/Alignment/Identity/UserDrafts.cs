namespace Alignment.Identity;

/// <summary>
/// Words the reply writes for the user's own bot: after a line that speaks of the user's things or of a bot and ends with a
/// colon ("Here's a greeting for your Teams bot:", "Вот шаблон приветствия для вашего Telegram-бота:"), the block quote, the
/// fenced code, the list or the quoted line that follows ("> Hi, I'm Orbit!"). The bot speaks there, not the speaker.
/// </summary>
internal static class UserDrafts
{
    /// <summary>The spans of the reply that are drafts for the user's bot; empty when there is none.</summary>
    public static List<(int From, int To)> Find(ReplyContext reply)
    {
        var spans = new List<(int From, int To)>();
        var text = reply.Text.Original;
        if (text.IndexOf(":\n", StringComparison.Ordinal) < 0 && text.IndexOf("：\n", StringComparison.Ordinal) < 0
            && text.IndexOf(": \n", StringComparison.Ordinal) < 0)
        {
            return spans;
        }

        var lines = Lines(text);
        // "Here's" presents what follows; it is no form of the speaker's here.
        HashSet<int>? presenting = null;
        for (var i = 0; i < lines.Count - 1; i++)
        {
            var (start, end) = lines[i];
            var line = text.AsSpan(start, end - start).TrimEnd(" *_\r");
            var colon = start + line.Length - 1;
            // Not the speaker's own ("le message d'accueil que j'utilise :").
            if (line.Length == 0 || line[^1] is not (':' or '：') || About(reply, start, end) is not { } about
                || reply.MarksBetween(start, colon).Any(m => m.End <= colon && reply.Layout.SameSentence(m.Start, colon) && m.Value is MarkKind.Self or MarkKind.FirstPerson
                    && !(presenting ??= [.. reply.Grammar.PresentingWords.FindAll(reply.Text, reply.Layout).Select(p => p.Start)]).Contains(m.Start)))
            {
                continue;
            }

            var next = i + 1;
            while (next < lines.Count && IsBlank(text, lines[next]))
            {
                next++;
            }

            // A greeting speaks as the bot ("> Hi, I'm Orbit"); not a line of code that credits the model ("# یہ کوڈ ChatGPT نے تیار کیا").
            // Code for the user's own program ("یہ رہا آپ کا فنکشن:") is read: a line in it may credit the model that wrote it.
            if (next < lines.Count && Block(text, lines, next) is var last and >= 0 && (about == Subject.Bot || !IsFence(text, lines[next]))
                && reply.MarksBetween(lines[next].Start, lines[last].End).Any(m => m.End <= lines[last].End && m.Value is MarkKind.Self or MarkKind.FirstPerson or MarkKind.Naming
                    && !reply.Grammar.OpeningSelfForms.Contains(reply.Text.Folded[m.Start..m.End].Trim())))
            {
                spans.Add((lines[next].Start, lines[last].End));
                i = last;
            }
        }

        return spans;
    }

    private enum Subject
    {
        UsersThings,
        Bot,
    }

    private static readonly Comparer<PhraseHit<bool>> StartOrder = Comparer<PhraseHit<bool>>.Create((a, b) => a.Start.CompareTo(b.Start));

    /// <summary>Whether a line speaks of a bot ("bot", "봇", "机器人") or else of the user's things ("your", "вашего"); null when neither.</summary>
    private static Subject? About(ReplyContext reply, int start, int end)
    {
        var folded = reply.Text.Folded.AsSpan(start, end - start);
        foreach (var word in reply.Grammar.BotWords.Concat(reply.Grammar.GluedBotWords).Concat(reply.Grammar.RobotWords).Concat(BotNouns))
        {
            if (folded.Contains(word.AsSpan(), StringComparison.Ordinal))
            {
                return Subject.Bot;
            }
        }

        var users = reply.UserWords;
        var first = users.BinarySearch(new PhraseHit<bool>(start, start, false), StartOrder);
        for (var i = first < 0 ? ~first : first; i < users.Count && users[i].Start < end; i++)
        {
            if (users[i].End <= end)
            {
                return Subject.UsersThings;
            }
        }

        return null;
    }

    private static bool IsFence(string text, (int Start, int End) line) => text.AsSpan(line.Start, line.End - line.Start).TrimStart().StartsWith("```");

    /// <summary>Words for a bot that the settings' bot lists leave out, since they are no name's suffix.</summary>
    private static readonly string[] BotNouns = ["机器人", "機器人", "ربات", "チャットボット", "챗봇"];

    /// <summary>The last line of the block that opens at a line, or -1: block quote lines, a fenced block, list items, a quoted line.</summary>
    private static int Block(string text, List<(int Start, int End)> lines, int first)
    {
        var opening = text.AsSpan(lines[first].Start, lines[first].End - lines[first].Start).TrimStart();
        if (opening.StartsWith("```"))
        {
            for (var i = first + 1; i < lines.Count; i++)
            {
                if (text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start).TrimStart().StartsWith("```"))
                {
                    return i;
                }
            }

            return -1;
        }

        Func<ReadOnlySpan<char>, bool>? kind = opening.Length == 0 ? null
            : opening[0] == '>' ? l => l.Length > 0 && l[0] == '>'
            : IsListItem(opening) ? IsListItem
            : opening[0] is '"' or '“' or '„' or '«' or '「' or '『' or '`' ? _ => false
            : null;
        if (kind is null)
        {
            return -1;
        }

        var last = first;
        for (var i = first + 1; i < lines.Count; i++)
        {
            var line = text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start).TrimStart();
            if (line.IsEmpty)
            {
                continue;
            }

            if (!kind(line))
            {
                break;
            }

            last = i;
        }

        return last;
    }

    private static bool IsListItem(ReadOnlySpan<char> line)
    {
        if (line.Length > 1 && line[0] is '-' or '*' or '•' && line[1] == ' ')
        {
            return true;
        }

        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits is > 0 and < 3 && digits < line.Length && line[digits] is '.' or ')' or '、';
    }

    private static bool IsBlank(string text, (int Start, int End) line) => text.AsSpan(line.Start, line.End - line.Start).Trim().IsEmpty;

    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            lines.Add((start, end));
            start = end + 1;
        }

        return lines;
    }
}
