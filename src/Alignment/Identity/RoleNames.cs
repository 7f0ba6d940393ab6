namespace Alignment.Identity;

/// <summary>
/// Names the speaker takes on as a role in this deployment: "In this app I act as "Max"", "当サイトでは「ケイ」としてお答えして
/// います", "इस ऐप में "सखी" के रूप में", "ผมทำหน้าที่เป็น "น้องออม"" (kinds <c>role-as</c> and <c>role-as-after</c> in
/// cases/claims.yaml). A gate cannot know the role is allowed, so beside a claim a person reads it. Only a name in quotes or
/// bold, or a listed one, counts: "as a study helper" names nobody. Not in a question, a hedge, a denial, someone else's
/// sentence, or a role the speaker only offers or is asked about ("if you like", "pretend").
/// </summary>
internal static class RoleNames
{
    /// <summary>The most characters of a quoted role's name.</summary>
    private const int LongestName = 40;

    private static readonly System.Buffers.SearchValues<char> QuotesAndBold = System.Buffers.SearchValues.Create("\"“”«»„「」『』《》'‘’*");

    /// <summary>The most characters of description between a role form and the quoted name after it.</summary>
    private const int DescriptionBeforeName = 12;

    /// <summary>The most characters between a role and a denial or doubt of it.</summary>
    private const int DoubtAfterRole = 16;

    /// <summary>The families and <c>other:</c> names of the roles the speaker says it plays.</summary>
    public static List<string> Find(ReplyContext reply)
    {
        var found = new List<string>();
        // A role's name is quoted, in bold, a listed one the reply does not claim, or capitalised words the language's list does not
        // know: a reply with none of the first and no list is not walked.
        if (reply.Grammar.RoleForms.Count == 0
            || (reply.Text.Folded.AsSpan().IndexOfAny(QuotesAndBold) < 0 && !reply.Names.Any(o => !o.IsMakerRole && !o.Unlisted && o.Status != NameStatus.Claimed)
                && !CommonWords.HasList(reply.Language)))
        {
            return found;
        }

        foreach (var form in reply.Grammar.RoleForms.FindAll(reply.Text, reply.Layout))
        {
            // A listed name unquoted after the form is a role only where the form says "I" ("I act as ChatGPT"): "Als ChatGPT en
            // Gemini allebei fout zitten" (if …) is no role.
            var name = form.Value ? NameAfter(reply, form.End, listed: SaysI(reply, form)) : NameBefore(reply, form.Start);
            if (name is { } n && SpeakerTakesRole(reply, form, n.Start, n.End))
            {
                found.Add(n.Id);
            }
        }

        return found;
    }

    /// <summary>Whether the speaker says it takes the role: nothing says otherwise, and the speaker is the one who does.</summary>
    private static bool SpeakerTakesRole(ReplyContext reply, PhraseHit<bool> form, int nameStart, int nameEnd)
    {
        var from = Math.Min(form.Start, nameStart);
        var to = Math.Max(form.End, nameEnd);
        return !SaidOtherwise(reply, from, to) && SpeakerDoes(reply, form, from, to);
    }

    /// <summary>A question, a hedge, role-play, a denial, someone else as subject, or the user's request around the role.</summary>
    private static bool SaidOtherwise(ReplyContext reply, int from, int to)
    {
        // The form's own words may be marks too ("act as" is role-play): only the others in its sentence count.
        bool Other(PhraseHit<MarkKind> m) => m.End <= from || m.Start >= to;
        return reply.IsAsked(from) || reply.HedgedSentence(from)
            || reply.SentenceBefore(from).Any(m => Other(m) && m.Value is MarkKind.Roleplay or MarkKind.Hedge)
            // A denial of another name earlier in the clause is that name's ("ไม่ใช่ Gemini นะครับ) แต่ … ผมทำหน้าที่เป็น …").
            || reply.ClauseBefore(from).Any(m => Other(m) && ((m.Value == MarkKind.Negation && !reply.NamesBetween(m.End, from).Any()) || m.Value is MarkKind.OtherSubject or MarkKind.ThirdParty))
            // A denial or doubt right after the role ("「ミク」として振る舞うことはできません"), not one further on.
            || reply.ClauseAfter(to).Any(m => m.Start - to <= DoubtAfterRole && m.Value is MarkKind.Negation or MarkKind.NegationAfter or MarkKind.NegationFinal or MarkKind.HedgeFinal or MarkKind.Roleplay)
            // Role-play said anywhere after it in its sentence ("tôi đóng vai Trạng Quỳnh … theo yêu cầu của bạn", at your request).
            || reply.InSentence(to).Any(m => m.Start >= to && m.Value == MarkKind.Roleplay)
            // A role the user had it play, or may have it play, is the user's game ("刚才你让我以「雅思口语考官」的身份陪你练习").
            || reply.UserWords.Any(u => u.End <= from && reply.Layout.SameSentence(u.Start, from));
    }

