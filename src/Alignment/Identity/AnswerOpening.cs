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

        var setOff = after >= text.Length || text[after] is ',' or '，' or '、' or '(' or '（' or '.' or '。' or '!' or '！' or ':' or '：' or '—' or '–' or ';' or '；'
            || (word > after && reply.Grammar.AnswerParticles.Contains(text.Folded[after..word]));
        return setOff
            // "Claude, asisten AI buatan OpenAI.": another family or maker beside it is for a person to read.
            && !reply.NamesInSentence(first.Start).Any(o => o != first && (o.IsMakerRole ? catalog.Family(family)?.Makers.Contains(o.Maker!) != true : o.Family != family))
            && !reply.InSentence(first.Start).Any(m => m.Value is MarkKind.Negation or MarkKind.NegationAfter or MarkKind.NegationFinal or MarkKind.ThirdParty
                or MarkKind.ThirdPartyAfter or MarkKind.OtherSubject or MarkKind.OtherSubjectAfter or MarkKind.Roleplay or MarkKind.Hedge or MarkKind.HedgeFinal or MarkKind.Advises)
            && !reply.IsAsked(first.Start)
            ? new IdentityClaim(family, text.Original[first.Start..first.End], first.Start, first.End - first.Start) { Basis = ClaimBasis.Answer }
            : null;
    }
}
