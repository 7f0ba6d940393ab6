namespace Alignment.Identity;

/// <summary>
/// Which maker a reply claims for itself: a maker in a maker form ("by X", "由X开发", "X에서 개발한") in a sentence about
/// the speaker, not denied, asked about or hedged, and not the maker of another name the speaker only mentions.
/// </summary>
internal sealed class MakerAttribution(ReplyContext reply, IdentityCatalog catalog)
{
    /// <summary>What may set a form off: spaces, emphasis and quotation marks.</summary>
    private static readonly char[] Emphasis = [' ', '*', '_', '"'];

    /// <summary>Marks each name that stands as a maker here: a maker alone, or a name both (DeepSeek) inside a maker form.</summary>
    public void MarkRoles()
    {
        foreach (var o in reply.Names)
        {
            // "Base model: Mistral-7B-v0.1": a name with its version is the model, whatever form stands before it.
            o.IsMakerRole = o.Maker is not null && (o.Family is null || (!Versioned(o) && reply.HasMakerForm(o, out _, out _)));
        }
    }

    private bool Versioned(NameOccurrence o) =>
        o.End - o.Start > 1 && !char.IsDigit(reply.Text[o.Start]) && reply.Text.Original.AsSpan(o.Start + 1, o.End - o.Start - 1).IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>The speaker's maker: one that makes what it claims, first in the sentence of a claim, else the first one.</summary>
    public NameOccurrence? SpeakersMaker(IReadOnlyCollection<IdentityClaim> claims, IReadOnlySet<string> claimedFamilies)
    {
        // A maker slot the check could read but not place ("بواسطة شركة …") makes the reply uncertain; it is no maker.
        var selfMakers = reply.Names.Where(o => o.IsMakerRole && !o.Unplaced && IsSelfMaker(o)).ToList();
        var claimSentences = claims.Select(c => reply.Layout.Sentence(c.Start)).ToHashSet();
        var agreeing = reply.Names.Where(o => o.Maker is not null && !reply.IsNegated(o) && MakesAny(o.Maker, claimedFamilies)).ToList();
        return selfMakers.FirstOrDefault(o => MakesAny(o.Maker!, claimedFamilies))
            ?? agreeing.FirstOrDefault(o => claimSentences.Contains(reply.Layout.Sentence(o.Start)))
            ?? selfMakers.FirstOrDefault()
            ?? agreeing.FirstOrDefault();
    }

    /// <summary>
    /// "created by the Gemma team at Google DeepMind", "par l'équipe Gemma de Google", "vom Gemma-Team": a family of the maker's
    /// named with its team in the made-by slot is the family the speaker comes from, not the one the maker stands for.
    /// </summary>
    public string? TeamsFamily(NameOccurrence maker)
    {
        var text = reply.Text;
        reply.HasMakerForm(maker, out var formStart, out _);
        foreach (var o in reply.NamesBetween(formStart, maker.Start).Where(o => !o.IsMakerRole && !o.Unlisted && o.Family is not null && o.End <= maker.Start))
        {
            if (catalog.Family(o.Family!) is not { } family || !family.Makers.Contains(maker.Maker!))
            {
                continue;
            }

            var after = o.End < text.Length && text[o.End] is ' ' or '-' ? o.End + 1 : -1;
            var afterEnd = after;
            while (afterEnd >= 0 && afterEnd < text.Length && char.IsLetter(text[afterEnd]))
            {
                afterEnd++;
            }

            var beforeEnd = o.Start > 0 && text[o.Start - 1] == ' ' ? o.Start - 1 : -1;
            var before = beforeEnd;
            while (before > 0 && char.IsLetter(text[before - 1]))
            {
                before--;
            }

            if ((after >= 0 && afterEnd > after && reply.Grammar.MakerPeople.Contains(text.Folded[after..afterEnd]))
                || (beforeEnd > before && reply.Grammar.MakerPeople.Contains(text.Folded[before..beforeEnd])))
            {
                return family.Id;
            }
        }

        return null;
    }

    /// <summary>
    /// A maker named in the apposition to a claimed name, beside a generic word: "I'm Claude, a Google model", "I'm Claude, the
    /// Helix Labs assistant", "Soy Claude, un modelo de Google". A listed maker is that occurrence; a capitalised name the
    /// catalog lacks becomes <c>other:</c>.
    /// </summary>
    public NameOccurrence? ApposedMaker()
    {
        var text = reply.Text;
        foreach (var claimed in reply.Names.Where(o => o.Status == NameStatus.Claimed && !o.IsMakerRole && !o.Unplaced))
        {
            var at = claimed.End;
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            if (at >= text.Length || !SpacedNames.IsComma(text[at]) || !reply.AboutSpeaker(claimed.Start))
            {
                continue;
            }

            // The words of the apposition, up to four after its article, in the claim's clause.
            var words = new List<(int Start, int End)>();
            for (var next = UnlistedNames.SkipOpening(text, at + 1); next < text.Length && words.Count < 5 && char.IsLetter(text[next]) && FoldedText.ScriptOf(text[next]) == Script.Spaced;)
            {
                var end = SpacedNames.GenericWordEnd(text, next);
                while (end < text.Length && text[end] is '-' or '.' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))
                {
                    end = SpacedNames.GenericWordEnd(text, end + 1);
                }

                words.Add((next, end));
                if (end >= text.Length || text[end] != ' ')
                {
                    break;
                }

                next = end + 1;
            }

            // An article opens the apposition, or a generic word in a language without articles ("модель OpenAI").
            var from = words.Count > 0 && reply.Grammar.Articles.Contains(text.Folded[words[0].Start..words[0].End]) ? 1 : 0;
            if (words.Count < from + 2 && !(words.Count == from + 1 && CompoundTail(words[from]) > 0))
            {
                continue;
            }

            bool Generic(int i) => i >= from && i < words.Count && reply.Grammar.GenericWords.Contains(text.Folded[words[i].Start..words[i].End]);
            bool Link(int i) => i >= from && i < words.Count && reply.Grammar.MakerLinks.Contains(text.Folded[words[i].Start..words[i].End]);
            // "ein OpenAI-Modell", "een Acme-model": the maker and the generic word joined by a hyphen.
            int CompoundTail((int Start, int End) word)
            {
                var dash = text.Folded.IndexOf('-', word.Start, word.End - word.Start);
                return dash > word.Start && reply.Grammar.GenericWords.Contains(text.Folded[(dash + 1)..word.End])
                    && !reply.Grammar.GenericWords.Contains(text.Folded[word.Start..dash]) ? dash : -1;
            }

            foreach (var o in reply.NamesBetween(words[from].Start, words[^1].End).Where(o => o.Maker is not null && o.Family is null && o.End <= words[^1].End))
            {
                var first = words.FindIndex(w => w.Start == o.Start);
                var last = words.FindIndex(w => w.End == o.End);
                if (first >= from && ((last >= first && (Generic(last + 1) || Generic(first - 1) || (Link(first - 1) && Generic(first - 2)))) || CompoundTail(words[first]) == o.End))
                {
                    return o;
                }
            }

            // "the Helix Labs assistant", "ein Acme-Modell": capitalised words the catalog lacks, right before the generic word.
            var generic = Enumerable.Range(from + 1, Math.Max(0, words.Count - from - 1)).FirstOrDefault(Generic);
            var compound = CompoundTail(words[from]);
            // "an AI-assistant chatbot": a compound of generic words is one too.
            bool GenericCompound(int i) => text.Folded[words[i].Start..words[i].End].Split('-').All(reply.Grammar.GenericWords.Contains);
            if (generic > from && char.IsUpper(text.Original[words[from].Start]) && Enumerable.Range(from, generic - from).All(i => char.IsUpper(text.Original[words[i].Start]) && !Generic(i) && !GenericCompound(i))
                && !UnlistedNames.Known(reply, words[from].Start))
            {
                var org = text.Original[words[from].Start..words[generic - 1].End];
                return new NameOccurrence(words[from].Start, words[generic - 1].End, null, IdentityCatalog.OtherPrefix + org, claimOnly: false) { IsMakerRole = true, Status = NameStatus.Claimed };
            }

            if (compound > 0 && char.IsUpper(text.Original[words[from].Start]) && !UnlistedNames.Known(reply, words[from].Start))
            {
                var org = text.Original[words[from].Start..compound];
                return new NameOccurrence(words[from].Start, compound, null, IdentityCatalog.OtherPrefix + org, claimOnly: false) { IsMakerRole = true, Status = NameStatus.Claimed };
            }
        }

