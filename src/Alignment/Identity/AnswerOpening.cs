namespace Alignment.Identity;

/// <summary>
/// Asked who it is, a reply that opens with a listed family set off as an answer claims it ("文心一言，百度研发的…", "Claude ครับ
/// …"): <see cref="Find"/> reads such an opening when the reply is read, and <see cref="Claim"/> makes it the claim of an
/// answer to "who are you".
/// </summary>
internal static class AnswerOpening
{
    /// <summary>
    /// The reading of a reply to "who are you" that opens with a listed family as its answer ("腾讯混元，腾讯公司自研的大语言模型"):
    /// that family is its claim, where nothing else in the reply is in doubt but the family and its own maker.
    /// </summary>
    public static IdentityReading Claim(IdentityCatalog catalog, IdentityReading reading)
    {
        // "Probablemente Salamandra, el modelo del …": a guess at a name is no claim, and no plain "no claim" either.
        if (reading.Claims.Count == 0 && reading.Hedged.Count == 0 && reading.Guess is { } guess)
        {
            return reading with { Hedged = [guess] };
        }

        // "Ein Assistent aus dem Hause Aleph Alpha.": an answer that describes an assistant and who made or named it.
        if (reading.Claims.Count == 0 && reading.Maker is null && reading.Unplaced.Count == 0 && reading.Described is { } described)
        {
            return reading with { Unplaced = [described] };
        }

        if (reading.Claims.Count > 0 || reading.Opening is not { } opening || catalog.Family(opening.Family) is not { } family
            || reading.Hedged.Count > 0 || reading.Unplaced.Count > 0 || reading.UnplacedMakers.Count > 0
            || (reading.Maker is { } said && !family.Makers.Contains(said))
            || !reading.Unclear.All(n => n == family.Id || family.Makers.Contains(n)))
        {
            return reading;
        }

        var maker = reading.Maker ?? reading.Unclear.FirstOrDefault(family.Makers.Contains);
        return reading with
        {
            Claims = [opening], Maker = maker, MakerAgrees = maker is null ? null : true, Unclear = [], Aside = [],
            Undenied = [.. reading.Undenied.Where(n => n != family.Id && n != maker)],
        };
    }

    /// <summary>
    /// "Probablemente Salamandra, …", "Наверное, «Сократ».", "Provavelmente o Sabiá-3, da Maritaca AI": a reply that opens with a
    /// hedge and then a name guesses at its answer. The listed family or maker it names, or the name as written; null otherwise.
    /// </summary>
    public static string? Guess(ReplyContext reply)
    {
        var text = reply.Text;
        if (reply.Layout.FirstContent < 0 || reply.MarkFrom(reply.Layout.FirstContent) is not { Value: MarkKind.Hedge or MarkKind.HedgeFinal } hedge
            || hedge.Start != reply.Layout.FirstContent)
        {
            return null;
        }

        var at = hedge.End;
        while (at < text.Length && text[at] is ' ' or ',' or '，' or '、')
        {
            at++;
        }

        var word = at;
        while (word < text.Length && char.IsLetter(text[word]))
        {
            word++;
        }

        // "Provavelmente o Sabiá-3", "Мабуть, асистент «Дія.АІ»": past an article or a word for an assistant.
        if (word < text.Length && text[word] == ' ' && word > at
            && (reply.Grammar.Articles.Contains(text.Folded[at..word]) || reply.Grammar.AssistantWords.Contains(text.Folded[at..word])))
        {
            at = word + 1;
        }

        if (reply.NameFrom(at) is { } named && named.Start - at <= 1 && !named.Unplaced)
        {
            return named.IsMakerRole ? named.Maker : named.Family;
        }

        return UnlistedNames.NameAfter(reply, hedge, at) is { } guessed && !guessed.Unplaced
            ? IdentityCatalog.OtherPrefix + text.Original[guessed.Start..guessed.End].Trim()
            : null;
    }

