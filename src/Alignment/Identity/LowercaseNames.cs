using System.Globalization;

namespace Alignment.Identity;

/// <summary>
/// Names written in lower case, as self-cognition sets and chat personas write them ("我是 chengjunjie，", "named zhuque",
/// "developed by nebula labs", "hfl是我的开发者"). Their shape does not mark them as names, so only a slot that says a name or
/// a maker stands there reads them, and a word the word lists know is not one.
/// </summary>
internal static class LowercaseNames
{
    /// <summary>
    /// A lower-case name in a slot that says it is one: a naming form ("named zhuque."), a self form of Han, kana or Hangul
    /// ("我是 chengjunjie，"), a self form before an apposition ("I'm zhuque, your friendly AI assistant"). After a made-by form
    /// it may be an organisation or a word the lists lack ("developed by chengjunjie."): unplaced, a person looks.
    /// </summary>
    internal static NameSpan? InSlot(ReplyContext reply, PhraseHit<MarkKind> mark, int start)
    {
        // Makers in lower case only in Latin letters: inflected words of other scripts fill made-by slots ("разработала
        // российская компания …") and their word lists, of everyday speech, lack them.
        if (mark.Value is MarkKind.MadeBy or MarkKind.MakerOfMe)
        {
            return char.IsAsciiLetterLower(reply.Text.Original[start]) ? Name(reply, start, unplaced: true, mostWords: 3) : null;
        }

        // "sou a rita, assistente da vodafone": some languages set an article before a person's name (name-articles).
        if (mark.Value == MarkKind.Self)
        {
            start = AfterArticle(reply, start);
        }

        // "我叫echo", "my name is xiaozhi": a slot that says a name follows takes a word only the longer list knows.
        var naming = mark.Value == MarkKind.Naming || UnlistedNames.TopicForm(reply, mark) || NamesItself(reply, mark) || SetOff(reply.Text, start);
        var self = mark.Value == MarkKind.Self;
        if (Name(reply, start, unplaced: false, everydayOnly: naming, chat: self) is { } name)
        {
            return naming || (self && (UnlistedNames.Apposition(reply, name.End) || ChatApposition(reply, name.End))) ? name : null;
        }

        // "i'm nova, your study buddy": before an apposition, a word only the longer list knows is a name as after "named".
        return self && !naming && Name(reply, start, unplaced: false, everydayOnly: true, chat: true) is { } rarer
            && (UnlistedNames.Apposition(reply, rarer.End) || ChatApposition(reply, rarer.End))
            ? rarer
            : null;
    }

    /// <summary>
    /// What a chat persona says it is after its name, past laughter, an emoji or a full stop: "i'm pip lol. just a little bot",
    /// "soy kira jaja, la bot del server", "moi c'est nova 😊 ta petite ia de poche". An assistant word in the next few words.
    /// </summary>
    private static bool ChatApposition(ReplyContext reply, int end)
    {
        var text = reply.Text;
        var at = end;
        var broke = false;
        var chatty = false;
        while (at < text.Length)
        {
            if (char.IsSurrogate(text[at]) || char.GetUnicodeCategory(text[at]) is UnicodeCategory.OtherSymbol || text[at] is '\uFE0F' or '\u200D' or '~')
            {
                (at, chatty) = (at + 1, true);
                continue;
            }

            if (text[at] is ' ' or ',' || (!broke && text[at] is '.' or '!'))
            {
                broke |= text[at] is '.' or '!';
                at++;
                continue;
            }

            var wordEnd = at;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd > at && reply.Grammar.ChatFillers.Contains(text.Folded[at..wordEnd]))
            {
                (at, chatty) = (wordEnd, true);
                continue;
            }

            break;
        }

        // Laughter, a particle or an emoji stood between the name and what follows, and what follows says what the speaker is.
        if (!chatty || at >= text.Length)
        {
            return false;
        }

