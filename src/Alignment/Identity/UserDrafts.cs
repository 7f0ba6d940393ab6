namespace Alignment.Identity;

/// <summary>
/// Words the reply writes for the user's own bot: after a line that speaks of the user's things or of a bot and ends with a
/// colon ("Here's a greeting for your Teams bot:", "Вот шаблон приветствия для вашего Telegram-бота:"), the block quote, the
/// fenced code, the list or the quoted line that follows ("> Hi, I'm Orbit!"). The bot speaks there, not the speaker.
/// In an answer to an ordinary question, so do the samples it writes for the user: after a line with a sample noun
/// (<c>sample-nouns</c>: "Bạn tham khảo vài mẫu lời chào nhé:", "인사말 예시 몇 개 드릴게요 😊") that ends with a colon or an
/// emoji, or opens the reply, the blocks that follow under labels of their own ("**② 정중한 버전**"), sections between rules,
/// and turns that open with a label ("A: Nope! I'm Pixel").
/// </summary>
internal static class UserDrafts
{
    /// <summary>The spans of the reply that are drafts for the user's bot, or samples; empty when there is none.</summary>
    /// <param name="samples">Whether the reply answers an ordinary question, so that samples it writes for the user are read as such.</param>
    public static List<(int From, int To)> Find(ReplyContext reply, bool samples = false)
    {
        var spans = new List<(int From, int To)>();
        var text = reply.Text.Original;
        // Drafts and samples are read only where one would speak: "I", a self or a naming form.
        if ((!samples && text.IndexOf(":\n", StringComparison.Ordinal) < 0 && text.IndexOf("：\n", StringComparison.Ordinal) < 0
            && text.IndexOf(": \n", StringComparison.Ordinal) < 0)
            || !reply.Marks.Any(m => m.Value is MarkKind.Self or MarkKind.FirstPerson or MarkKind.Naming))
        {
            return spans;
        }

        var lines = Lines(text);
        List<PhraseHit<bool>>? sampleNouns = null;
        // "Here's" presents what follows; it is no form of the speaker's here.
        HashSet<int>? presenting = null;
        for (var i = 0; i < lines.Count - 1; i++)
        {
            var (start, end) = lines[i];
            var line = text.AsSpan(start, end - start).TrimEnd(" *_\r");
            var colon = start + line.Length - 1;
            if (line.Length == 0)
            {
                continue;
            }

            // An opening line that offers what follows ("Wie wäre das?", "こんな感じはいかがでしょうか？") presents it too.
            // Not a transcript's turn ("Kullanıcı: Sen ChatGPT misin?\nAsistan: …"), whose next turns are the reply's own.
            var leadIn = line[^1] is ':' or '：';
            var opens = samples && start <= reply.Layout.FirstContent && reply.Layout.FirstContent < end && !Labelled(line);
            if (!leadIn && !opens && !(samples && EndsWithEmoji(line)))
            {
                continue;
            }

            var about = About(reply, start, end);
            if (samples && (about is not null || (opens && line[^1] is '?' or '？' && line.Length <= LongestOffer && line[..^1].IndexOfAny(".。!?！？") < 0)
                || (sampleNouns ??= reply.Grammar.SampleNouns.FindAll(reply.Text, reply.Layout)).Any(n => n.Start >= start && n.End <= end)))
            {
                about ??= Subject.Samples;
                leadIn |= EndsWithEmoji(line) || opens;
            }

            // Not the speaker's own ("le message d'accueil que j'utilise :").
            if (!leadIn || about is null
                || reply.MarksBetween(start, colon).Any(m => m.End <= colon && reply.Layout.SameSentence(m.Start, colon) && m.Value is MarkKind.Self or MarkKind.FirstPerson
                    && !(presenting ??= [.. reply.Grammar.PresentingWords.FindAll(reply.Text, reply.Layout).Select(p => p.Start)]).Contains(m.Start)))
            {
                continue;
            }

            var next = Skip(text, lines, i + 1, samples);

            // A greeting speaks as the bot ("> Hi, I'm Orbit"); not a line of code that credits the model ("# یہ کوڈ ChatGPT نے تیار کیا").
            // Code for the user's own program ("یہ رہا آپ کا فنکشن:") is read: a line in it may credit the model that wrote it.
            // Samples may come one after another, each under its label ("**① 친근한 버전**\n> …\n\n**② 정중한 버전**\n> …").
            var last = -1;
            for (var block = next; block < lines.Count && Block(text, lines, block, samples) is var blockEnd and >= 0 && (about != Subject.UsersThings || !IsFence(text, lines[block])); block = Skip(text, lines, blockEnd + 1, samples))
            {
                last = blockEnd;
                if (!samples)
                {
                    break;
                }
            }

            // A sample is the user's whatever it says; a draft is muted only where a bot speaks in it.
            if (last >= 0 && (about == Subject.Samples || reply.MarksBetween(lines[next].Start, lines[last].End).Any(m => m.End <= lines[last].End && m.Value is MarkKind.Self or MarkKind.FirstPerson or MarkKind.Naming
                    && !reply.Grammar.OpeningSelfForms.Contains(reply.Text.Folded[m.Start..m.End].Trim()))))
            {
                spans.Add((lines[next].Start, lines[last].End));
                i = last;
            }
        }

        return spans.Count == 0 ? spans : WithoutCredits(reply, spans);
    }