    /// <summary>
    /// "Ein Assistent aus dem Hause Aleph Alpha.", "An open-source model called Luminous.": a first sentence with no subject of its
    /// own that opens with words for an assistant or a model, then a form of making or naming. The unlisted name after the form, as
    /// written; null otherwise (a listed one is read as a name).
    /// </summary>
    public static string? Described(ReplyContext reply)
    {
        var text = reply.Text;
        var start = reply.Layout.FirstContent;
        if (start < 0 || reply.MarkFrom(start) is not { Value: MarkKind.MadeBy or MarkKind.MakerBefore or MarkKind.Naming } form
            || !reply.Layout.SameSentence(start, form.Start))
        {
            return null;
        }

        // Each word before the form an article, a word for an assistant or a model, or a lower-case word ("helpful", "open-source").
        var described = false;
        for (var at = start; at < form.Start;)
        {
            var end = at;
            while (end < form.Start && char.IsLetter(text[end]))
            {
                end++;
            }

            if (end == at)
            {
                if (text[at] is not (' ' or ',' or '-'))
                {
                    return null;
                }

                at++;
                continue;
            }

            var word = text.Folded[at..end];
            if (reply.Grammar.AssistantWords.Contains(word) || reply.Grammar.MakerNouns.Contains(word))
            {
                described = true;
            }
            else if (!reply.Grammar.Articles.Contains(word) && !char.IsLower(text.Original[at]))
            {
                return null;
            }

            at = end;
        }

        var slot = text.SkipSpaces(form.End);
        if (!described)
        {
            return null;
        }

        // The name may have been read already, as an unlisted maker no claim took up.
        if (reply.NameFrom(slot) is { } read && read.Start == slot)
        {
            return read.Unlisted && !read.Unplaced ? text.Original[read.Start..read.End].Trim() : null;
        }

        return UnlistedNames.NameAfter(reply, form, form.End) is { Unplaced: false } name ? text.Original[name.Start..name.End].Trim() : null;
    }

    /// <summary>
    /// "文心一言，百度研发的…", "Claude ครับ เป็น…", "Command R+，Cohere 出品的…": a listed family that opens the reply, set off from what
    /// follows by a stop, a comma, a bracket or a particle of politeness, in a sentence that names no other family or maker and in which
    /// nothing denies, asks, compares or quotes.
    /// </summary>
    public static IdentityClaim? Find(ReplyContext reply, IdentityCatalog catalog)
    {
        var text = reply.Text;
        if (reply.Names.FirstOrDefault(o => !o.Unplaced) is not { Family: { } family, Unlisted: false } first || first.IsMakerRole
            || first.Status != NameStatus.Unexplained || first.Start != reply.Layout.FirstContent)
        {
            return null;
        }

        var after = text.SkipSpaces(first.End);
        var word = after;
        while (word < text.Length && (char.IsLetter(text[word]) || char.GetUnicodeCategory(text[word]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
        {
            word++;
        }

        // Not a description of the name ("GPT-3 (also known as ChatGPT) is a …"), nor a question ("GPT-3, darling?").
        var end = first.End;
        while (end < text.Length && reply.Layout.SameSentence(end, first.Start))
        {
            end++;
        }

        if (text.Original.AsSpan(first.End, end - first.End).IndexOfAny('?', '？') >= 0
            || text.Folded[first.End..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => reply.Grammar.ThirdPersonVerbs.Contains(w.Trim(',', '.', ';', ':'))))
        {
            return null;
        }

        // Where the speaker speaks of itself again, its own words begin ("Grok ครับ สร้างโดย xAI … ผมตอบตรงๆ ไม่อ้อมค้อม": I answer
        // straight, not around): a denial there is not of the name.
        var own = reply.InSentence(first.Start).FirstOrDefault(m => m.Start >= first.End && m.Value is MarkKind.Self or MarkKind.FirstPerson) is { End: > 0 } self ? self.Start : int.MaxValue;
        // Set off by a stop, a comma in any script or an emoji ("ديب سيك، ببساطة", "ديب سيك 😊 مساعد …").
        var setOff = after >= text.Length || text[after] is ',' or '，' or '、' or '،' or '(' or '（' or '.' or '。' or '!' or '！' or ':' or '：' or '—' or '–' or ';' or '；'
            || char.IsSurrogate(text[after]) || char.GetUnicodeCategory(text[after]) == System.Globalization.UnicodeCategory.OtherSymbol
            || (word > after && reply.Grammar.AnswerParticles.Contains(text.Folded[after..word]));
        return setOff
            // "Claude, asisten AI buatan OpenAI.": another family or maker beside it is for a person to read.
            && !reply.NamesInSentence(first.Start).Any(o => o != first && (o.Status is NameStatus.Negated or NameStatus.Hedged || (o.IsMakerRole ? catalog.Family(family)?.Makers.Contains(o.Maker!) != true : o.Family != family)))
            && !reply.InSentence(first.Start).Any(m => m.Start < own && m.Value is MarkKind.Negation or MarkKind.NegationAfter or MarkKind.NegationFinal or MarkKind.ThirdParty
                or MarkKind.ThirdPartyAfter or MarkKind.OtherSubject or MarkKind.OtherSubjectAfter or MarkKind.Roleplay or MarkKind.Hedge or MarkKind.HedgeFinal or MarkKind.Advises)
            && !reply.IsAsked(first.Start)
            ? new IdentityClaim(family, text.Original[first.Start..first.End], first.Start, first.End - first.Start) { Basis = ClaimBasis.Answer }
            : null;
    }
}