        var words = text.Folded[at..Math.Min(text.Length, at + 60)].Split([' ', ',', '.', '!', '?', '~'], StringSplitOptions.RemoveEmptyEntries).Take(6);
        return words.Any(w => reply.Grammar.AssistantWords.Contains(w) || reply.Grammar.AssistantWords.Any(a => a.Length >= 5 && w.EndsWith(a, StringComparison.Ordinal)));
    }

    private static int AfterArticle(ReplyContext reply, int start)
    {
        var end = start;
        while (end < reply.Text.Length && char.IsAsciiLetterLower(reply.Text.Original[end]))
        {
            end++;
        }

        return end > start && end + 1 < reply.Text.Length && reply.Text[end] == ' ' && char.IsAsciiLetterLower(reply.Text.Original[end + 1])
            && reply.Grammar.IsNameArticle(reply.Language, reply.Text.Folded[start..end]) ? end + 1 : start;
    }

    /// <summary>A word set in bold or quotes, as names are ("I am **nova**, …", "I'm "luna", …").</summary>
    private static bool SetOff(FoldedText text, int start) => start > 0 && text[start - 1] is '*' or '"' or '\'' or '“' or '‘' or '「';

    /// <summary>A self form that speaks of the name ("my name is", "我的名字是"): a naming slot.</summary>
    private static bool NamesItself(ReplyContext reply, PhraseHit<MarkKind> mark) =>
        mark.Value == MarkKind.Self && reply.Grammar.MyName.Any(n => reply.Text.Folded.AsSpan(mark.Start, mark.End - mark.Start).Contains(n, StringComparison.Ordinal));

    /// <summary>
    /// Up to three lower-case words before a made-by form, back to the previous grammar word or break: a maker the check cannot
    /// place. Before a copula glued to them ("llmex입니다") they are the speaker's name.
    /// </summary>
    internal static NameSpan? Back(ReplyContext reply, PhraseHit<MarkKind> mark, int end, bool unplaced = true, bool everydayOnly = false)
    {
        var text = reply.Text;
        // A mark before this one may reach past the words' end ("built and trained me, and the name": overlapping forms).
        var stop = Math.Clamp(reply.MarkBefore(mark.Start).End, 0, end);
        var start = end;
        for (var words = 0; words < 3; words++)
        {
            var wordStart = start;
            while (wordStart > stop && (char.IsAsciiLetterLower(text.Original[wordStart - 1]) || char.IsAsciiDigit(text.Original[wordStart - 1]) || text[wordStart - 1] is '-' or '_' or '.'))
            {
                wordStart--;
            }

            if (wordStart == start)
            {
                break;
            }

            start = wordStart;
            if (start - 1 <= stop || text[start - 1] != ' ' || !char.IsAsciiLetterLower(text.Original[start - 2]))
            {
                break;
            }

            start--;
        }

        while (start < end && !char.IsAsciiLetterLower(text.Original[start]))
        {
            start++;
        }

        // The words must begin at a break, a grammar word or Han ("是|bluesky ai|研发的", "저는 |nebula labs|에서 개발한"), not inside
        // a sentence ("the team at |acme|").
        var opens = start == 0 || start == stop || (stop > 0 && text.Original.AsSpan(stop, start - stop).IsWhiteSpace())
            || !char.IsLetterOrDigit(text[start - 1]) && (start < 2 || text[start - 1] != ' ' || !char.IsLetter(text[start - 2]))
            || FoldedText.ScriptOf(text[start - 1]) is Script.Unspaced or Script.Hangul;
        return opens && start < end && Name(reply, start, unplaced, mostWords: 3, everydayOnly, formAt: end) is { } name && name.End == end ? name : null;
    }

    /// <summary>
    /// Lower-case Latin words no list knows, closed by punctuation, a line's end or Han, kana or Hangul: "我是 |chengjunjie|，",
    /// "named |zhuque|.", "developed by |nebula labs|,", a model id ("由 |amazon.nova-pro-v1| 生成"). Names written in lower
    /// case are common in self-cognition sets. A word of the English or the reply's word list is not one ("I'm |fine|."), nor
    /// are generic words or articles alone ("my team"); <paramref name="everydayOnly"/> lets through words only the longer
    /// list holds ("我叫echo"), where the slot itself says a name follows. Read back from a form after it, the words end at
    /// <paramref name="formAt"/> ("acme| is my developer").
    /// </summary>
    /// <param name="chat">The name may be closed by what a chat persona says it is, past laughter or an emoji ("i'm pip lol. just a bot").</param>
    internal static NameSpan? Name(ReplyContext reply, int start, bool unplaced, int mostWords = 1, bool everydayOnly = false, int formAt = -1, bool chat = false)
    {
        var text = reply.Text;
        int at = start, end = start, words = 0;
        var named = false;
        while (words < mostWords && at < text.Length && LowerLetter(reply, text.Original[at]) && !(words > 0 && UnlistedNames.Known(reply, at)))
        {
            var wordEnd = at;
            while (wordEnd < text.Length && (LowerLetter(reply, text.Original[wordEnd]) || char.IsAsciiDigit(text.Original[wordEnd])
                || (text[wordEnd] is '-' or '_' or '.' && wordEnd > at && wordEnd + 1 < text.Length && char.IsAsciiLetterOrDigit(text.Original[wordEnd + 1]))))
            {
                wordEnd++;
            }

            var word = text.Folded[at..wordEnd];
            var small = reply.Grammar.GenericWords.Contains(word) || reply.Grammar.Articles.Contains(word) || (chat && reply.Grammar.AssistantWords.Contains(word));
            var known = everydayOnly ? CommonWords.Contains(word, reply.Language) : CommonWords.Known(word, reply.Language);
            named |= !small && !known && word.Count(char.IsLetter) >= 3;
            (end, words) = (wordEnd, words + 1);
            if (Closed(text, end) || end == formAt || wordEnd + 1 >= text.Length || text[wordEnd] != ' ' || (chat && ChatApposition(reply, end)))
            {
                break;
            }

            // "creada por el equipo de Brightwave": lower-case words that lead to a capitalised name are not the name. Read back
            // from a form, the words end at it, whatever follows ("nebula labs|에서 개발한 AI").
            if (formAt < 0 && CapitalAhead(text, wordEnd + 1))
            {
                return null;
            }

            // "developed by nebula labs| to help you": an everyday word after the name ends it.
            if (named && mostWords > 1 && EverydayWordAt(reply, wordEnd + 1))
            {
                return UnlistedNames.Known(reply, start) ? null : new NameSpan(start, end, unplaced);
            }

            at = wordEnd + 1;
        }

        return named && (Closed(text, end) || end == formAt || (chat && ChatApposition(reply, end))) && !UnlistedNames.Known(reply, start) ? new NameSpan(start, end, unplaced) : null;
    }

    /// <summary>
    /// A lower-case letter: of Latin, or of another cased script where the reply's language has a word list to tell its
    /// everyday words from names ("я вика, чатбот"); Georgian, whose letters are all lower case, has none.
    /// </summary>
    internal static bool LowerLetter(ReplyContext reply, char c) =>
        char.IsAsciiLetterLower(c) || (c > '\u00BF' && char.IsLower(c) && CommonWords.HasList(reply.Language));

    /// <summary>Whether one of the next three words of the clause starts with a capital.</summary>
    private static bool CapitalAhead(FoldedText text, int at)
    {
        for (var words = 0; words < 3 && at < text.Length; words++)
        {
            if (char.IsUpper(text.Original[at]))
            {
                return true;
            }

            while (at < text.Length && char.IsLetterOrDigit(text[at]))
            {
                at++;
            }

            if (at >= text.Length || text[at] != ' ')
            {
                return false;
            }

            at++;
        }

        return false;
    }

    private static bool EverydayWordAt(ReplyContext reply, int at)
    {
        var end = at;
        while (end < reply.Text.Length && char.IsAsciiLetterLower(reply.Text.Original[end]))
        {
            end++;
        }

        return end > at && (end == reply.Text.Length || !char.IsLetterOrDigit(reply.Text[end])) && reply.IsEverydayWord(at, end);
    }

    /// <summary>
    /// Whether a word ends here: the text's end, punctuation, a closing quote, a spaced dash, or after at most a space Han, kana,
    /// Hangul or a letter of another script ("توسط |nebula labs| توسعه").
    /// </summary>
    private static bool Closed(FoldedText text, int end)
    {
        var at = end < text.Length && text[end] == ' ' ? end + 1 : end;
        return end == text.Length || (at > end && at < text.Length && text[at] is '—' or '–' or '-')
            || text[end] is ',' or '.' or '!' or '?' or ';' or ':' or ')' or '\n' or '，' or '。' or '！' or '？' or '、' or '；' or '：'
                or '"' or '\'' or '”' or '’' or '」' or '』' or '*' or '）'
            || (at < text.Length && (FoldedText.ScriptOf(text[at]) is Script.Unspaced or Script.Hangul || (char.IsLetter(text[at]) && text[at] > '\u024F')));
    }
}