    /// <summary>
    /// The spans without the comment lines of code that credit who wrote it ("# Escrito por DeepSeek-Coder"): a sample's code is
    /// the user's, its credit the writer's.
    /// </summary>
    private static List<(int From, int To)> WithoutCredits(ReplyContext reply, List<(int From, int To)> spans)
    {
        var credits = Signatures.CommentCredits(reply).ToList();
        if (credits.Count == 0)
        {
            return spans;
        }

        var kept = new List<(int From, int To)>();
        foreach (var (from, to) in spans)
        {
            var at = from;
            foreach (var (start, end) in credits.Where(c => c.Start >= from && c.End <= to).OrderBy(c => c.Start))
            {
                if (start > at)
                {
                    kept.Add((at, start));
                }

                at = end;
            }

            if (to > at)
            {
                kept.Add((at, to));
            }
        }

        return kept;
    }

    /// <summary>The most characters of a question that opens the reply and offers what follows ("Wie wäre das?").</summary>
    private const int LongestOffer = 40;

    /// <summary>The first line from here that is not blank; with samples, not a rule or a sample's own label either.</summary>
    private static int Skip(string text, List<(int Start, int End)> lines, int from, bool samples)
    {
        while (from < lines.Count && (IsBlank(text, lines[from]) || (samples && (IsRule(text, lines[from]) && !OpensSection(text, lines, from) || IsSampleLabel(text, lines[from])))))
        {
            from++;
        }

        return from;
    }

    /// <summary>The most characters of a sample's label ("**版本一（亲切型）**", "🌸 **Mẫu 1 (thân thiện):**").</summary>
    private const int LongestSampleLabel = 48;

    /// <summary>A short line in bold or a heading, or one that ends with a colon: a label over the sample after it.</summary>
    private static bool IsSampleLabel(string text, (int Start, int End) line)
    {
        var words = text.AsSpan(line.Start, line.End - line.Start).Trim();
        return words.Length is > 0 and <= LongestSampleLabel
            && (words[0] == '#' || (words.EndsWith("**") && words.IndexOf("**") < words.Length - 2) || words[^1] is ':' or '：' || words.EndsWith(":**") || words.EndsWith("：**")
                // "1️⃣ 溫暖版", "② 정중한 버전": a numbered title with no sentence in it.
                || (words.Length <= LongestNumberedLabel && Numbered(words) && words.IndexOfAny(".。!?！？") < 0));
    }

    /// <summary>The most characters of a numbered title over a sample.</summary>
    private const int LongestNumberedLabel = 24;

    /// <summary>Whether a keycap number ("1️⃣") or a circled one ("②") opens the line.</summary>
    private static bool Numbered(ReadOnlySpan<char> line) =>
        (line.Length >= 2 && line[0] is >= '\u2460' and <= '\u2473')
        || (line.Length >= 2 && char.IsAsciiDigit(line[0]) && (line[1] == '\u20E3' || (line.Length >= 3 && line[1] == '\uFE0F' && line[2] == '\u20E3')));