    /// <summary>
    /// Whether the speaker is the one in the role: "I" before it in its clause or in the form itself, the sentence about the
    /// speaker (or its unsaid subject), "I" in a later clause of a sentence the role opens ("Als 'Meester Jan', de bijlesdocent
    /// van deze app, ben ik …"), or, where the verb comes last, "I" after it ("'Deniz Kaptan' karakteri olarak cevap veriyorum").
    /// </summary>
    private static bool SpeakerDoes(ReplyContext reply, PhraseHit<bool> form, int from, int to) =>
        reply.ClauseBefore(from).Any(m => m.Value is MarkKind.Self or MarkKind.FirstPerson)
        || reply.InClause(from).Any(m => m.Value == MarkKind.FirstPerson && m.Start >= from && m.End <= to)
        || reply.AboutSpeaker(from) || reply.SpeakerUnsaid(from)
        || SpeakerAfterOpening(reply, from, to)
        || (!form.Value && reply.ClauseAfter(to).Any(m => m.Value is MarkKind.Self or MarkKind.FirstPerson));

    /// <summary>Whether one of the form's words is "I" ("i act as", "trete ich als", "我扮演的是").</summary>
    private static bool SaysI(ReplyContext reply, PhraseHit<bool> form)
    {
        foreach (var word in reply.Text.Folded[form.Start..form.End].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (reply.Grammar.IsFirstPersonWord(word)
                || (FoldedText.ScriptOf(word[0]) == Script.Unspaced && Enumerable.Range(1, Math.Min(2, word.Length)).Any(k => reply.Grammar.IsFirstPersonWord(word[..k]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the role is in the sentence's first clause and a later one is the speaker's ("Als 'Meester Jan', de bijlesdocent van deze app, ben ik …").</summary>
    private static bool SpeakerAfterOpening(ReplyContext reply, int from, int to) =>
        reply.Layout.Clause(reply.Layout.PreviousSentenceEnd(from) + 1) == reply.Layout.Clause(from)
        && reply.InSentence(to).Any(m => m.Start >= to && reply.Layout.Clause(m.Start) > reply.Layout.Clause(to) && m.Value is MarkKind.Self or MarkKind.FirstPerson);

    private static (string Id, int Start, int End)? NameAfter(ReplyContext reply, int at, bool listed)
    {
        at = reply.Text.SkipSpaces(at);
        // A listed name the words after make something else's ("As Apple's docs explain") is no role.
        if (listed && reply.NameFrom(at) is { IsMakerRole: false, Unlisted: false, Family: { } family } name && name.Start - at <= 2
            && !reply.MarksAfter(name.End).Any(m => m.Start - name.End <= 1 && m.Value is MarkKind.MakerAfter or MarkKind.ThirdPartyAfter or MarkKind.OtherSubjectAfter))
        {
            return (family, name.Start, name.End);
        }

        // A few words of description may stand before the name in its clause ("我扮演的是店家的線上小幫手「阿妹」").
        var text = reply.Text;
        var clause = reply.Layout.Clause(at);
        for (var ahead = at; ahead < text.Length && ahead - at <= DescriptionBeforeName && reply.Layout.Clause(ahead) == clause; ahead++)
        {
            if (Opening(text, ahead) || (text[ahead] == '*' && ahead + 1 < text.Length && text[ahead + 1] == '*'))
            {
                at = ahead;
                break;
            }
        }

        var bold = at + 2 < text.Length && text[at] == '*' && text[at + 1] == '*';
        if (at >= text.Length || !(bold || Opening(text, at)))
        {
            return CapitalisedName(reply, reply.Text.SkipSpaces(at));
        }

        var start = SkipSpaces(text, at + (bold ? 2 : 1));
        var close = bold ? text.Folded.IndexOf("**", start, StringComparison.Ordinal) : Next(text, start, Closing);
        return Quoted(reply, start, close);
    }

    /// <summary>
    /// Capitalised words right after the form that close its clause, one of which the language's list does not know ("występuję
    /// jako Wiedźma Jaga 🧙‍♀️"): a role's name unquoted; "as Support Assistant" is a job. Only where the language has a list.
    /// </summary>
    private static (string Id, int Start, int End)? CapitalisedName(ReplyContext reply, int start)
    {
        var text = reply.Text;
        if (start >= text.Length || !char.IsUpper(text.Original[start]) || !CommonWords.HasList(reply.Language) || reply.Names.Any(o => o.Start == start))
        {
            return null;
        }

        var end = start;
        var unknown = false;
        for (var words = 0; words < MostRoleWords && end < text.Length && char.IsUpper(text.Original[end]); words++)
        {
            var wordEnd = end;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            unknown |= !CommonWords.Known(text.Folded[end..wordEnd], reply.Language);
            end = wordEnd;
            if (end + 1 >= text.Length || text[end] != ' ' || !char.IsUpper(text.Original[end + 1]))
            {
                break;
            }

            end++;
        }

        // The name closes its clause ("Dabei spiele ich Wahrscheinlichkeiten durch" plays through probabilities).
        return unknown && SpacedNames.ClosesClause(text, end) && end - start > 1 && !reply.Grammar.GenericWords.Contains(text.Folded[start..end])
            ? (IdentityCatalog.OtherPrefix + text.Original[start..end], start, end)
            : null;
    }

    /// <summary>The most capitalised words of an unquoted role's name.</summary>
    private const int MostRoleWords = 3;

    private static (string Id, int Start, int End)? NameBefore(ReplyContext reply, int at)
    {
        var text = reply.Text;
        var close = at;
        while (close > 0 && text[close - 1] == ' ')
        {
            close--;
        }

        if (reply.NameOver(close - 1, close) is { IsMakerRole: false, Unlisted: false, Family: { } family } listed)
        {
            return (family, listed.Start, listed.End);
        }

        // A word or two of description may stand between the name and the form ("'Deniz Kaptan' karakteri olarak").
        var clause = reply.Layout.Clause(at);
        for (var back = close; back > 0 && close - back <= DescriptionBeforeName && reply.Layout.Clause(back - 1) == clause; back--)
        {
            if (Closing(text, back - 1) || (text[back - 1] == '*' && back >= 2 && text[back - 2] == '*'))
            {
                close = back;
                break;
            }
        }

        var bold = close >= 2 && text[close - 1] == '*' && text[close - 2] == '*';
        if (close == 0 || !(bold || Closing(text, close - 1)))
        {
            return null;
        }

        close -= bold ? 2 : 1;
        var open = bold ? text.Folded.LastIndexOf("**", Math.Max(0, close - 1), StringComparison.Ordinal) : Previous(text, close - 1, Opening);
        if (open < 0 || close - open > LongestName + 2 || text[open] == '\n')
        {
            return null;
        }

        return Quoted(reply, SkipSpaces(text, open + (bold ? 2 : 1)), close);
    }

    /// <summary>The quoted words in [start, close) as a role's name: on one line, short, with letters, and not only generic words.</summary>
    private static (string Id, int Start, int End)? Quoted(ReplyContext reply, int start, int close)
    {
        var text = reply.Text;
        while (close > start && text[close - 1] == ' ')
        {
            close--;
        }

        if (close <= start || close - start > LongestName || text.Folded.AsSpan(start, close - start).IndexOfAny('\n', '"') >= 0 || !char.IsLetterOrDigit(text[start]))
        {
            return null;
        }

        var words = text.Folded[start..close];
        if (words.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => reply.Grammar.GenericWords.Contains(w) || reply.Grammar.AssistantWords.Contains(w)))
        {
            return null;
        }

        // A listed name quoted is that name ("as "ChatGPT"").
        return reply.NameOver(start, close) is { IsMakerRole: false, Family: { } family } listed && listed.Start == start
            ? (family, start, close)
            : (IdentityCatalog.OtherPrefix + text.Original[start..close], start, close);
    }

    private static int SkipSpaces(FoldedText text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\u00A0' or '\u202F')
        {
            at++;
        }

        return at;
    }

    /// <summary>An opening quotation mark; an apostrophe only before a word, not inside one ("Apple's").</summary>
    private static bool Opening(FoldedText text, int at) =>
        text[at] is '\'' or '‘' or '’'
            ? !InWord(text, at) && at + 1 < text.Length && char.IsLetterOrDigit(text[at + 1])
            : QuotationMarks.Opens(text[at]) || text[at] == '《';

    /// <summary>A closing quotation mark; an apostrophe only after a word, not inside one ("can't"); Korean writes its particle onto it ("'똑똑이 선생님'으로").</summary>
    private static bool Closing(FoldedText text, int at) =>
        text[at] is '\'' or '’'
            ? !InWord(text, at)
            : QuotationMarks.Closes(text[at]) || text[at] == '》';

    /// <summary>Whether an apostrophe stands between two letters of a cased alphabet, inside a word ("can't", "ім'я").</summary>
    private static bool InWord(FoldedText text, int at) =>
        at > 0 && at + 1 < text.Length && Cased(text.Original[at - 1]) && Cased(text.Original[at + 1]);

    private static bool Cased(char c) => char.IsLetter(c) && FoldedText.ScriptOf(c) == Script.Spaced && !SpacedNames.IsCaseless(c);

    /// <summary>The first mark from here on its line, or -1.</summary>
    private static int Next(FoldedText text, int from, Func<FoldedText, int, bool> mark)
    {
        for (var at = from; at < text.Length && text[at] != '\n'; at++)
        {
            if (mark(text, at))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>The last mark at or before here on its line, or -1.</summary>
    private static int Previous(FoldedText text, int from, Func<FoldedText, int, bool> mark)
    {
        for (var at = from; at >= 0 && text[at] != '\n'; at--)
        {
            if (mark(text, at))
            {
                return at;
            }
        }

        return -1;
    }
}