        return null;
    }

    /// <summary>
    /// Makers joined to the speaker's maker that make none of what it claims: "made by Anthropic and Alibaba". One maker field
    /// cannot hold them, so the judgement shows them. Joint makers of one family ("清华和智谱") make what it claims.
    /// </summary>
    /// <param name="makerOnly">The reply names no model: what it claims rests on its maker alone.</param>
    public List<string> OtherSelfMakers(NameOccurrence? chosen, IReadOnlySet<string> claimedFamilies, bool makerOnly)
    {
        var others = new List<string>();
        for (var joined = chosen; joined is not null;)
        {
            var next = reply.Names.FirstOrDefault(o => o.Start >= joined.End && o.IsMakerRole && !o.Unplaced);
            var between = next is null ? [] : reply.MarksAfter(joined.End).TakeWhile(m => m.End <= next.Start).ToList();
            if (next is null || between.Count != 1 || between[0].Value != MarkKind.Conjunction
                || !OnlyPunctuation(joined.End, between[0].Start) || !OnlyPunctuation(between[0].End, next.Start))
            {
                break;
            }

            if (next.Maker != chosen!.Maker && !MakesAny(next.Maker!, claimedFamilies))
            {
                others.Add(next.Maker!);
            }

            joined = next;
        }

        // "I'm Claude, made by Anthropic and customized by Helix": who adapted the model is another maker, wherever it stands.
        // Where the reply names no model, a second listed maker in the same sentence is one too ("Я языковая модель Moonshot,
        // разработанная компанией Baidu"): the first maker then stands for no family.
        others.AddRange(reply.Names.Where(o => o.IsMakerRole && !o.Unplaced && o.Maker != chosen?.Maker
                && (Tuned(o) || CreditedAgain(chosen, o) || ClaimedApart(chosen, o) || (makerOnly && chosen is not null && !o.Unlisted && reply.Layout.SameSentence(chosen.Start, o.Start))
                    // "I'm Qwen, trained by OpenAI and offered through Alibaba": a made-by form's maker before the one that agrees is not
                    // dropped for it; after it, it may describe that maker ("créé par Anthropic, une entreprise fondée par … OpenAI").
                    || (chosen is not null && o.Start < chosen.Start && !o.Unlisted && !reply.IsNegated(o) && reply.HasMakerForm(o, out _, out _) && reply.Layout.SameSentence(chosen.Start, o.Start)
                        && reply.Names.Any(c => c.Status == NameStatus.Claimed && !c.IsMakerRole && reply.Layout.SameSentence(c.Start, o.Start))))
                && IsSelfMaker(o) && !MakesAny(o.Maker!, claimedFamilies))
            .Select(o => o.Maker!));
        return others.Distinct().ToList();
    }

    /// <summary>
    /// A second maker credited by a making form of its own, right after the speaker's maker ("developed by Anthropic and trained
    /// by Helix", "由Anthropic开发，由Helix训练") or right after the speaker's own word ("I was trained by Helix", "Helix trained me").
    /// </summary>
    private bool CreditedAgain(NameOccurrence? chosen, NameOccurrence o)
    {
        var before = reply.ClauseBefore(o.Start).LastOrDefault(m => m.Value == MarkKind.MadeBy);
        var after = reply.MarksAfter(o.End, reply.Grammar.MakerGap).FirstOrDefault(m => m.Value is MarkKind.MadeByAfter or MarkKind.MakerOfMe);
        var ownForm = before != default && o.Start - before.End <= reply.Grammar.MakerGap;
        if (!ownForm && after == default)
        {
            return false;
        }

        if (after != default && after.Value == MarkKind.MakerOfMe)
        {
            return true;
        }

        var start = ownForm ? before.Start : o.Start;
        if (chosen is not null && chosen.End <= start && start - chosen.End <= reply.Grammar.MaxGap && reply.Layout.SameSentence(chosen.End, start)
            && !reply.NamesBetween(chosen.End, o.Start).Any(x => x != o)
            && reply.MarksAfter(chosen.End, reply.Grammar.MaxGap).Where(m => m.Start < o.Start) is var between
            && between.All(m => m.Value is MarkKind.MadeBy or MarkKind.MadeByAfter or MarkKind.Conjunction)
            && between.Any(m => m.Value is MarkKind.MadeBy or MarkKind.MadeByAfter))
        {
            // Each has its own form: "Anthropicというアメリカの安全企業によって開発" shares one, and names the maker twice.
            return true;
        }

        // The speaker's word opens the clause ("I was trained by Helix"), not "empfehle ich dir ein von OpenAI trainiertes Modell".
        var me = reply.ClauseBefore(start).LastOrDefault(m => m.Value is MarkKind.Self or MarkKind.FirstPerson);
        return me != default && reply.Layout.StartsClause(reply.Text, me.Start) && start - me.End <= reply.Grammar.MakerGap && !reply.NamesBetween(me.End, o.Start).Any(x => x != o)
            && reply.Text.Original.AsSpan(me.End, start - me.End).Trim().Count(' ') < 3;
    }

    /// <summary>
    /// A maker the speaker claims in a participial opening ("as a", "als", "en tant que") of a sentence of its own, after the one
    /// that credits its maker: "Ich bin Claude, entwickelt von Anthropic. Als von Google trainiertes Modell habe ich …".
    /// </summary>
    private bool ClaimedApart(NameOccurrence? chosen, NameOccurrence o) =>
        chosen is not null && o.Status == NameStatus.Claimed && chosen.End <= o.Start && !reply.Layout.SameSentence(chosen.Start, o.Start)
        && reply.ClauseBefore(o.Start).Any(m => m.Value == MarkKind.FirstPerson && reply.Layout.StartsClause(reply.Text, m.Start)
            && !reply.Grammar.IsFirstPersonWord(reply.Text.Folded[m.Start..m.End].Trim()));

    /// <summary>Whether a maker's made-by form says it adapted the model ("customized by", "微调"), not that it made it.</summary>
    private bool Tuned(NameOccurrence o)
    {
        var before = reply.ClauseBefore(o.Start).LastOrDefault(m => m.Value == MarkKind.MadeBy);
        var after = reply.MarksAfter(o.End, reply.Grammar.MakerGap).FirstOrDefault(m => m.Value is MarkKind.MadeByAfter or MarkKind.MakerOfMe);
        return (before != default && o.Start - before.End <= reply.Grammar.MakerGap && IsTuning(before))
            || (after != default && IsTuning(after));
    }

    private bool IsTuning(PhraseHit<MarkKind> form) => reply.Grammar.TuningForms.Contains(reply.Text.Folded[form.Start..form.End].Trim());

    private bool OnlyPunctuation(int start, int end) => reply.Text.Original.AsSpan(start, end - start).Trim(" ,、，*").IsEmpty;

    /// <summary>Makers the speaker credits that the check could read but not place ("developed by |chengjunjie|").</summary>
    public List<string> UnplacedSelfMakers() =>
        reply.Names.Where(o => o.IsMakerRole && o.Unplaced && IsSelfMaker(o)).Select(o => reply.Text.Original[o.Start..o.End]).Distinct().ToList();

    /// <summary>
    /// A made-by form about the speaker whose maker no reader found, in a script without capitals or word breaks, where the
    /// shape of a name cannot be seen: "Claude ผู้ช่วย AI ที่สร้างโดย|บริษัทไทยเอไอแล็บ|", "მე ვარ Claude, |„ნეირონ ლაბის“| მიერ
    /// შექმნილი". Its words are shown, and the reply is uncertain.
    /// </summary>
    public List<string> UnreadMakers()
    {
        var found = new List<string>();
        var text = reply.Text;
        foreach (var mark in reply.Marks.Where(m => m.Value is MarkKind.MadeBy or MarkKind.MadeByAfter))
        {
            // The speaker's own sentence ("ฉันคือ Claude … ที่สร้างโดย…"), or a form that says "made me": not "this cake is my mother's
            // make", whose subject the grammar does not know.
            var ofSpeaker = reply.SentenceBefore(mark.Start).Any(m => m.Value == MarkKind.Self) || reply.Grammar.EndsInFirstPerson(text, mark.Start, mark.End);
            if (!ofSpeaker || !(reply.AboutSpeaker(mark.Start) || GoesOnAboutTheSpeaker(mark.Start)) || reply.NamesInSentence(mark.Start).Any(o => o.IsMakerRole && !o.Unplaced)
                || reply.Grammar.ListedOnly(text, mark))
            {
                continue;
            }

            // The slot: after "by" to the clause's end, or before a made-by form after its maker back to the clause's start.
            int from, to;
            if (mark.Value == MarkKind.MadeBy)
            {
                from = reply.MarkFrom(mark.End) is { Value: MarkKind.MakerBefore } kind && kind.Start - mark.End <= 1 ? kind.Start : mark.End;
                to = Math.Min(reply.Layout.ClauseEnd(mark.End), from + MostUnreadMaker);
            }
            else
            {
                // "কোম্পানির তৈরি": a form that begins with an ending written onto the maker's last word shows the whole word.
                to = mark.Start;
                while (to > 0 && to < mark.End && char.IsLetter(text[mark.Start - 1]) && text[to] != ' ')
                {
                    to++;
                }

                from = mark.Start;
                while (from > 0 && to - from < MostUnreadMaker && reply.Layout.SameClause(from - 1, mark.Start))
                {
                    from--;
                }

                from = Math.Max(from, reply.MarkBefore(mark.Start).End);
            }

            while (from < to && !char.IsLetter(text[from]))
            {
                from++;
            }

            while (to > from && !char.IsLetter(text[to - 1]) && char.GetUnicodeCategory(text[to - 1]) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                to--;
            }

            if (to - from < 2 || !MostlyWithoutCapitals(from, to) || UnspacedNames.OnlyGenericOrPhrase(reply, from, to))
            {
                continue;
            }

            found.Add(text.Original[from..to]);
        }

        return found;
    }

    private const int MostUnreadMaker = 40;

    /// <summary>Han, kana and Hangul have readers of their own for names written without spaces.</summary>
    private static readonly byte[] HanAndKana = FoldedText.ScriptIds("Han", "Hiragana", "Katakana");

    /// <summary>
    /// Whether most letters between two offsets are of scripts without capitals (Georgian's are never written), an acronym
    /// aside ("ნეირონ AI ლაბის"): where capitals are written, or Han, kana and Hangul, the name readers have seen the maker's
    /// shape already.
    /// </summary>
    private bool MostlyWithoutCapitals(int from, int to)
    {
        int caseless = 0, cased = 0;
        for (var i = from; i < to; i++)
        {
            var c = reply.Text.Original[i];
            if (char.IsLetter(c))
            {
                _ = (SpacedNames.IsCaseless(c) && FoldedText.ScriptOf(c) != Script.Hangul && !FoldedText.IsOfScript(c, HanAndKana)) || FoldedText.IsOfScript(c, Georgian) ? caseless++ : cased++;
            }
        }

        return caseless > 2 * cased;
    }

    /// <summary>
    /// Beside the speaker's maker, one it credits with adapting or making it again in words the check cannot place: "मैं
    /// Anthropic का Claude हूँ, जिसे |भारतजेन लैब्स| ने फाइन-ट्यून किया है".
    /// </summary>
    public List<string> UnplacedOtherMakers(NameOccurrence? chosen) =>
        reply.Names.Where(o => o.IsMakerRole && o.Unplaced && (Tuned(o) || CreditedAgain(chosen, o)) && IsSelfMaker(o))
            .Select(o => reply.Text.Original[o.Start..o.End]).Distinct().ToList();

    /// <summary>
    /// A sentence about this version of the speaker that names an organisation after it credits that one with adapting the
    /// model, whatever the verb: "Я Claude, но эту версию под себя настроила команда Т-Банка", "…, mas esta versão de mim foi
    /// personalizada pelo Itaú". The check cannot place such a maker, so the reply is uncertain. The speaker's own maker and
    /// names it claims are not that organisation.
    /// </summary>
    public List<string> VersionAdaptedBy(NameOccurrence? chosen, IReadOnlySet<string> claimedFamilies)
    {
        var found = new List<string>();
        var text = reply.Text;
        if (claimedFamilies.Count == 0 && chosen is null)
        {
            return found;
        }

        var versions = reply.Grammar.ThisVersion.FindAll(text, reply.Layout);
        foreach (var hit in versions)
        {
            if (!reply.AboutSpeaker(hit.Start))
            {
                continue;
            }

            var sentenceEnd = hit.End;
            while (sentenceEnd < text.Length && reply.Layout.SameSentence(sentenceEnd, hit.Start))
            {
                sentenceEnd++;
            }

            if (OrganisationIn(hit.End, sentenceEnd, chosen, claimedFamilies) is { } organisation)
            {
                var at = text.Original.IndexOf(organisation, hit.End, StringComparison.Ordinal);
                found.Add(text.Original[hit.Start..Math.Min(text.Length, reply.Layout.ClauseEnd(Math.Max(at, hit.End)) + 1)].TrimEnd('.', '。', '!', '۔'));
            }
        }

        // "Je suis Claude, développé par Anthropic et adapté par la société Nexalis", "由智联云的客服团队进行了定制": a word of
        // adapting the model, in a sentence about the speaker that names an organisation anywhere.
        foreach (var hit in reply.Grammar.Adapted.FindAll(text, reply.Layout))
        {
            // The speaker's own sentence, or one about this version of it ("Tôi là Claude. Bạn có thể tinh chỉnh Llama" tells the
            // user what to adapt).
            // "This version" is the speaker, whatever the sentence before it says.
            var ofVersion = versions.Any(v => reply.Layout.SameSentence(v.Start, hit.Start));
            // "…, а дообучили меня специалисты компании «Инфолот»", "Sähkö-Lehtonen Oy:n tiimi on mukauttanut minut": the speaker
            // may be the object of the adapting verb, inside its form or right after it.
            var ofMe = reply.InClause(hit.Start).Any(m => (m.Value == MarkKind.MadeByAfter && m.Start <= hit.Start && hit.Start < m.End && reply.Grammar.EndsInFirstPerson(text, m.Start, m.End))
                || (m.Value == MarkKind.FirstPerson && m.Start >= hit.Start && m.Start - hit.End <= 2));
            if (found.Count > 0 || !(reply.AboutSpeaker(hit.Start) || ofVersion || ofMe)
                || !(reply.SentenceBefore(hit.Start).Any(m => m.Value is MarkKind.Self or MarkKind.FirstPerson) || ofVersion || ofMe || GoesOnAboutTheSpeaker(hit.Start))
                || reply.ClauseBefore(hit.Start).Any(m => m.Value is MarkKind.Negation or MarkKind.OtherSubject && !versions.Any(v => v.Start <= m.Start && m.End <= v.End)))
            {
                continue;
            }

            var start = reply.Layout.PreviousSentenceEnd(hit.Start) + 1;
            var end = start;
            while (end < text.Length && reply.Layout.SameSentence(end, hit.Start))
            {
                end++;
            }

            if (OrganisationIn(start, end, chosen, claimedFamilies) is { } organisation)
            {
                found.Add($"{text.Original[hit.Start..hit.End].Trim()} … {organisation}");
            }
            else if ((SpacedNames.IsCaseless(text[hit.Start]) || FoldedText.IsOfScript(text[hit.Start], Georgian))
                && versions.FirstOrDefault(v => v.End <= hit.Start && reply.Layout.SameSentence(v.Start, hit.Start)) is { End: > 0 } version)
            {
                // "यो संस्करणलाई सगरमाथा टेलिकमले … थप तालिम": in a script without capitals, whoever adapted this version stands
                // between the two, in words the check cannot place.
                found.Add(text.Original[version.Start..hit.End].Trim());
            }
            else if (SpacedNames.IsCaseless(text[hit.Start]) && SpeakerAsObjectBefore(hit) is { } me)
            {
                // "…, लेकिन मुझे नवरत्न सॉफ्टवेयर ने अपने ग्राहकों के लिए फाइन-ट्यून किया है": where the verb comes last, whoever
                // adapted the speaker stands between it and the verb.
                found.Add(text.Original[Math.Max(me.Start > 0 ? reply.MarkBefore(me.Start).End : 0, reply.Layout.PreviousSentenceEnd(hit.Start) + 1)..hit.End].Trim(' ', ',', '،', '，'));
            }
        }

        return found;
    }

    /// <summary>
    /// The speaker's word before an adapting word in its clause, with words other than generic ones between them ("|मुझे|
    /// नवरत्न सॉफ्टवेयर ने … फाइन-ट्यून", "|என்னை| … ஃபைன்-ட்யூன்"): in a language whose verb comes last, the speaker as its object.
    /// </summary>
    private PhraseHit<MarkKind>? SpeakerAsObjectBefore(PhraseHit<bool> hit)
    {
        if (reply.ClauseBefore(hit.Start).LastOrDefault(m => m.Value == MarkKind.FirstPerson) is not { End: > 0 } me
            || reply.ClauseBefore(hit.Start).Any(m => m.Start >= me.End && m.Value is MarkKind.Self or MarkKind.Negation))
        {
            return null;
        }

        var between = reply.Text.Folded[me.End..hit.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return between.Any(w => !reply.Grammar.GenericWords.Contains(w) && !CommonWords.FrequentAnywhere(w, reply.Language)) ? me : null;
    }

    /// <summary>
    /// A company named by its legal form in the sentence of the speaker's claim, beside a verb of making: "I'm Claude, an
    /// assistant developed for Harborline Insurance by |Quayside Digital Ltd|", "Ben Claude, Ege Sigorta için |Bilgeyazılım A.Ş.|
    /// tarafından geliştirilmiş…", "私はClaudeです。|株式会社ミライデータ|が…開発した…". The form says "a company" in any register
    /// the made-by forms miss (a client between the verb and "by"), so the reply is uncertain and shows the company.
    /// </summary>
    public List<string> LegalEntitiesBesideClaim(IReadOnlySet<string> claimedFamilies)
    {
        var found = new List<string>();
        var text = reply.Text;
        var sentences = new HashSet<int>();
        foreach (var claim in reply.Names.Where(o => o.Status == NameStatus.Claimed && !o.IsMakerRole && claimedFamilies.Contains(o.Family!)))
        {
            if (!sentences.Add(reply.Layout.Sentence(claim.Start)))
            {
                continue;
            }

            var start = reply.Layout.PreviousSentenceEnd(claim.Start) + 1;
            var end = SentenceEnd(claim.Start);
            // "私はClaudeです。株式会社…が開発した": where the pronoun is dropped, the next sentence goes on about the speaker.
            if (end + 1 < text.Length && GoesOnAboutTheSpeaker(end + 1))
            {
                end = SentenceEnd(end + 1);
            }

            // "…az Adatvölgy Kft.| fejlesztett": the verb may stand after the form's full stop.
            if (LegalEntityIn(start, end) is { } company && MadeIn(start, SentenceEnd(Math.Min(text.Length - 1, end + 1))))
            {
                found.Add(company);
            }
        }

        return found;
    }

    /// <summary>
    /// After the speaker's claim, in its sentence or the next that goes on about it, "by" and an organisation that is not the
    /// speaker's maker, whatever the verb before it: "Sono Claude, … messo a punto e distribuito |da Nebula Cloud Italia|",
    /// "customizado |pela NuvemHub|", "upravený |firmou OblakSoft|", "|BulutKöprü tarafından| … özelleştirildim". The verbs of
    /// adapting a model are too many to list, and "by" another company beside a claim is what a person must look at.
    /// </summary>
    public List<string> AgentsBesideClaim(NameOccurrence? chosen, IReadOnlySet<string> claimedFamilies)
    {
        var found = new List<string>();
        var text = reply.Text;
        // A name of its own ("Ich bin Frieda, … basiere auf Claude") already fails on its own, with that name.
        if (claimedFamilies.Count == 0 || claimedFamilies.Any(f => f.StartsWith(IdentityCatalog.OtherPrefix, StringComparison.Ordinal)))
        {
            return found;
        }

        var sentences = new HashSet<int>();
        foreach (var claim in reply.Names.Where(o => o.Status == NameStatus.Claimed && !o.IsMakerRole && claimedFamilies.Contains(o.Family!)))
        {
            if (!sentences.Add(reply.Layout.Sentence(claim.Start)))
            {
                continue;
            }

            var end = SentenceEnd(claim.Start);
            // "Ben Claude. Anthropic tarafından geliştirildim ve …": the next sentence, when it speaks of the speaker.
            if (end + 1 < text.Length && (GoesOnAboutTheSpeaker(end + 1) || reply.InSentence(end + 1).Any(m => m.Value is MarkKind.Self or MarkKind.FirstPerson or MarkKind.MakerOfMe)))
            {
                end = SentenceEnd(end + 1);
            }

            foreach (var mark in reply.MarksBetween(claim.End, end).Where(m => m.Value is MarkKind.MakerBefore or MarkKind.MadeBy or MarkKind.MadeByAfter))
            {
                // "hosted by Lumen Labs": who runs the model is no maker, nor who founded its maker ("fundada por Dario").
                if (reply.ClauseBefore(mark.Start).Any(m => m.Value is MarkKind.Negation or MarkKind.OtherSubject or MarkKind.ThirdParty or MarkKind.Roleplay)
                    || reply.Grammar.HostedBy.Concat(reply.Grammar.FoundedBy).Any(h => text.Folded.AsSpan(0, mark.End).EndsWith(h, StringComparison.Ordinal)))
                {
                    continue;
                }

                // The organisation's first word right after "by", or right before a postposition ("BulutKöprü tarafından").
                var (from, to) = mark.Value == MarkKind.MadeByAfter ? WordBefore(mark.Start) : WordAfter(mark.End);
                // In a script without capitals, after a made-by form (not "of"), a kind of organisation and a name no list holds
                // after it ("על ידי חברת «מסלול»"); not one before a maker's own name ("شركة Anthropic").
                var caseless = to > from && SpacedNames.IsCaseless(text[from]) && mark.Value == MarkKind.MadeBy && reply.Grammar.OrgWords.Contains(text.Folded[from..to])
                    && WordAfter(to) is var (nextFrom, nextTo) && nextTo > nextFrom && reply.NameOver(nextFrom, nextTo) is null && !CommonWords.IsFrequent(text.Folded[nextFrom..nextTo], reply.Language);
                if (to <= from || !(char.IsUpper(text.Original[from]) || caseless) || reply.NameOver(from, to) is not (null or { Unplaced: true }))
                {
                    continue;
                }

                // "طورته شركة Inception": a maker read right there is the reading's own.
                var (near, far) = mark.Value == MarkKind.MadeByAfter ? (from, mark.Start) : (mark.End, Math.Min(text.Length, (caseless ? WordAfter(to).End : to) + 1));
                var readHere = far > near && reply.NamesBetween(near, far).Any(o => o.IsMakerRole && !o.Unplaced);
                // Another name before the form in its sentence makes "by" that one's ("ChatGPT je produkt firmy OpenAI").
                var anothers = reply.NamesBetween(reply.Layout.PreviousSentenceEnd(mark.Start) + 1, mark.Start)
                    .Any(o => o.Status != NameStatus.Claimed && !(o.IsMakerRole && o.Maker == chosen?.Maker) && (o.End <= from || o.Start >= to));
                // "by Anthropic from the United States": a link right after the speaker's maker says more of that maker.
                var ofTheMaker = chosen is not null && mark.Value != MarkKind.MadeByAfter && chosen.End <= mark.Start && OnlyPunctuation(chosen.End, mark.Start);
                if (!readHere && !anothers && !ofTheMaker && OrganisationIn(from, to, chosen, claimedFamilies) is { } organisation)
                {
                    found.Add(mark.Value == MarkKind.MadeByAfter ? $"{organisation} {text.Original[mark.Start..mark.End].Trim()}" : $"{text.Original[mark.Start..mark.End].Trim()} {organisation}");
                }
            }
        }

        return found;
    }

    /// <summary>The word that starts after a position, past spaces and opening quotes.</summary>
    private (int Start, int End) WordAfter(int position)
    {
        var text = reply.Text;
        var start = position;
        while (start < text.Length && text[start] is ' ' or '«' or '"' or '„' or '“' or '״')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && (SpacedNames.IsWordLetter(text[end]) || char.IsDigit(text[end])))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>The word that ends before a position, past spaces.</summary>
    private (int Start, int End) WordBefore(int position)
    {
        var text = reply.Text;
        var end = position;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && (SpacedNames.IsWordLetter(text[start - 1]) || char.IsDigit(text[start - 1])))
        {
            start--;
        }

        return (start, end);
    }

    /// <summary>
    /// The deployer's own people beside a verb of making or adapting, in the sentence of the speaker's claim or the next one:
    /// "Soy el motor de IA de Telecable Andina, basado en Claude y |entrenado después por nuestro equipo|", "I'm Claude, but |our
    /// team fine-tuned me|". Whoever speaks of "our team" is the deployer, which adapted the model: the reply is uncertain.
    /// </summary>
    public List<string> DeployerAdapted(IReadOnlySet<string> claimedFamilies)
    {
        var found = new List<string>();
        var text = reply.Text;
        if (claimedFamilies.Count == 0 || reply.Grammar.Deployer.Count == 0)
        {
            return found;
        }

        var hits = reply.Grammar.Deployer.FindAll(text, reply.Layout);
        foreach (var hit in hits)
        {
            var start = reply.Layout.PreviousSentenceEnd(hit.Start) + 1;
            var end = SentenceEnd(hit.Start);
            var claimHere = reply.NamesBetween(start, end).Any(o => o.Status == NameStatus.Claimed && !o.IsMakerRole);
            var claimBefore = start > 1 && reply.NamesInSentence(start - 2).Any(o => o.Status == NameStatus.Claimed && !o.IsMakerRole);
            // The deployer's own words are no verb of making ("我们|团队|").
            if ((claimHere || claimBefore) && (MadeIn(start, hit.Start) || MadeIn(hit.End, end)))
            {
                found.Add(text.Original[start..end].Trim());
            }
        }

        return found;
    }

    /// <summary>Where the sentence that holds a position ends.</summary>
    private int SentenceEnd(int position)
    {
        var end = position;
        while (end < reply.Text.Length && reply.Layout.SameSentence(end, position))
        {
            end++;
        }

        return end;
    }

    /// <summary>The most characters a legal form runs on past a full stop inside it.</summary>
    private const int LongestLegalForm = 12;

    /// <summary>Whether a verb or form of making, or a maker's link word ("par", "przez", "oleh"), stands between two offsets.</summary>
    private bool MadeIn(int start, int end)
    {
        if (reply.MarksBetween(start, end).Any(m => m.End <= end && m.Value is MarkKind.MadeBy or MarkKind.MadeByAfter or MarkKind.MakerOfMe or MarkKind.MakerBefore or MarkKind.MakerAfter))
        {
            return true;
        }

        // Verbs of making and adapting, found once per reply and sorted by start.
        makingWords ??= [.. reply.Grammar.MakingVerbs.FindAll(reply.Text, reply.Layout)
            .Concat(reply.Grammar.FinalMakingVerbs.FindAll(reply.Text, reply.Layout))
            .Concat(reply.Grammar.Adapted.FindAll(reply.Text, reply.Layout))
            .OrderBy(v => v.Start)];
        var i = makingWords.BinarySearch(new PhraseHit<bool>(start, start, false), ByStart);
        for (i = i < 0 ? ~i : i; i > 0 && makingWords[i - 1].Start >= start; i--)
        {
        }

        for (; i < makingWords.Count && makingWords[i].Start < end; i++)
        {
            if (makingWords[i].End <= end)
            {
                return true;
            }
        }

        return false;
    }

    private List<PhraseHit<bool>>? makingWords;

    /// <summary>
    /// A company's name with its legal form between two offsets, no listed maker's: capitalised words before a form that follows
    /// names ("Quayside Digital Ltd", "Kodeks Software sp. z o.o."), a form that precedes them ("ООО «Инфолот»", "PT Teknologi
    /// Cerdas"), or one in a script without spaces with the letters next to it ("株式会社ミライデータ").
    /// </summary>
    private string? LegalEntityIn(int start, int end)
    {
        var text = reply.Text;
        var folded = text.Folded;
        // A form's own full stops end no sentence ("Kodeks Software sp.| z o.o."), so it may run on past the sentence's end.
        var reach = Math.Min(text.Length, end + LongestLegalForm);
        foreach (var form in reply.Grammar.LegalForms.Concat(reply.Grammar.LegalFormsBefore))
        {
            for (var at = folded.IndexOf(form, start, reach - start, StringComparison.Ordinal); at >= 0 && at < end;
                 at = at + 1 < reach ? folded.IndexOf(form, at + 1, reach - at - 1, StringComparison.Ordinal) : -1)
            {
                var formEnd = at + form.Length;
                var letter = form.First(char.IsLetter);
                if (FoldedText.ScriptOf(letter) is Script.Unspaced or Script.Hangul || SpacedNames.IsCaseless(letter))
                {
                    // "株式会社ミライデータ", "ミライデータ株式会社", "บริษัท ดาต้าไทย จำกัด": the letters on the open side name it.
                    var from = Math.Max(start, at - 12);
                    var to = Math.Min(end, formEnd + 12);
                    var company = text.Original[from..to].Trim();
                    if (!reply.NamesBetween(from - LongestNameBefore, to).Any(o => o.IsMakerRole && !o.Unplaced && o.Start < to && from < o.End))
                    {
                        return company;
                    }

                    continue;
                }

                // A form in letters with capitals is a word of its own, written as companies write it: "Ltd", "S.r.l.", "sp. z o.o.",
                // "AG" in capitals (not "ag" inside "again", nor Spanish "Se").
                var written = text.Original[at..formEnd];
                if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (formEnd < text.Length && char.IsLetter(text[formEnd]))
                    || (form.Length <= 2 && form.All(char.IsLetter) ? written != written.ToUpperInvariant() : !char.IsUpper(written[0]) && form.All(char.IsLetter)))
                {
                    continue;
                }

                int nameStart, nameEnd;
                if (reply.Grammar.LegalFormsBefore.Contains(form))
                {
                    nameStart = at;
                    nameEnd = formEnd;
                    while (nameEnd < end && text[nameEnd] is ' ' or '«' or '"' or '“' or '„')
                    {
                        nameEnd++;
                    }

                    if (nameEnd >= end || !char.IsUpper(text.Original[nameEnd]))
                    {
                        continue;
                    }

                    while (nameEnd < end && (char.IsLetterOrDigit(text[nameEnd]) || text[nameEnd] == '-'))
                    {
                        nameEnd++;
                    }
                }
                else
                {
                    // Back over capitalised words: "Quayside Digital |Ltd|".
                    nameEnd = formEnd;
                    nameStart = at;
                    for (var words = 0; words < 4; words++)
                    {
                        var wordEnd = nameStart - 1;
                        if (wordEnd <= start || text[wordEnd] != ' ')
                        {
                            break;
                        }

                        var wordStart = LastWordStart(wordEnd);
                        if (wordStart >= wordEnd || !char.IsUpper(text.Original[wordStart]))
                        {
                            break;
                        }

                        nameStart = wordStart;
                    }

                    if (nameStart == at)
                    {
                        continue;
                    }
                }

                if (!reply.NamesBetween(nameStart - LongestNameBefore, nameEnd).Any(o => o.IsMakerRole && !o.Unplaced && o.Start < nameEnd && nameStart < o.End))
                {
                    return text.Original[nameStart..nameEnd];
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A sentence without a subject of its own, right after the speaker's claim, that closes with a copula about the speaker, where
    /// the pronoun is dropped: "私はClaudeです。Anthropicが開発したモデルを、ネクストリンクがカスタマイズしたものです。".
    /// </summary>
    private bool GoesOnAboutTheSpeaker(int position)
    {
        var previous = reply.Layout.PreviousSentenceEnd(position);
        return previous > 0 && reply.NamesInSentence(previous - 1).Any(o => o.Status == NameStatus.Claimed)
            && reply.SentenceBefore(position).All(m => m.Value is not (MarkKind.OtherSubject or MarkKind.OtherSubjectAfter or MarkKind.ThirdParty or MarkKind.Negation))
            && reply.InSentence(position).Any(m => m.Value == MarkKind.SelfAfter && m.Start > position && reply.EndsSentence(m));
    }

    /// <summary>
    /// An organisation other than the speaker's maker and the names it claims, named between two offsets: a capitalised word no
    /// list holds, another listed maker, a kind of organisation in a script without capitals ("شركة"), or an organisation's
    /// ending in one without spaces ("团队", "株式会社", "팀").
    /// </summary>
    private string? OrganisationIn(int start, int end, NameOccurrence? chosen, IReadOnlySet<string> claimedFamilies)
    {
        var text = reply.Text;
        // German capitalises every noun ("auf Deutsch feingetunt"): a capital is no sign of a name there.
        var nouns = reply.Language is { } language && reply.Grammar.CapitalisesNouns(language);
        for (var i = start; i < end; i++)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1]) && FoldedText.ScriptOf(text[i]) == Script.Spaced))
            {
                continue;
            }

            var wordEnd = i;
            while (wordEnd < end && (SpacedNames.IsWordLetter(text[wordEnd]) || char.IsDigit(text[wordEnd]) || text[wordEnd] == '-'))
            {
                wordEnd++;
            }

            var named = reply.NameOver(i, Math.Max(i + 1, wordEnd));
            var word = text.Folded[i..Math.Max(i + 1, wordEnd)];
            var organisation = named is { IsMakerRole: true } ? named.Maker != chosen?.Maker
                : named is not null ? named.Family is { } f && !claimedFamilies.Contains(f)
                : FoldedText.ScriptOf(text[i]) == Script.Spaced
                    // "юридическая компания «Право и Дело»": a capitalised word that opens a guillemet quotation names one, everyday or not.
                    ? (char.IsUpper(text.Original[i]) && wordEnd - i >= 2 && i > 0 && text.Original[i - 1] is '«' or '„')
                        || (!nouns && char.IsUpper(text.Original[i]) && wordEnd - i >= 2 && !reply.IsEverydayWord(i, wordEnd) && !reply.Grammar.GenericWords.Contains(word)
                        && reply.Layout.Sentence(i) == reply.Layout.Sentence(Math.Max(start, i - 1)) && !reply.Layout.StartsPhrase(text, i))
                        || (SpacedNames.IsCaseless(text[i]) && reply.Grammar.OrgWords.Contains(word))
                        // "von der Nordlicht Digital GmbH": a legal form after a capitalised word, in a language that capitalises nouns too.
                        || (reply.Grammar.LegalForms.Contains(word.TrimEnd('.')) && i > 1 && text[i - 1] == ' ' && char.IsUpper(text.Original[LastWordStart(i - 1)]))
                        // "von der Kanzlei Berger & Partner": two capitalised words joined by an ampersand name a firm.
                        || (char.IsUpper(text.Original[i]) && wordEnd + 3 < text.Length && text.Original.AsSpan(wordEnd).StartsWith(" & ") && char.IsUpper(text.Original[wordEnd + 3]))
                    : reply.Grammar.OrgEnds.Any(e => text.Folded.AsSpan(i).StartsWith(e, StringComparison.Ordinal))
                        || reply.Grammar.MakerPeople.Any(e => text.Folded.AsSpan(i).StartsWith(e, StringComparison.Ordinal));
            if (organisation)
            {
                // A legal form shows with the name it ends ("Sähkö-Lehtonen Oy").
                var from = reply.Grammar.LegalForms.Contains(word.TrimEnd('.')) && i > 1 && text[i - 1] == ' ' ? LastWordStart(i - 1) : i;
                return text.Original[from..Math.Max(i + 1, wordEnd)];
            }

            if (FoldedText.ScriptOf(text[i]) == Script.Spaced)
            {
                i = wordEnd;
            }
        }

        return null;
    }

    /// <summary>How far back a name before a maker's form is looked for.</summary>
    private const int LongestNameBefore = 80;

    /// <summary>Georgian has capitals in Unicode but is written without them.</summary>
    private static readonly byte[] Georgian = FoldedText.ScriptIds("Georgian");

    /// <summary>Where the word that ends before <paramref name="end"/> starts.</summary>
    private int LastWordStart(int end)
    {
        var start = end;
        while (start > 0 && char.IsLetterOrDigit(reply.Text[start - 1]))
        {
            start--;
        }

        return Math.Min(start, reply.Text.Length - 1);
    }

    private static readonly Comparer<PhraseHit<bool>> ByStart = Comparer<PhraseHit<bool>>.Create((a, b) => a.Start.CompareTo(b.Start));

    /// <summary>
    /// Relative clauses that say who made the speaker: "I'm an assistant that Helix Labs trained", "Ich bin ein Assistent, den
    /// Helix Labs trainiert hat". A relative pronoun after an assistant word, in a sentence about the speaker, with a verb of
    /// making later in its clause, reads as a made-by form; "an assistant that can help" and "code that Google wrote" do not.
    /// </summary>
    public static List<PhraseHit<MarkKind>> RelativeMadeBy(ReplyContext reply)
    {
        var found = new List<PhraseHit<MarkKind>>();
        var grammar = reply.Grammar;
        // Verbs of making are rarer than relative pronouns, and one inside a form ("trained by") is that form's: most replies
        // stop here.
        var verbs = grammar.MakingVerbs.FindAll(reply.Text, reply.Layout);
        verbs.RemoveAll(v => reply.InMark(v.Start, v.End));
        if (verbs.Count == 0)
        {
            return found;
        }

        foreach (var relative in grammar.Relatives.FindAll(reply.Text, reply.Layout))
        {
            var folded = reply.Text.Folded;
            // The speaker's own word, not "This is a bot that …" or "It's an assistant that …", which may describe another.
            if (!AssistantWordBefore(reply, relative.Start) || !reply.AboutSpeaker(relative.Start)
                || !reply.SentenceBefore(relative.Start).Any(m => m.Value == MarkKind.FirstPerson
                    || (m.Value == MarkKind.Self && !grammar.ClauseStartSelves.Contains(folded[m.Start..m.End].Trim()))))
            {
                continue;
            }

            if (!OpensWithAName(reply, relative.End))
            {
                continue;
            }

            // Verbs come in order: the first one after the relative is the one to look at.
            var next = verbs.BinarySearch(new PhraseHit<bool>(relative.End + 1, 0, false), ByStart);
            var verb = next < 0 ? ~next : next;
            if (verb < verbs.Count && verbs[verb].Start - relative.End <= grammar.MaxGap && reply.Layout.SameClause(relative.End, verbs[verb].Start))
            {
                found.Add(new PhraseHit<MarkKind>(relative.Start, relative.End, MarkKind.MadeBy));
            }
        }

        return found;
    }

    /// <summary>
    /// Relative clauses of verb-final languages: "저는 누리랩이 고객 상담을 위해 개발한 챗봇입니다", "私はミライ技研が独自に開発したAIです". A
    /// making verb right before what the speaker is (kind <c>made-by-final</c>) credits the word that its maker particle
    /// (<c>maker-particles</c>: "이", "が") ends earlier in the clause; the mark sits on that particle, so the maker is read
    /// before it as after "누리랩이 개발한". Objects and adverbs in between ("고객 상담을 위해", "独自に") carry no such particle.
    /// </summary>
    public static List<PhraseHit<MarkKind>> FinalMadeBy(ReplyContext reply)
    {
        var found = new List<PhraseHit<MarkKind>>();
        var grammar = reply.Grammar;
        // Most replies hold no particle at all (they are not Korean or Japanese): one scan, not a second trie walk.
        if (grammar.MakerParticles.Count == 0 || !reply.Text.Folded.AsSpan().ContainsAny(grammar.ParticleStarts))
        {
            return found;
        }

        var folded = reply.Text.Folded;
        foreach (var verb in grammar.FinalMakingVerbs.FindAll(reply.Text, reply.Layout))
        {
            if (reply.InMark(verb.Start, verb.End) || WhatFollows(reply, verb.End) is not { } follows || MakerParticleBefore(reply, verb) is not { } particle)
            {
                continue;
            }

            // The speaker's sentence ("저는 …"), or one that drops the subject and ends in the copula after the speaker spoke of
            // itself ("저는 Claude입니다. 한빛소프트가 훈련한 모델이에요."), or a sentence of only the clause and the copula, whose
            // unsaid subject is the speaker too ("한빛AI에서 키운 어시스턴트예요.").
            var copula = reply.MarksAfter(follows, 2).FirstOrDefault(m => m.Value == MarkKind.SelfAfter);
            var before = reply.SentenceBefore(verb.Start).Where(m => m.Start != particle.Start).ToList();
            var speaking = before.Any(m => m.Value is MarkKind.FirstPerson or MarkKind.Self);
            if ((reply.AboutSpeaker(verb.Start) && (speaking || (copula != default && !OtherTopic(reply, particle.Start))))
                || (copula != default && before.Count == 0 && reply.EndsSentence(copula) && !OtherTopic(reply, particle.Start)))
            {
                found.Add(particle);
            }
        }

        return found;
    }

    /// <summary>
    /// Whether a topic other than the speaker opens the sentence before this offset: "말씀하신 노바는 누리은행이 운영하는 다른
    /// 챗봇이에요" (Nova, which you mention, is another bot), "そのアプリはさくら銀行が…".
    /// </summary>
    private static bool OtherTopic(ReplyContext reply, int position)
    {
        var start = position;
        while (start > 0 && reply.Layout.SameSentence(start - 1, position))
        {
            start--;
        }

        var span = reply.Text.Folded.AsSpan(start, position - start);
        foreach (var topic in reply.Grammar.TopicParticles)
        {
            if (span.Contains(topic, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nearest maker particle back in the verb's clause, not past the speaker's own word ("저는", "私は").</summary>
    private static PhraseHit<MarkKind>? MakerParticleBefore(ReplyContext reply, PhraseHit<bool> verb)
    {
        var folded = reply.Text.Folded;
        var speaker = reply.ClauseBefore(verb.Start).LastOrDefault(m => m.Value is MarkKind.FirstPerson or MarkKind.Self);
        var from = Math.Max(speaker == default ? 0 : speaker.End, verb.Start - reply.Grammar.MaxGap);
        for (var at = verb.Start - 1; at > from && reply.Layout.SameClause(at, verb.Start); at--)
        {
            // A particle that is already a form of where the speaker comes from ("한빛AI에서") becomes a made-by form here.
            var particle = reply.Grammar.MakerParticles.FirstOrDefault(p => ParticleEndsWordAt(folded, at, p));
            var start = at - (particle?.Length ?? 0) + 1;
            if (particle is not null && (!reply.InMark(start, at + 1) || reply.MarkFrom(start) is { Value: MarkKind.MakerAfter } origin && origin.End == at + 1))
            {
                return new PhraseHit<MarkKind>(start, at + 1, MarkKind.MadeByAfter);
            }
        }

        return null;
    }

    /// <summary>Whether a particle ends a word of two letters or more at this offset: "누리랩이 ", "技研が" (kana and Han need no space).</summary>
    private static bool ParticleEndsWordAt(string folded, int last, string particle)
    {
        var start = last - particle.Length + 1;
        if (start < 2 || string.CompareOrdinal(folded, start, particle, 0, particle.Length) != 0
            || !char.IsLetterOrDigit(folded[start - 1]) || !char.IsLetterOrDigit(folded[start - 2]))
        {
            return false;
        }

        var script = FoldedText.ScriptOf(particle[0]);
        return script == Script.Unspaced || last + 1 >= folded.Length || folded[last + 1] == ' ';
    }

    /// <summary>
    /// Where what the speaker is ends, when it follows: an assistant word or maker noun ("챗봇입니다", "AIです"), else a name
    /// ("Claude입니다"), whose end is that of its word; null when something else follows ("만든 데이터로").
    /// </summary>
    private static int? WhatFollows(ReplyContext reply, int position)
    {
        var folded = reply.Text.Folded;
        var at = position;
        while (at < folded.Length && folded[at] == ' ')
        {
            at++;
        }

        if (at >= folded.Length)
        {
            return null;
        }

        // One modifier may come first ("상담 챗봇", "대화형 AI"), and nouns may stack ("AIアシスタント", "AI 챗봇").
        if (NounsEnd(reply, at) == at && folded.IndexOf(' ', at) is var space and > 0 && space - at <= 6 && NounsEnd(reply, space + 1) > space + 1)
        {
            at = space + 1;
        }

        var nounsEnd = NounsEnd(reply, at);
        if (nounsEnd > at)
        {
            return folded.AsSpan(at, nounsEnd - at).TrimEnd(' ').Length + at;
        }

        if (!char.IsUpper(reply.Text.Original[at]))
        {
            return null;
        }

        var end = at;
        while (end < folded.Length && (char.IsAsciiLetterOrDigit(folded[end]) || folded[end] is '-' or '.' or ' ' && end + 1 < folded.Length && char.IsAsciiLetterOrDigit(folded[end + 1])))
        {
            end++;
        }

        return end;
    }

    /// <summary>Where a run of assistant words and maker nouns starting here ends ("AIアシスタント", "AI 챗봇"); here when none starts.</summary>
    private static int NounsEnd(ReplyContext reply, int at)
    {
        var folded = reply.Text.Folded;
        var nounsEnd = at;
        for (var longest = -1; longest != 0; nounsEnd += longest)
        {
            while (nounsEnd < folded.Length && folded[nounsEnd] == ' ')
            {
                nounsEnd++;
            }

            var rest = folded.AsSpan(nounsEnd);
            longest = 0;
            foreach (var word in reply.Grammar.AssistantWords.Concat(reply.Grammar.MakerNouns))
            {
                if (word.Length > longest && rest.StartsWith(word, StringComparison.Ordinal))
                {
                    longest = word.Length;
                }
            }
        }

        return nounsEnd;
    }

    /// <summary>Whether an assistant word or a maker noun, of one word or two ("trợ lý mà …"), stands right before this offset.</summary>
    private static bool AssistantWordBefore(ReplyContext reply, int position)
    {
        var folded = reply.Text.Folded;
        var grammar = reply.Grammar;
        var end = position;
        while (end > 0 && folded[end - 1] is ' ' or ',')
        {
            end--;
        }

        var start = end;
        for (var words = 0; words < 2; words++)
        {
            while (start > 0 && (char.IsLetterOrDigit(folded[start - 1]) || folded[start - 1] == '-'))
            {
                start--;
            }

            var noun = folded[start..end];
            if (noun.Length > 0 && (grammar.AssistantWords.Contains(noun) || grammar.MakerNouns.Contains(noun)))
            {
                return true;
            }

            if (start < 2 || folded[start - 1] != ' ')
            {
                return false;
            }

            start--;
        }

        return false;
    }

    /// <summary>Whether a clause opens with a capitalised word, perhaps after an article ("den Helix Labs", "den das Team von …").</summary>
    private static bool OpensWithAName(ReplyContext reply, int from)
    {
        var folded = reply.Text.Folded;
        var next = from;
        while (next < folded.Length && folded[next] == ' ')
        {
            next++;
        }

        var wordEnd = next;
        while (wordEnd < folded.Length && char.IsLetter(folded[wordEnd]))
        {
            wordEnd++;
        }

        if (reply.Grammar.Articles.Contains(folded[next..wordEnd]))
        {
            next = wordEnd + 1;
        }

        return next < folded.Length && (char.IsUpper(reply.Text.Original[next]) || char.IsDigit(reply.Text.Original[next]));
    }

    /// <summary>
    /// Whether a maker's form after it, if a possessive or a participle before a noun ("Google's", "Google의", "von Quellwerk
    /// entwickelte"), owns what the speaker is: an assistant word, a maker noun or a name within a few words ("Google's AI
    /// model", "OpenAI's ChatGPT", "entwickelte KI"), not "Google's APIs" or "von Apple entwickelte App".
    /// </summary>
    private bool PossessesSpeaker(NameOccurrence o, int formEnd)
    {
        var form = reply.Text.Folded[o.End..formEnd].Trim(Emphasis);
        if (!reply.Grammar.NounForms.Contains(form) || PeopleMadeSpeaker(o))
        {
            return true;
        }

        var text = reply.Text;
        var at = formEnd;
        for (var words = 0; words < 4 && at < text.Length; words++)
        {
            while (at < text.Length && !char.IsLetterOrDigit(text[at]))
            {
                at++;
            }

            if (at >= text.Length || !reply.Layout.SameClause(formEnd - 1, at))
            {
                return false;
            }

            if (reply.NameFrom(at) is { } name && name.Start == at)
            {
                return true;
            }

            var end = at;
            while (end < text.Length && (SpacedNames.IsWordLetter(text[end]) || char.IsDigit(text[end]) || text[end] is '-' or '\''))
            {
                end++;
            }

            // Hangul words carry their particles ("어시스턴트입니다").
            var word = text.Folded[at..end];
            bool Noun(string w) => word == w || (FoldedText.ScriptOf(word[0]) == Script.Hangul && word.StartsWith(w, StringComparison.Ordinal));
            if (reply.Grammar.AssistantWords.Any(Noun) || reply.Grammar.MakerNouns.Any(Noun))
            {
                return true;
            }

            at = end;
        }

        return false;
    }

    /// <summary>"Helix Labs' engineers built me", "az OTP Bank mérnökei készítettek engem": the maker's people made the speaker.</summary>
    private bool PeopleMadeSpeaker(NameOccurrence o) =>
        reply.MarksAfter(o.End, reply.Grammar.MakerGap).Any(m => m.Value is MarkKind.MakerOfMe or MarkKind.MadeByAfter && UnlistedNames.PeopleBetween(reply, o.End, m.Start));

    private bool MakesAny(string maker, IReadOnlySet<string> families) => catalog.FamiliesOf(maker).Any(f => families.Contains(f.Id));

    /// <summary>
    /// A made-by clause of a verb-final language before a noun that its particle makes a topic or an object (kinds
    /// <c>topic-particles</c>, <c>object-particles</c>): "삼성이 개발한 엑시노스 칩은 …", "구글이 만든 지도 서비스를 쓰시면", "ソニーが開発したウォークマンは …".
    /// Not in a sentence where the speaker speaks of itself.
    /// </summary>
    private bool DescribesATopic(NameOccurrence o, int formEnd)
    {
        var folded = reply.Text.Folded;
        var end = Math.Min(folded.Length, formEnd + 20);
        var span = folded.AsSpan(formEnd, end - formEnd);
        var hit = -1;
        foreach (var particle in reply.Grammar.TopicParticles.Concat(reply.Grammar.ObjectParticles))
        {
            var at = span.IndexOf(particle, StringComparison.Ordinal);
            if (at > 0 && (hit < 0 || at < hit))
            {
                hit = at;
            }
        }

        // A name as the topic is how models speak of themselves in the third person ("네이버가 개발한 하이퍼클로바X는 …"), and an
        // assistant word is what the speaker is: neither is something else.
        return hit > 0 && reply.Layout.SameClause(formEnd, formEnd + hit)
            && !reply.NamesBetween(formEnd, formEnd + hit).Any(n => !n.IsMakerRole)
            && folded.Substring(formEnd, hit) is var topic && !reply.Grammar.AssistantUnspaced.Any(w => topic.Contains(w, StringComparison.Ordinal))
            && !reply.Marks.Any(m => m.Value is MarkKind.FirstPerson or MarkKind.Self && reply.Layout.SameSentence(m.Start, o.Start));
    }

    /// <summary>
    /// Whether a capitalised word no list holds opens the sentence a word or two before this made-by form: what was made
    /// ("BERT was developed by Google").
    /// </summary>
    private bool SubjectBefore(int form)
    {
        var text = reply.Text;
        var start = reply.Layout.PreviousSentenceEnd(form) + 1;
        while (start < form && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        if (start >= form || FoldedText.ScriptOf(text[start]) != Script.Spaced || !char.IsUpper(text.Original[start]) || reply.MarkFrom(start)?.Start == start
            || reply.NameOver(start, start + 1) is not null || !SpacedNames.ProperWord(reply, start, firstWord: true, out var end)
            || reply.IsEverydayWord(start, end) || reply.Grammar.GenericWords.Contains(text.Folded[start..end]) || reply.Grammar.Articles.Contains(text.Folded[start..end]))
        {
            return false;
        }

        // Up to two words between the name and the form ("was", "has been").
        var between = text.Folded[end..form].Trim();
        return between.Length > 0 && between.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= 2 } words && words.All(w => w.All(char.IsAsciiLetterLower));
    }

    /// <summary>Whether a maker name is the speaker's own maker: a maker form, about the speaker, not denied or hedged.</summary>
    private bool IsSelfMaker(NameOccurrence o)
    {
        if (o.Status == NameStatus.Claimed)
        {
            return true;
        }

        // "루멘랩스의 연구원들이 저를 만들었어요": its people made the speaker, whatever possessive links them.
        if (PeopleMadeSpeaker(o) && !reply.IsNegated(o) && !reply.IsAsked(o.End))
        {
            return true;
        }

        if (!reply.HasMakerForm(o, out var formStart, out var formEnd) || reply.IsNegated(o) || reply.IsAsked(o.End) || reply.IsQuoted(formStart, o.Start)
            || reply.ClauseBefore(o.Start).Any(m => m.Value == MarkKind.Hedge)
            || ((formStart == o.Start || reply.MarkFrom(formStart) is { Value: MarkKind.MakerBefore }) && !PossessesSpeaker(o, formEnd)))
        {
            return false;
        }

        // A verb-final made-by clause whose noun is a topic or an object ("삼성이 개발한 엑시노스 칩은 …").
        if (formEnd > o.End && DescribesATopic(o, formEnd))
        {
            return false;
        }

        // "OpenAI's ChatGPT is a different product", "Google phát triển Gemini": the maker of a name the speaker does not claim.
        var next = reply.NamesBetween(o.End, Math.Max(o.End, formEnd) + 7).FirstOrDefault(x => !x.IsMakerRole);
        if (next is not null && next.Status != NameStatus.Claimed && reply.Layout.SameClause(next.Start, o.Start))
        {
            return false;
        }

        // "You can also try Gemini from Google": the maker of the name right before its form, which the speaker does not claim.
        var formOrName = Math.Min(formStart, o.Start);
        var before = reply.NamesBetween(formOrName - 2 - LongestNameBefore, formOrName).LastOrDefault(x => !x.IsMakerRole && x.End <= formOrName && formOrName - x.End <= 2);
        if (before is not null && before.Status != NameStatus.Claimed && reply.Layout.SameClause(before.Start, o.Start))
        {
            return false;
        }

        // "I am a language model. BERT was developed by Google.": a name no list holds, a word or two before the made-by form,
        // opening the sentence, is what was made.
        if (formStart < o.Start && SubjectBefore(formStart))
        {
            return false;
        }

        return reply.MarksAfter(o.End).Any(m => m.Value == MarkKind.MakerOfMe)
            || PeopleMadeSpeaker(o)
            || (formEnd > o.End && reply.Grammar.EndsInFirstPerson(reply.Text, formStart, formEnd))
            || reply.ClauseBefore(o.Start).Any(m => m.Value == MarkKind.MakerOfMe && o.Start - m.End <= reply.Grammar.MakerGap)
            || (reply.ClauseBefore(o.Start).Any(m => m.Value == MarkKind.MadeBy && reply.IsFormLabel(m)) || reply.LabelAbove(o.Start) != default
                ? reply.FormAboutSpeaker(o.Start) : reply.AboutSpeaker(o.Start) || reply.SpeakerAhead(o.Start));
    }
}