    /// <summary>A rule: "---", "***", "___".</summary>
    private static bool IsRule(string text, (int Start, int End) line)
    {
        var words = text.AsSpan(line.Start, line.End - line.Start).Trim();
        return words.Length >= 3 && words[0] is '-' or '*' or '_' && words.Trim(words[0]).IsEmpty;
    }

    /// <summary>The most lines of a section between two rules.</summary>
    private const int LongestSection = 15;

    /// <summary>Whether a rule opens a section that another rule closes a few lines on.</summary>
    private static bool OpensSection(string text, List<(int Start, int End)> lines, int rule) => SectionEnd(text, lines, rule) > rule;

    private static int SectionEnd(string text, List<(int Start, int End)> lines, int rule)
    {
        for (var i = rule + 1; i < lines.Count && i - rule <= LongestSection; i++)
        {
            if (IsRule(text, lines[i]))
            {
                return i > rule + 1 ? i : -1;
            }
        }

        return -1;
    }

    private static bool EndsWithEmoji(ReadOnlySpan<char> line) =>
        line.Length > 0 && (char.IsLowSurrogate(line[^1]) || line[^1] == '\uFE0F' || char.GetUnicodeCategory(line[^1]) == System.Globalization.UnicodeCategory.OtherSymbol);

    private enum Subject
    {
        UsersThings,
        Bot,
        Samples,
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
    private static int Block(string text, List<(int Start, int End)> lines, int first, bool samples = false)
    {
        var opening = text.AsSpan(lines[first].Start, lines[first].End - lines[first].Start).TrimStart();
        if (samples && IsRule(text, lines[first]))
        {
            return SectionEnd(text, lines, first);
        }
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

        // A paragraph under a sample's label is the sample ("**Bist du ein Mensch?**\nNein, ich bin der digitale Assistent …").
        if (samples && first > 0 && PreviousContent(text, lines, first) is var label and >= 0 && IsSampleLabel(text, lines[label]))
        {
            var end = first;
            while (end + 1 < lines.Count && !IsBlank(text, lines[end + 1]))
            {
                end++;
            }

            return end;
        }

        Func<ReadOnlySpan<char>, bool>? kind = opening.Length == 0 ? null
            : opening[0] == '>' ? l => l.Length > 0 && l[0] == '>'
            : IsListItem(opening) ? IsListItem
            : opening[0] is '"' or '“' or '„' or '«' or '「' or '『' or '`' ? _ => false
            : samples && Labelled(opening) ? Labelled
            : samples && Timed(opening) ? Timed
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

    /// <summary>The most characters of a turn's label ("A", "Q", "Bot", "机器人").</summary>
    private const int LongestTurnLabel = 12;

    /// <summary>A line that opens with a short label and a colon, perhaps in bold: a turn of a sample's dialogue ("A: Nope! I'm Pixel").</summary>
    private static bool Labelled(ReadOnlySpan<char> line)
    {
        line = line.TrimStart(" *>");
        var at = 0;
        while (at < line.Length && at <= LongestTurnLabel && (char.IsLetterOrDigit(line[at]) || (at > 0 && line[at] == ' ' && at + 1 < line.Length && char.IsLetter(line[at + 1]))
            || char.GetUnicodeCategory(line[at]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
        {
            at++;
        }

        while (at < line.Length && line[at] == '*')
        {
            at++;
        }

        return at > 0 && at < line.Length && line[at] is ':' or '：';
    }

    /// <summary>A subtitle's line, opening with its time ("00:12:04 → «Hola, soy Samantha.»", "1:05 --> …").</summary>
    private static bool Timed(ReadOnlySpan<char> line)
    {
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits is 1 or 2 && digits + 2 < line.Length && line[digits] == ':' && char.IsAsciiDigit(line[digits + 1]) && char.IsAsciiDigit(line[digits + 2]);
    }

    private static bool IsListItem(ReadOnlySpan<char> line)
    {
        if (Numbered(line))
        {
            return true;
        }

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

    /// <summary>The nearest line before this one that is not blank, or -1.</summary>
    private static int PreviousContent(string text, List<(int Start, int End)> lines, int line)
    {
        while (--line >= 0 && IsBlank(text, lines[line]))
        {
        }

        return line;
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
