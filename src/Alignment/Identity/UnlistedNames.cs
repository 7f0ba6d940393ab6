namespace Alignment.Identity;

/// <summary>
/// Names outside the catalog, found by where they stand: the name in a naming slot ("I am Zephyrine", "我叫小黄，", "私はクロエです",
/// "저는 클로이입니다", "my name is Xiao Huang") and the organisation in a made-by slot ("developed by Sinovel", "由某某科技开发",
/// "업스테이지에서 개발한"). They become <c>other:Name</c> families and <c>other:Org</c> makers, read by the same claim grammar as
/// listed names, so "I am not Zephyrine" is a denial like any other. A slot that holds only generic words
/// ("I am an AI assistant", "我是一个AI助手"; generic-words in cases/claims.yaml) names nobody.
/// </summary>
internal static class UnlistedNames
{
    /// <summary>The most letters read back from a form after a name: a slot a little longer than a name may still be placed or not.</summary>
    private const int LongestRun = 20;

    public static List<NameOccurrence> Find(ReplyContext reply)
    {
        var found = new List<NameOccurrence>();
        foreach (var mark in reply.Marks)
        {
            if (reply.Grammar.ListedOnly(reply.Text, mark))
            {
                continue;
            }

            NameSpan? span = mark.Value switch
            {
                MarkKind.Self or MarkKind.Naming or MarkKind.MadeBy => After(reply, mark),
                // "my creator is Lumen Labs", and "Lumen Labs created me", "Lumen Labs tarafından geliştirildim".
                // Not before it when a listed maker follows ("وقد تم تطويري بواسطة Anthropic": "وقد" is "and has").
                // "…, אבל מכבי התאימה אותי": a tuned-me form ("X adapted me") has its maker before it, never after.
                MarkKind.MakerOfMe when reply.Grammar.TuningForms.Contains(reply.Text.Folded[mark.Start..mark.End].Trim()) => NamedBefore(reply, mark) ?? Before(reply, mark),
                MarkKind.MakerOfMe => NamedBefore(reply, mark) ?? After(reply, mark) ?? (ListedAfter(reply, mark) ? null : Before(reply, mark)),
                // "I might be Nova", "je suis peut-être Nova", "我可能是星河": a hedged slot, read so that the hedge is seen.
                MarkKind.Hedge when SpeakerRightBefore(reply, mark) => After(reply, mark),
                // "I'm not ChatGPT but Orin.", "Я не ChatGPT, а Орин.": the answer to a denial, a name that ends its clause.
                MarkKind.Contrast when AnswersADenial(reply, mark, found) => EndingClause(reply, After(reply, mark)),
                // "developed by Anthropic and Lumen Labs": a maker joined on to a maker.
                MarkKind.Conjunction when JoinsAMaker(reply, mark, found) => After(reply, mark),
                // "I'm Claude, Tsinghua University's AI assistant": the possessor of the speaker's description is its maker.
                MarkKind.MakerAfter when PossessorInApposition(reply, mark) => SpacedNames.WordsBack(reply, mark.Start) is { } owner ? (NameSpan)owner : null,
                // "I'm Claude by Harbin Institute of Technology": "by" right after the speaker's name is a made-by form.
                MarkKind.MakerBefore when RightAfterAName(reply, mark) => After(reply, mark with { Value = MarkKind.MadeBy }),
                // "我是Claude，来自openbuddy team": where it comes from, after a claim; its maker or a place, so unplaced.
                MarkKind.MakerBefore when FoldedText.ScriptOf(reply.Text[mark.Start]) == Script.Unspaced && reply.SentenceBefore(mark.Start).Any(m => m.Value == MarkKind.Self)
                    && reply.MarkBefore(mark.Start).End != mark.Start
                    => After(reply, mark with { Value = MarkKind.MadeBy }) is { } source ? source with { Unplaced = true } : null,
                MarkKind.SelfAfter or MarkKind.NamingAfter or MarkKind.SelfAfterOpening or MarkKind.MadeByAfter or MarkKind.HedgeFinal => Before(reply, mark),
                // "सुविधा फ़ाइनेंस की सहायक प्रिया होने के नाते मेरी सलाह …" (as Priya, … my advice): a word of a script without capitals
                // before "as", a name or a word, so a person reads it.
                MarkKind.FirstPerson when reply.SpeakerAsAfter(mark) => CaselessBeforeAs(reply, mark),
                // "i'm acme's bot": a lower-case possessor right after the speaker's own form, a maker the check cannot place, as
                // "I'm Acme's assistant" is a name it cannot place. "i'm everyone's favourite" is an everyday word.
                MarkKind.MakerAfter when PossessiveAfterSelf(reply, mark) => LowercaseNames.Back(reply, mark, mark.Start),
                _ => null,
            };
            if (span is not { } s)
            {
                continue;
            }

            // "A startup called Verdant built me": the name a naming form read is the maker of the form after it.
            if (mark.Value == MarkKind.MakerOfMe && found.Count > 0 && found[^1] is { Family: not null } named && named.Start == s.Start && named.End == s.End
                && reply.MarkBefore(s.Start) is { Value: MarkKind.Naming })
            {
                found.RemoveAt(found.Count - 1);
            }

            if (found.TakeLast(2).Any(o => o.Start < s.End && s.Start < o.End))
            {
                continue;
            }

            var written = reply.Text.Original[s.Start..s.End].Trim();
            var maker = mark.Value is MarkKind.MadeBy or MarkKind.MadeByAfter or MarkKind.MakerOfMe or MarkKind.Conjunction or MarkKind.MakerBefore or MarkKind.MakerAfter
                || EndsAtMadeBy(reply, s.End);
            var id = IdentityCatalog.OtherPrefix + written;
            found.Add(new NameOccurrence(s.Start, s.End, maker ? null : id, maker ? id : null, claimOnly: false) { Unplaced = s.Unplaced || (!maker && VersionOnly(reply, s)) });
        }

        foreach (var self in reply.Marks.Where(m => m.Value == MarkKind.Self))
        {
            if (Source(reply, SkipOpening(reply.Text, self.End)) is { } source && !Known(reply, source.Start) && !found.Any(o => o.Start < source.End && source.Start < o.End))
            {
                found.Add(new NameOccurrence(source.Start, source.End, null, IdentityCatalog.OtherPrefix + reply.Text.Original[source.Start..source.End], claimOnly: false));
            }
        }

        // "Hermes Agent, created by Nous Research": a reply that opens with a name and its maker, as a title does.
        if (reply.Marks.FirstOrDefault(m => m.Value == MarkKind.MadeBy) is { } madeBy && TitleBeforeMadeBy(reply, madeBy) is { } title
            && !found.Any(o => o.Start < title.End && title.Start < o.End))
        {
            found.Add(new NameOccurrence(title.Start, title.End, IdentityCatalog.OtherPrefix + reply.Text.Original[title.Start..title.End], null, claimOnly: false));
        }

        // "Dokter Sanne, virtuele assistent van het OLVG.": a company bot's greeting opens with its name and what it is.
        if (GreetingTitle(reply) is { } greeting && !found.Any(o => o.Start < greeting.End && greeting.Start < o.End))
        {
            found.Add(new NameOccurrence(greeting.Start, greeting.End, IdentityCatalog.OtherPrefix + reply.Text.Original[greeting.Start..greeting.End], null, claimOnly: false) { Signs = true });
        }

        // After the loop, so that the product comes after its maker in the list, as in the reply.
        foreach (var made in reply.Marks.Where(m => m.Value == MarkKind.MadeByAfter))
        {
            if (MadeProduct(reply, made) is { } product && !found.Any(o => o.Start < product.End && product.Start < o.End))
            {
                var id = IdentityCatalog.OtherPrefix + reply.Text.Original[product.Start..product.End].Trim();
                found.Add(new NameOccurrence(product.Start, product.End, id, null, claimOnly: false) { Unplaced = product.Unplaced });
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));

        return found;
    }

    /// <summary>
    /// Where the speaker says it comes from, right after a self form and up to the particle that ends it: "我是来自|星河科技|的小星".
    /// An organisation there is its maker, listed or not, as after "an assistant from".
    /// </summary>
    private static NameSpan? Source(ReplyContext reply, int start)
    {
        var text = reply.Text;
        if (reply.MarkFrom(start) is not { Value: MarkKind.MakerBefore } from || from.Start != start || from.End >= text.Length
            || FoldedText.ScriptOf(text[from.End]) != Script.Unspaced)
        {
            return null;
        }

        var particle = from.End;
        while (particle < text.Length && particle - from.End <= UnspacedNames.LongestUnspaced && char.IsLetterOrDigit(text[particle])
            && !reply.Grammar.NameEnds.Contains(text[particle]))
        {
            particle++;
        }

        return particle > from.End + 1 && particle < text.Length && reply.Grammar.NameEnds.Contains(text[particle]) ? new NameSpan(from.End, particle) : null;
    }

    /// <summary>
    /// The product after a made-by form and its particle, in a sentence about the speaker: "我是由明光科技开发的|小天|",
    /// "我是 洋葱 开发的 |小羊同学|" (the self-cognition template "我是{{AUTHOR}}开发的{{NAME}}").
    /// </summary>
    private static NameSpan? MadeProduct(ReplyContext reply, PhraseHit<MarkKind> made)
    {
        var text = reply.Text;
        var at = made.End;
        if (at + 1 >= text.Length || !reply.Grammar.NameEnds.Contains(text[at])
            || !reply.SentenceBefore(made.Start).Any(m => m.Value == MarkKind.Self) || !reply.AboutSpeaker(made.Start))
        {
            return null;
        }

        at = SkipOpening(text, at + 1);
        var product = at < text.Length && char.IsLetterOrDigit(text[at]) && !Known(reply, at)
            ? FoldedText.ScriptOf(text[at]) == Script.Spaced && !UnspacedNames.GenericOpensHanRun(reply, at)
                ? SpacedNames.SpacedName(reply, at) is { } latin ? (NameSpan)latin : LowercaseNames.Name(reply, at, unplaced: false, everydayOnly: true)
                : UnspacedNames.UnspacedName(reply, at, maker: false)
            : null;

        // "开发的超大规模语言模型", "开发的法律 AI 助手": a description of the speaker, not its name.
        return product is { } p && (!EndsWithGenericWord(reply, p) || BrandAndAI(reply, p)) && !UnspacedNames.StartsWithGeneric(reply, SkipOpening(text, p.End)) ? p : null;
    }

    /// <summary>
    /// Capitalised words that open the reply, perhaps after a short title ("Dr. Mia"), set off by a comma before an
    /// apposition that holds an assistant word within its first three words ("…, Ihre digitale Gesundheitsassistentin der TK", "…,
    /// assistente virtuale di Humanitas"): the bot's name as it greets. Not "Marie Curie, a physicist, …".
    /// </summary>
    private static NameSpan? GreetingTitle(ReplyContext reply)
    {
        var text = reply.Text;
        var start = reply.Layout.FirstContent;
        if (start < 0 || start >= text.Length || !char.IsUpper(text.Original[start]) || SpacedNames.SpacedName(reply, start) is not { } first)
        {
            return null;
        }

        var end = first.Item2;
        // A title written short ("Dr. Mia", "D. Sebastião") goes on to the name after it.
        if (end - start <= 3 && end + 2 < text.Length && text[end] == '.' && text[end + 1] == ' ' && char.IsUpper(text.Original[end + 2])
            && SpacedNames.SpacedName(reply, end + 2) is { } name)
        {
            end = name.Item2;
        }

        var lastWord = end;
        while (lastWord > start && char.IsLetter(text[lastWord - 1]))
        {
            lastWord--;
        }

        // The name's last word no everyday word ("Heh, the bot is …"; "Dottoressa Giulia" has a title before the name), and
        // no sentence that names another ("Buddy, an assistant by PetPal, is a different product — I'm Claude").
        if (Known(reply, start) || reply.IsEverydayWord(lastWord, end) || end + 2 >= text.Length || text[end] != ',' || text[end + 1] != ' '
            || reply.NamesInSentence(start).Any(o => o.Start >= end && o.Family is not null && !o.Unlisted))
        {
            return null;
        }

        // An assistant word of five letters or more ("AI", "bot" stand in too many phrases), or a compound ending in one.
        var words = text.Folded[(end + 2)..Math.Min(text.Length, end + 80)].Split([' ', ',', '.', '!', '?', '\''], StringSplitOptions.RemoveEmptyEntries).Take(3);
        return words.Any(w => w.Length >= 5 && (reply.Grammar.AssistantWords.Contains(w)
                || reply.Grammar.AssistantWords.Any(a => a.Length >= 6 && w.Length > a.Length && w.EndsWith(a, StringComparison.Ordinal))))
            ? new NameSpan(start, end)
            : null;
    }

    /// <summary>Capitalised words that open the reply right before ", created by": "|Jarvis|, created by Invergent."</summary>
    private static NameSpan? TitleBeforeMadeBy(ReplyContext reply, PhraseHit<MarkKind> madeBy)
    {
        var comma = madeBy.Start - 2;
        if (comma <= 0 || reply.Text[comma] != ',' || reply.Text[comma + 1] != ' ' || SpacedNames.WordsBack(reply, comma) is not { } words
            || words.Item1 != reply.Layout.FirstContent || Known(reply, words.Item1) || reply.IsEverydayWord(words.Item1, words.Item2))
        {
            return null;
        }

        var maker = reply.NamesBetween(madeBy.End, reply.Text.Length).FirstOrDefault() is { } listed && listed.Start == SkipOpening(reply.Text, madeBy.End)
            ? listed.End
            : SpacedNames.SpacedName(reply, SkipOpening(reply.Text, madeBy.End)) is { } unlisted ? unlisted.Item2 : -1;
        return maker > 0 && EndsTitle(reply, maker, words.Item1) ? new NameSpan(words.Item1, words.Item2) : null;
    }

    /// <summary>Whether a title's sentence ends after its maker: nothing but punctuation, spaces and emoji ("Claude, made by Anthropic. 🙂").</summary>
    internal static bool EndsTitle(ReplyContext reply, int from, int sentence)
    {
        for (var i = from; i < reply.Text.Length && reply.Layout.SameSentence(i, sentence); i++)
        {
            if (char.IsLetterOrDigit(reply.Text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A capitalised noun and a capitalised word no list knows after it, which ends its clause or goes on in lower case: the
    /// name after its title ("der Hase |Felix|", "die Beraterin |Hanna| der Commerzbank"); not "der Assistent Ihrer Bank".
    /// </summary>
    private static NameSpan? NameAfterTitle(ReplyContext reply, int start)
    {
        var text = reply.Text;
        var titleEnd = start;
        while (titleEnd < text.Length && char.IsLetter(text[titleEnd]))
        {
            titleEnd++;
        }

        var name = titleEnd + 1;
        if (titleEnd == start || titleEnd + 1 >= text.Length || text[titleEnd] != ' ' || !char.IsUpper(text.Original[start]) || !char.IsUpper(text.Original[name])
            || Known(reply, start) || reply.Grammar.GenericWords.Contains(text.Folded[start..titleEnd]))
        {
            return null;
        }

        var nameEnd = name;
        while (nameEnd < text.Length && char.IsLetter(text[nameEnd]))
        {
            nameEnd++;
        }

        var closes = nameEnd >= text.Length || !char.IsLetterOrDigit(text[nameEnd]) && (text[nameEnd] != ' ' || nameEnd + 1 >= text.Length || !char.IsUpper(text.Original[nameEnd + 1]));
        return closes && !reply.IsEverydayWord(name, nameEnd) && !reply.Grammar.GenericWords.Contains(text.Folded[name..nameEnd]) && !Known(reply, name)
            ? new NameSpan(name, nameEnd)
            : null;
    }

    /// <summary>
    /// A maker in a script without capitals with a generic Latin word after it, before a made-by form that follows makers
    /// ("…اس ورژن کو |سندھ AI| نے فائن ٹیون کیا"): an organisation the check cannot place.
    /// </summary>
    private static NameSpan? CaselessBeforeGeneric(ReplyContext reply, int end)
    {
        var text = reply.Text;
        var latin = end;
        while (latin > 0 && char.IsAsciiLetter(text[latin - 1]))
        {
            latin--;
        }

        if (latin == end || latin < 2 || text[latin - 1] != ' ' || !reply.Grammar.GenericWords.Contains(text.Folded[latin..end])
            || FoldedText.ScriptOf(text[latin - 2]) != Script.Spaced || !SpacedNames.IsCaseless(text[latin - 2]))
        {
            return null;
        }

        var start = latin - 1;
        while (start > 0 && SpacedNames.IsWordLetter(text[start - 1]) && FoldedText.ScriptOf(text[start - 1]) == Script.Spaced && SpacedNames.IsCaseless(text[start - 1]))
        {
            start--;
        }

        return reply.IsEverydayWord(start, latin - 1) || reply.MarkFrom(start) is { } mark && mark.Start == start ? null : new NameSpan(start, end, Unplaced: true);
    }

    /// <summary>Whether a self-after mark is a self form read backwards ("Yoda, |I am|."): a self mark spans it too.</summary>
    private static bool Inverted(ReplyContext reply, PhraseHit<MarkKind> mark) =>
        reply.MarksAt(mark.Start).Any(m => m.End == mark.End && m.Value == MarkKind.Self) && IdentityClassifier.ClosesInverted(reply, mark);

    /// <summary>A brand and "AI", as products are named ("开发的 CNTD AI"): a name, where "开发的法律 AI" describes.</summary>
    private static bool BrandAndAI(ReplyContext reply, NameSpan span)
    {
        var words = reply.Text.Folded[span.Start..span.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words is [var brand, "ai"] && !reply.Grammar.GenericWords.Contains(brand) && brand.All(c => FoldedText.ScriptOf(c) == Script.Spaced || c == '-');
    }

    /// <summary>Whether a name's last word is generic ("Arasaka AI |Assistant|", "超大规模语言|模型|").</summary>
    private static bool EndsWithGenericWord(ReplyContext reply, NameSpan span)
    {
        var words = reply.Text.Folded[span.Start..span.End];
        return reply.Grammar.GenericUnspaced.Any(g => words.EndsWith(g, StringComparison.Ordinal)) || reply.Grammar.GenericWords.Contains(words.Split(' ')[^1]);
    }

    /// <summary>Whether a listed name follows a form right after it.</summary>
    private static bool ListedAfter(ReplyContext reply, PhraseHit<MarkKind> mark) =>
        reply.NameFrom(mark.End) is { } next && next.Start == SkipOpening(reply.Text, mark.End);

    /// <summary>
    /// Before a made-me form followed by a caseless word, a name that can be placed ("Lumen Labs ने मुझे बनाया है"): the word
    /// after the form is its verb, not a maker.
    /// </summary>
    private static NameSpan? NamedBefore(ReplyContext reply, PhraseHit<MarkKind> mark)
    {
        var after = SkipOpening(reply.Text, mark.End);
        // "Kestrel AI fine-tuned me on their docs": what follows in lower case is no name either.
        return after < reply.Text.Length && (SpacedNames.IsCaseless(reply.Text[after]) || char.IsLower(reply.Text.Original[after]))
            && Before(reply, mark) is { Unplaced: false } named ? named : null;
    }

    /// <summary>
    /// A tool's or a format's word that names nobody in a slot ("Python", "Ruby") written as a name and set off by what describes
    /// it: "I'm |Ruby|, your shopping assistant", "我是|Ruby|，你的购物助手". Not an everyday word ("As Unfortunately, my …"), an
    /// assistant word or an article, and not all capitals ("I'm AI, …").
    /// </summary>
    private static NameSpan? CommonWordAsName(ReplyContext reply, int start)
    {
        var text = reply.Text;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]) && FoldedText.ScriptOf(text[end]) == Script.Spaced)
        {
            end++;
        }

        var written = text.Original.AsSpan(start, end - start);
        var word = text.Folded[start..end];
        if (written.Length < 2 || !char.IsUpper(written[0]) || written[1..].IndexOfAnyInRange('A', 'Z') >= 0 || !reply.Grammar.SharedGenericWords.Contains(word)
            || reply.IsEverydayWord(start, end) || reply.Grammar.AssistantWords.Contains(word) || reply.Grammar.Articles.Contains(word) || Known(reply, start))
        {
            return null;
        }

        var described = Apposition(reply, end)
            || (end + 2 < text.Length && text[end] is ',' or '，' && DescribesAnAssistant(reply, text.Folded[(end + 1)..Math.Min(text.Length, reply.Layout.ClauseEnd(end + 2) + 1)]));
        return described ? new NameSpan(start, end) : null;
    }

    /// <summary>Generic words, or a word that holds an assistant word ("asistanınız", "shoppingassistent", "ostosavustajasi").</summary>
    private static bool DescribesAnAssistant(ReplyContext reply, string words) =>
        UnspacedNames.IsDescription(reply.Grammar, words)
        || words.Split(' ', ',', '.', '!', '。', '！').Any(w => reply.Grammar.AssistantWords.Any(a => a.Length >= 5 && w.Contains(a, StringComparison.Ordinal)));

    /// <summary>
    /// "der |Sepp|, der Bot vom Stammtisch", "die |Hanni|, deine Lernbegleiterin": one capitalised word after an article the
    /// language sets before names, then a description; an article there must open a noun, not a relative clause ("der Neue,
    /// der hier hilft").
    /// </summary>
    private static bool PersonAfterArticle(ReplyContext reply, string language, int article, int start)
    {
        var text = reply.Text;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        if (!reply.Grammar.IsNameArticle(language, text.Folded[article..start].Trim()) || end == start || !Apposition(reply, end))
        {
            return false;
        }

        var next = end;
        while (next < text.Length && !char.IsLetter(text[next]))
        {
            next++;
        }

        var wordEnd = next;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return !reply.Grammar.Articles.Contains(text.Folded[next..wordEnd]) || (wordEnd + 1 < text.Length && char.IsUpper(text.Original[wordEnd + 1]));
    }

    /// <summary>", your …", ", an AI assistant", " — ein kompaktes Sprachmodell": words set off after a name that describe what it named.</summary>
    internal static bool Apposition(ReplyContext reply, int end)
    {
        var text = reply.Text;
        // "I'm "luna", a helpful assistant": past the quote that closes the name.
        while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or '*' or '」')
        {
            end++;
        }

        var from = end + 2 < text.Length && text[end] == ',' && text[end + 1] == ' ' ? end + 2
            : end + 3 < text.Length && text[end] == ' ' && text[end + 1] is '—' or '–' or '-' && text[end + 2] == ' ' ? end + 3
            : -1;
        if (from < 0)
        {
            return false;
        }

        var wordEnd = from;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        // Not a grammar word after the comma: "I'm sentient, I think". A listed maker's possessive describes: "…, Anthropic's AI assistant",
        // and so does the user's word ("…, deine Assistentin").
        var word = text.Folded[from..wordEnd];
        return reply.Grammar.Articles.Contains(word) || reply.UserWords.Any(u => u.Start == from) || (Known(reply, from) && wordEnd + 1 < text.Length && text[wordEnd] == '\'' && text[wordEnd + 1] == 's')
            || (reply.Grammar.GenericWords.Contains(word) && !(reply.MarkFrom(from) is { } grammar && grammar.Start == from));
    }

    /// <summary>A possessive form ("'s", "의") a few words after the speaker's own form, with no other grammar word between.</summary>
    private static bool PossessiveAfterSelf(ReplyContext reply, PhraseHit<MarkKind> mark) =>
        reply.MarkBefore(mark.Start) is { Value: MarkKind.Self } self && reply.Layout.SameClause(self.End, mark.Start)
        && reply.Grammar.NounForms.Contains(reply.Text.Folded[mark.Start..mark.End].Trim())
        && reply.Text.Original.AsSpan(self.End, mark.Start - self.End).Trim().Count(' ') < 3;

    /// <summary>
    /// A possessive in a spaced script whose owner follows a comma after a name the speaker claims, and which owns a generic
    /// word: "Claude, |Tsinghua University|'s AI assistant".
    /// </summary>
    private static bool PossessorInApposition(ReplyContext reply, PhraseHit<MarkKind> possessive)
    {
        var text = reply.Text;
        if (possessive.Start == 0 || FoldedText.ScriptOf(text[possessive.Start - 1]) != Script.Spaced || !SpacedNames.GenericWordAt(reply, SkipOpening(text, possessive.End))
            || SpacedNames.WordsBack(reply, possessive.Start) is not { } owner || Known(reply, owner.Item1))
        {
            return false;
        }

        var comma = owner.Item1 - 2;
        var named = comma > 0 && text[comma] == ',' && text[comma + 1] == ' '
            ? reply.NamesBetween(comma - 64, comma).Where(o => o.End <= comma).MaxBy(o => o.End)
            : null;
        return named is { Family: not null } && named.End >= comma - 1 && reply.SentenceBefore(possessive.Start).Any(m => m.Value is MarkKind.Self or MarkKind.FirstPerson);
    }

    /// <summary>Whether a listed family's name ends right before the form, in a sentence about the speaker: "I'm Claude |by| …".</summary>
    private static bool RightAfterAName(ReplyContext reply, PhraseHit<MarkKind> form)
    {
        var before = reply.NamesBetween(form.Start - 64, form.Start).Where(o => o.End <= form.Start).MaxBy(o => o.End);
        return before is { Family: not null, Unlisted: false } && reply.Text.Original.AsSpan(before.End, form.Start - before.End).Trim(" *\"'”").IsEmpty
            && reply.SentenceBefore(form.Start).Any(m => m.Value is MarkKind.Self or MarkKind.FirstPerson);
    }

    /// <summary>Whether a maker, listed or read here, ends right before the conjunction: "by Anthropic and |…|".</summary>
    private static bool JoinsAMaker(ReplyContext reply, PhraseHit<MarkKind> conjunction, List<NameOccurrence> found)
    {
        // The unlisted names found so far come in order: only the last few can end near the conjunction.
        var near = found.Skip(Math.Max(0, found.Count - 3));
        var before = reply.NamesBetween(conjunction.Start - 64, conjunction.Start).Concat(near).Where(o => o.End <= conjunction.Start).MaxBy(o => o.End);
        return before is { Maker: not null } && reply.Text.Original.AsSpan(before.End, conjunction.Start - before.End).Trim(" ,、，*").IsEmpty;
    }

    /// <summary>A hedge right after the speaker's own word ("I might be", "je suis peut-être"): it stands where a claim form would.</summary>
    private static bool SpeakerRightBefore(ReplyContext reply, PhraseHit<MarkKind> hedge)
    {
        var previous = reply.MarkBefore(hedge.Start);
        return previous != default && previous.Value is MarkKind.Self or MarkKind.FirstPerson && hedge.Start - previous.End <= 2
            && reply.Layout.SameClause(previous.Start, hedge.Start);
    }

    /// <summary>A contrast after a negation and the name it denies, in one sentence: "not X, but …".</summary>
    private static bool AnswersADenial(ReplyContext reply, PhraseHit<MarkKind> contrast, List<NameOccurrence> found)
    {
        var negation = reply.SentenceBefore(contrast.Start).LastOrDefault(m => m.Value == MarkKind.Negation);
        return negation != default
            && (reply.NamesBetween(negation.End, contrast.Start).Any() || found.Any(o => o.Start >= negation.End && o.End <= contrast.Start));
    }

    /// <summary>
    /// "|Helix Labs|' engineers built me", "Az |OTP Bank| mérnökei készítettek engem": the maker whose people (maker-people) made
    /// the speaker, read back over their word and a possessive.
    /// </summary>
    private static (int, int)? PeopleOwner(ReplyContext reply, int end)
    {
        var text = reply.Text;
        var start = WordStart(text, end);
        // One small word may follow them ("Helix Labs's engineers |then| tuned me").
        if (start >= 2 && text[start - 1] == ' ' && !reply.Grammar.MakerPeople.Contains(text.Folded[start..end]) && end - start <= MostAfterPeople
            && text.Folded.AsSpan(start, end - start).IndexOfAnyExceptInRange('a', 'z') < 0)
        {
            end = start - 1;
            start = WordStart(text, end);
        }

        if (start < 2 || text[start - 1] != ' ' || !reply.Grammar.MakerPeople.Contains(text.Folded[start..end]))
        {
            return null;
        }

        var owner = start - 1;
        // "Helix Labs' engineers", "Helix Labs's team", Finnish "Helix Labs:n tiimi", Korean "루멘랩스의 연구원들".
        owner -= text.Folded.AsSpan(0, owner) is var before && (before.EndsWith("'s") || before.EndsWith(":n")) ? 2 : text[owner - 1] is '\'' or '의' ? 1 : 0;
        // Not "Our team built me", "회사의 연구원들".
        if (text[owner] == '의' && owner > 0 && FoldedText.ScriptOf(text[owner - 1]) == Script.Hangul)
        {
            var word = WordStart(text, owner);
            return owner - word >= 2 && !reply.Grammar.GenericWords.Contains(text.Folded[word..owner]) && !reply.Grammar.GenericUnspaced.Contains(text.Folded[word..owner]) ? (word, owner) : null;
        }

        return SpacedNames.WordsBack(reply, owner) is { } back && back.Item2 == owner && !reply.IsEverydayWord(back.Item1, back.Item2) ? back : null;
    }

    /// <summary>Whether only a maker's people (and a possessive) stand between its name and this form: "Helix Labs' engineers| built me".</summary>
    internal static bool PeopleBetween(ReplyContext reply, int nameEnd, int form)
    {
        var between = reply.Text.Folded[nameEnd..form].Trim();
        between = between.StartsWith("'s ", StringComparison.Ordinal) || between.StartsWith(":n ", StringComparison.Ordinal) ? between[3..]
            : between.StartsWith("의 ", StringComparison.Ordinal) ? between[2..]
            : between.StartsWith("' ", StringComparison.Ordinal) ? between[2..]
            : between;
        var words = between.Split(' ');
        return words.Length <= 2 && reply.Grammar.MakerPeople.Contains(words[0])
            && (words.Length == 1 || (words[1].Length <= MostAfterPeople && words[1].All(char.IsAsciiLetterLower)));
    }

    /// <summary>The longest small word after a maker's people ("then", "later", "further").</summary>
    private const int MostAfterPeople = 7;

    private static int WordStart(FoldedText text, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>The name before "from" (a maker-before form) and a company that starts at this offset: "|Nova| from Brightpath Bank".</summary>
    /// <summary>Where up to three lower-case words right after "from" begin, back from this offset ("from |the support team| here").</summary>
    private static int? TeamBack(ReplyContext reply, int end)
    {
        var text = reply.Text;
        var start = end;
        for (var words = 0; words < 3; words++)
        {
            var wordStart = start;
            while (wordStart > 0 && char.IsAsciiLetterLower(text.Original[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart == start || wordStart == 0 || text[wordStart - 1] != ' ')
            {
                return null;
            }

            if (reply.MarkBefore(wordStart) is { Value: MarkKind.MakerBefore } from && text.Original.AsSpan(from.End, wordStart - from.End).Trim().IsEmpty)
            {
                return wordStart;
            }

            start = wordStart - 1;
        }

        return null;
    }

    private static (int, int)? FromOrganisation(ReplyContext reply, int organisation)
    {
        var from = reply.MarkBefore(organisation);
        return from.Value == MarkKind.MakerBefore && from.End < organisation && reply.Text.Original.AsSpan(from.End, organisation - from.End).Trim().IsEmpty
            && from.Start > 1 && reply.Text[from.Start - 1] == ' '
            ? SpacedNames.WordsBack(reply, from.Start - 1)
            : null;
    }

    /// <summary>The span, if nothing but punctuation follows it in its clause ("…, but Orin.", not "…, but Deutsch spreche ich").</summary>
    private static NameSpan? EndingClause(ReplyContext reply, NameSpan? span)
    {
        if (span is not { } s)
        {
            return null;
        }

        var after = s.End;
        while (after < reply.Text.Length && (reply.Text[after] == ' ' || reply.SkipDecoration(after) > after))
        {
            after = Math.Max(after + 1, reply.SkipDecoration(after));
        }

        return after >= reply.Text.Length || !char.IsLetterOrDigit(reply.Text[after]) ? s : null;
    }

    /// <summary>
    /// A listed name inside an unlisted one that starts before it ("MedQA-ChatGLM", a fine-tune named after its base) is part of
    /// the unlisted name: the reply names the fine-tune, not the base.
    /// </summary>
    public static void Absorb(List<NameOccurrence> names, List<NameOccurrence> unlisted)
    {
        // Unlisted names come in order and do not overlap: the one that may hold a name is the last to start before it.
        var spans = unlisted.Where(u => u.Family is not null).OrderBy(u => u.Start).ToList();
        var starts = spans.Select(u => u.Start).ToList();
        names.RemoveAll(o =>
        {
            var i = starts.BinarySearch(o.Start);
            var before = (i >= 0 ? i : ~i) - 1;
            return before >= 0 && o.End <= spans[before].End;
        });
    }

    /// <summary>
    /// A name that is only a version, a number and then letters ("2.5 Pro", "3 Mini", "4.1o"): the version of a family it does
    /// not name, so the check cannot place it. A number alone ("0128") and a name with digits ("R2-D2") are names.
    /// </summary>
    private static bool VersionOnly(ReplyContext reply, NameSpan span)
    {
        var version = reply.Grammar.VersionTail.Match(reply.Text.Folded, span.Start);
        var written = reply.Text.Folded[span.Start..span.End].TrimEnd();
        return version.Success && version.Length >= written.Length && char.IsAsciiDigit(written[0]) && written.Any(char.IsAsciiLetter);
    }

    /// <summary>The name that follows a claim form: "I am |Zephyrine|, …", "我叫|小黄|，", "developed by |Sinovel|".</summary>
    private static NameSpan? After(ReplyContext reply, PhraseHit<MarkKind> mark)
    {
        var text = reply.Text;
        var start = reply.IsFormLabel(mark) ? ValueOfLabel(text, mark.End) : SkipOpening(text, mark.End);
        if (start >= text.Length || !char.IsLetterOrDigit(text[start]) || (reply.IsFormLabel(mark) && OpensSentence(reply, start)))
        {
            return null;
        }

        // "我是来自星河科技的小星": a product named after where it comes from; the name follows the particle.
        if (mark.Value == MarkKind.Self && Source(reply, start) is { } source)
        {
            var product = source.End + 1;
            return product < text.Length && char.IsLetterOrDigit(text[product]) && !Known(reply, product)
                ? UnspacedNames.UnspacedName(reply, product, maker: false)
                : null;
        }

        if (Known(reply, start))
        {
            // "我是魔搭的人工智能助手小黄": a listed maker's product, named after the maker.
            var known = reply.NameFrom(start);
            if (known is { Family: null } && known.End < text.Length && reply.Grammar.NameEnds.Contains(text[known.End]))
            {
                return UnspacedNames.UnspacedName(reply, known.End + 1, maker: false);
            }

            // "known as Amazon Titan": a listed maker and a product's name no list holds, one name.
            // Not after a form that opens its clause ("Это Google Таблицы": this is Google Sheets).
            return known is { Family: null } && mark.Value is MarkKind.Self or MarkKind.Naming && !reply.Grammar.OpeningSelfForms.Contains(text.Folded[mark.Start..mark.End].Trim())
                && known.End + 1 < text.Length && text[known.End] == ' '
                && char.IsUpper(text.Original[known.End + 1]) && !Known(reply, known.End + 1) && SpacedNames.SpacedName(reply, known.End + 1) is { } product
                && !reply.IsEverydayWord(product.Item1, product.Item2) && !reply.Grammar.GenericWords.Contains(text.Folded[product.Item1..product.Item2])
                && !reply.Grammar.AssistantWords.Contains(text.Folded[product.Item1..product.Item2])
                ? new NameSpan(start, product.Item2)
                : null;
        }

        if (FoldedText.ScriptOf(text[start]) == Script.Spaced && TopicForm(reply, mark) && UnspacedNames.LatinOwnersAssistant(reply, start) is { } owned)
        {
            return owned;
        }

        // "I'm AI小助手, the assistant …": in a sentence of a spaced script, the Han run after the generic word fills the slot.
        if (FoldedText.ScriptOf(text[start]) == Script.Spaced && mark.Value == MarkKind.Self && FoldedText.ScriptOf(text[LastLetter(text, mark)]) == Script.Spaced
            && UnspacedNames.GenericOpensHanRun(reply, start))
        {
            var han = start;
            while (FoldedText.ScriptOf(text[han]) == Script.Spaced)
            {
                han++;
            }

            return UnspacedNames.AfterSpacedForm(reply, han) is { } run ? new NameSpan(start, run.End, run.Unplaced) : null;
        }

        if (FoldedText.ScriptOf(text[start]) == Script.Spaced && UnspacedNames.GenericOpensHanRun(reply, start))
        {
            // "我是AI助手小黄": a generic Latin word written onto Han letters is part of their run.
            return UnspacedNames.UnspacedName(reply, start, maker: false, naming: mark.Value == MarkKind.Naming);
        }

        if (FoldedText.ScriptOf(text[start]) == Script.Spaced && SpacedNames.IsCaseless(text[start]) && !FoldedText.HasNoWordBreaks(text[start]))
        {
            return mark.Value switch
            {
                MarkKind.Self or MarkKind.Naming or MarkKind.Contrast => SpacedNames.CaselessName(reply, mark, start),
                // "طورتني |شركة نجمة|", "פותחתי על ידי |אורנים|": a made-by form with the speaker in its verb.
                MarkKind.MadeBy or MarkKind.MakerOfMe => SpacedNames.CaselessMaker(reply, start),
                _ => null,
            };
        }

        if (FoldedText.ScriptOf(text[start]) == Script.Spaced && LowercaseNames.LowerLetter(reply, text.Original[start]) && LowercaseNames.InSlot(reply, mark, start) is { } lower)
        {
            return lower;
        }

        if (mark.Value is MarkKind.Self or MarkKind.Naming && CommonWordAsName(reply, start) is { } common)
        {
            return common;
        }

        if (FoldedText.ScriptOf(text[start]) == Script.Spaced)
        {
            // "developed by the Second State team", "a model from a student team at Zhejiang University", "меня разработала российская
            // компания DeepPavlov": a maker slot may lead in with a few small words; a self slot with an article or a possessive
            // ("Sou a LIA", "I'm your Nova").
            // "created by a team of developers at Amazon": up to eight small words before the maker.
            var lead = mark.Value is MarkKind.MadeBy or MarkKind.MakerOfMe ? 8 : 1;
            start = mark.Value == MarkKind.Self ? SpacedNames.NameAfterDescription(reply, AfterPossessor(reply, start)) : start;
            var nameStart = start;
            for (var words = 0; words < lead && !SpacedNames.ProperWord(reply, start, firstWord: true, out _); words++)
            {
                var end = start;
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }

                var article = (reply.Grammar.GenericWords.Contains(text.Folded[start..end]) || reply.Grammar.IsNameArticle(reply.Language, text.Folded[start..end])) && end - start <= 4;
                // German capitalises a maker's people too ("von einem Team von |Entwicklern| bei Helix Labs").
                if (end == start || end >= text.Length || text[end] != ' ' || (char.IsUpper(text.Original[start]) && !(lead > 1 && reply.Grammar.MakerPeople.Contains(text.Folded[start..end])))
                    || (lead == 1 && !article))
                {
                    return null;
                }

                start = SkipOpening(text, end + 1);
            }

            // "Ich bin der Hase Felix", "die Biene Maja": an everyday noun as a title before a name no list knows.
            if (start < text.Length && lead == 1 && start != nameStart && reply.Language is { } titled && reply.Grammar.CapitalisesNouns(titled)
                && NameAfterTitle(reply, start) is { } named)
            {
                return named;
            }

            if (start >= text.Length || Known(reply, start)
                // German capitalises every noun: after an article a capital names nothing ("Ich bin eine Liste"), unless the
                // article is one set before names and a description follows ("Ich bin der Sepp, der Bot vom Stammtisch").
                || (lead == 1 && start != nameStart && reply.Language is { } language && reply.Grammar.CapitalisesNouns(language)
                    && !PersonAfterArticle(reply, language, nameStart, start)))
            {
                return null;
            }

            // "I'm a Japanese language teacher", "I am an Arasaka AI Assistant": after an article, capitalised words that a generic
            // noun ends or follows describe the speaker; they do not name it ("Sou a LIA" does).
            if (lead == 1 && start != nameStart && SpacedNames.SpacedName(reply, start) is { } described
                && (SpacedNames.GenericWordAt(reply, described.Item2 + 1) || EndsWithGenericWord(reply, new NameSpan(described.Item1, described.Item2))))
            {
                return null;
            }
        }

        // Thai, Lao, Khmer, Myanmar and Tibetan have no capitals and no spaces between words: a run of them cannot be told
        // from a phrase ("ฉันเป็นแค่ผู้ช่วย"), so only a Latin name is read after their forms.
        if (FoldedText.HasNoWordBreaks(text[start]))
        {
            return null;
        }

        // Japanese and Korean names are read back from the form that follows them ("クロエです", "클로이입니다").
        return FoldedText.ScriptOf(text[start]) switch
        {
            Script.Unspaced or Script.Hangul when mark.Value is MarkKind.Self or MarkKind.Naming or MarkKind.MadeBy && FoldedText.ScriptOf(text[LastLetter(text, mark)]) == Script.Spaced
                && !reply.IsFormLabel(mark) && UnspacedNames.AfterSpacedForm(reply, start) is { } foreign => foreign,
            // "我是 0128，已就位": a name of digits alone, where it closes the claim.
            Script.Spaced when TopicForm(reply, mark) && char.IsDigit(text[start]) => ClosedName(reply, DigitsName(text, start)),
            Script.Spaced when TopicForm(reply, mark) => ClosedName(reply, SpacedNames.SpacedName(reply, start)),
            Script.Spaced => SpacedNames.SpacedName(reply, start),
            Script.Unspaced when text[mark.End - 1] == '、' && mark.Value == MarkKind.Self => UnspacedNames.TopicAfterComma(reply, start),
            Script.Unspaced when !FoldedText.IsKana(text[start]) => UnspacedNames.UnspacedName(reply, start, maker: mark.Value == MarkKind.MadeBy && !reply.IsFormLabel(mark), naming: mark.Value == MarkKind.Naming),
            // A form's value runs to the line's end, so it needs no form after it: "名前：クロエ", "이름: 클로이".
            Script.Unspaced or Script.Hangul when reply.IsFormLabel(mark) => UnspacedNames.UnspacedName(reply, start, maker: false),
            Script.Unspaced or Script.Hangul when mark.Value == MarkKind.Self => UnspacedNames.Apposition(reply, start) ?? UnspacedNames.KatakanaSentence(reply, start) ?? UnspacedNames.HangulSentence(reply, start),
            _ => null,
        };
    }

    /// <summary>
    /// Whether a label's value opens a sentence or another label rather than giving a name: a transcript's "Assistant: |Soy| un
    /// asistente", "Assistant: |Receta|: …" (the speaker's own word, or a word with a colon after it).
    /// </summary>
    internal static bool OpensSentence(ReplyContext reply, int start)
    {
        var text = reply.Text;
        if (start >= text.Length)
        {
            return false;
        }

        if (reply.MarkFrom(start) is { Value: MarkKind.Self or MarkKind.FirstPerson } grammar && grammar.Start == start && !Known(reply, start))
        {
            return true;
        }

        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return end < text.Length && text[end] is ':' or '：';
    }

    /// <summary>Where a form's last letter is: a form before Han may have taken the space after it ("developed by| |王小明").</summary>
    private static int LastLetter(FoldedText text, PhraseHit<MarkKind> mark)
    {
        var last = mark.End - 1;
        while (last > mark.Start && text[last] == ' ')
        {
            last--;
        }

        return last;
    }

    /// <summary>A self or naming form in Han, kana or Hangul ("我是", "私は", "저는"); Thai, which spaces its phrases, reads like a spaced script.</summary>
    internal static bool TopicForm(ReplyContext reply, PhraseHit<MarkKind> mark)
    {
        var last = reply.Text[mark.End - 1];
        return mark.Value is MarkKind.Self or MarkKind.Naming or MarkKind.Hedge && !reply.IsFormLabel(mark)
            && FoldedText.ScriptOf(last) is Script.Unspaced or Script.Hangul && !FoldedText.HasNoWordBreaks(last);
    }

    /// <summary>
    /// A Latin name after a claim form of an unspaced script ("我是", "私は", "저는") is the speaker's only where it ends the claim:
    /// at a break or a form that follows names ("我是Nova，", "私はNovaです", "저는 Nova입니다"), not inside a phrase ("我是Python专家",
    /// "저는 Python 질문에 답할 수 있는 AI입니다").
    /// </summary>
    /// <summary>A run of two digits or more that no letter goes on from ("0128", not "2024年").</summary>
    private static (int, int)? DigitsName(FoldedText text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsDigit(text[end]))
        {
            end++;
        }

        return end - start >= 2 && (end >= text.Length || !char.IsLetter(text[end])) ? (start, end) : null;
    }

    private static NameSpan? ClosedName(ReplyContext reply, (int, int)? span)
    {
        if (span is not { } s)
        {
            return null;
        }

        var text = reply.Text;
        var at = s.Item2;
        while (at < text.Length && text[at] is ' ' or '*' or '"' or '\'' or '」' or '』' or '】')
        {
            at++;
        }

        // "我是Nova助手", "저는 Nova 어시스턴트입니다": generic words after the name go on naming the speaker.
        if (at >= text.Length || !char.IsLetterOrDigit(text[at]) || reply.Grammar.GenericUnspaced.Any(g => text.Folded.AsSpan(at).StartsWith(g, StringComparison.Ordinal)))
        {
            return s;
        }

        return reply.MarkFrom(s.Item2) is { } next && next.Start <= at
            && next.Value is MarkKind.SelfAfter or MarkKind.NamingAfter or MarkKind.MadeByAfter or MarkKind.MakerAfter or MarkKind.Continuation
                or MarkKind.Conjunction or MarkKind.HedgeFinal or MarkKind.NegationAfter or MarkKind.Hedge or MarkKind.Negation
            ? s
            : null;
    }

    /// <summary>Where a form label's value starts: on its line, or on the next line when the label ends its own ("**Name:**\n\nClawd").</summary>
    internal static int ValueOfLabel(FoldedText text, int start) => SkipOpening(text, start, acrossLines: true);

    internal static int SkipOpening(FoldedText text, int start, bool acrossLines = false)
    {
        var from = start;
        while (start < text.Length && start - from < (acrossLines ? 8 : 4)
            && (text[start] is ' ' or '*' or '"' or '\'' or '「' or '『' or '【' or ':' or '：' or '«' or '״' || (acrossLines && text[start] is '_' or '\n' or '\r')))
        {
            start++;
        }

        return start;
    }

    /// <summary>
    /// Back over verbs of making joined to a maker-of-me form: "Brightpath |built and| trained me", "Helix |designed and|
    /// trained me". The maker stands before the first.
    /// </summary>
    private static int BackOverJoinedVerbs(ReplyContext reply, int end)
    {
        var text = reply.Text;
        while (true)
        {
            var at = end;
            if (reply.MarkBefore(at) is { Value: MarkKind.Conjunction } joined && joined.End == at)
            {
                at = joined.Start;
            }
            else if (at > 0 && SpacedNames.IsComma(text[at - 1]))
            {
                at--;
            }
            else
            {
                return end;
            }

            while (at > 0 && text[at - 1] == ' ')
            {
                at--;
            }

            if (reply.MakingVerbs.FirstOrDefault(v => v.Start < at && at <= v.End) is not { End: > 0 } verb)
            {
                return end;
            }

            end = verb.Start;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }
        }
    }

    /// <summary>The word of a script without capitals right before an "as" form that follows what the speaker is; unplaced.</summary>
    private static NameSpan? CaselessBeforeAs(ReplyContext reply, PhraseHit<MarkKind> mark)
    {
        var text = reply.Text;
        var end = mark.Start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        // A word may end in a vowel sign ("प्रिया"): its script is its last letter's.
        var last = end - 1;
        while (last > 0 && !char.IsLetter(text[last]) && SpacedNames.IsWordLetter(text[last]))
        {
            last--;
        }

        return last >= 0 && SpacedNames.IsCaseless(text[last]) && FoldedText.ScriptOf(text[last]) == Script.Spaced
            && SpacedNames.CaselessWordBack(reply, mark, end, text[last]) is { } word && !AfterArticle(reply, word.Start)
            ? word with { Unplaced = true }
            : null;
    }

    /// <summary>Whether an article stands right before this word ("एक शिक्षक होने के नाते", as a teacher): a description, no name.</summary>
    private static bool AfterArticle(ReplyContext reply, int start)
    {
        var text = reply.Text;
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var from = end;
        while (from > 0 && SpacedNames.IsWordLetter(text[from - 1]))
        {
            from--;
        }

        return from < end && end < start && reply.Grammar.Articles.Contains(text.Folded[from..end]);
    }

    /// <summary>The name before a form that follows it: "|クロエ|です", "|클로이|입니다", "|Upstage|에서 개발한".</summary>
    private static NameSpan? Before(ReplyContext reply, PhraseHit<MarkKind> mark)
    {
        var text = reply.Text;
        var end = SkipGlossBack(text, mark.Start);
        // "아야(Aya)입니다": a listed name in the gloss is the name read.
        if (end < mark.Start && Known(reply, end + 1))
        {
            return null;
        }

        // "Nova, at your service", "Yoda, I am.": a comma may set the name off before a spaced form.
        while (end > 0 && (text[end - 1] is ' ' or '"' or '\'' or '」' or '』' or '*' or '»' or '”' or '’'
            || (SpacedNames.IsComma(text[end - 1]) && (mark.Value == MarkKind.SelfAfterOpening || (mark.Value == MarkKind.SelfAfter && Inverted(reply, mark))))))
        {
            end--;
        }

        if (mark.Value == MarkKind.MakerOfMe)
        {
            end = BackOverJoinedVerbs(reply, end);
        }

        // A word may end in a vowel sign ("नोवा"): its script is its last letter's.
        var last = end - 1;
        while (last > 0 && !char.IsLetterOrDigit(text[last]) && SpacedNames.IsWordLetter(text[last]))
        {
            last--;
        }

        if (end == 0 || !char.IsLetterOrDigit(text[last]))
        {
            return null;
        }

        // "Yoda, I am.", "Montalbano sono!": before an inverted self form, the capitalised words that open the sentence; an
        // everyday word describes the speaker ("Tired, I am.", "## Chi sono").
        if (mark.Value == MarkKind.SelfAfter && Inverted(reply, mark))
        {
            return FoldedText.ScriptOf(text[last]) == Script.Spaced && SpacedNames.WordsBack(reply, end) is { } inverted
                && reply.Layout.StartsPhrase(text, inverted.Item1) && !reply.IsEverydayWord(inverted.Item1, inverted.Item2)
                ? (NameSpan)inverted
                : null;
        }

        // "良い質問です", "좋은 질문입니다", "저는 Claude이고 ChatGPT는 OpenAI의 제품입니다": a form after a name claims only where
        // the speaker is the subject ("私は…です", "저는 …입니다").
        // A sentence that is only a name and the form ("Novaです。", "Nova입니다.") has the speaker as its unsaid subject.
        // So does a Latin name glued to the copula in a sentence that goes on from one about the speaker ("저는 …. Highmaru의
        // llmex입니다.").
        if (mark.Value is MarkKind.SelfAfter or MarkKind.NamingAfter or MarkKind.HedgeFinal && !(reply.SentenceBefore(mark.Start).Any(m => m.Value is MarkKind.Self or MarkKind.FirstPerson) && reply.AboutSpeaker(end))
            && !(mark.Value == MarkKind.SelfAfter && mark.Start == end && char.IsAsciiLetter(text[last]) && FoldedText.ScriptOf(text[mark.Start]) is Script.Hangul or Script.Unspaced
                && reply.SentenceBefore(mark.Start).All(m => m.Value is MarkKind.MakerAfter) && reply.AboutSpeaker(end))
            && !(mark.Value == MarkKind.NamingAfter && NamedAfterItsMaker(reply, mark))
            // "…, Tomas and Zyra (that's me)": the form in brackets points at the speaker itself.
            && !(mark.Value == MarkKind.SelfAfter && text[mark.Start] == '('))
        {
            return mark.Value is MarkKind.SelfAfter or MarkKind.NamingAfter && OnlyNameAndForm(reply, mark, end) is { } bare ? bare : null;
        }

        var script = FoldedText.ScriptOf(text[last]);
        if (script == Script.Spaced && mark.Value == MarkKind.SelfAfterOpening)
        {
            // "Zephyr here!", "Zephyr at your service" introduce the speaker only when the name opens its clause, and is not an
            // everyday word ("Everything ready!", "Nobody here").
            var words = SpacedNames.WordsBack(reply, end);
            if (words is { } w && !reply.Layout.StartsPhrase(text, w.Item1) && FromOrganisation(reply, w.Item1) is { } named)
            {
                // "Nova from Brightpath Bank here!": a name and its company.
                words = named;
            }
            else if (words is null && TeamBack(reply, end) is { } team && FromOrganisation(reply, team) is { } member)
            {
                // "Ollie from support here 👋": a name and its team.
                words = member;
            }

            return words is { } n && reply.Layout.StartsPhrase(text, n.Item1) && !reply.IsEverydayWord(n.Item1, n.Item2) ? (NameSpan)n : null;
        }

        if (script == Script.Spaced && SpacedNames.IsCaseless(text[last]))
        {
            return mark.Value switch
            {
                MarkKind.SelfAfter or MarkKind.NamingAfter or MarkKind.HedgeFinal => SpacedNames.CaselessWordBack(reply, mark, end, text[last]),
                // "سارة في خدمتك": a greeting's form claims a name that opens its clause.
                MarkKind.SelfAfterOpening => SpacedNames.CaselessWordBack(reply, mark, end, text[last]) is { } opening && reply.Layout.StartsPhrase(text, opening.Start) ? opening : null,
                MarkKind.MadeByAfter => SpacedNames.CaselessMakerBack(reply, mark, end, text[last]),
                // "آوا من را ساخته است" (Ava made me): the maker opens the clause; after "I am a smart assistant" it is not there.
                MarkKind.MakerOfMe when !reply.ClauseBefore(mark.Start).Any(m => m.Value is MarkKind.Self or MarkKind.FirstPerson)
                    => SpacedNames.CaselessMakerBack(reply, mark, end, text[last]),
                _ => null,
            };
        }

        if (script == Script.Spaced && HangulOrHanBefore(reply, end) is { } glued)
        {
            return glued;
        }

        if (script == Script.Spaced)
        {
            // "hfl是我的开发者", "nebula labs推出的", "acme is my developer": a maker in lower case, unplaced; "llmex입니다": a
            // name glued to the copula.
            return SpacedNames.WordsBack(reply, end) is { } back ? (NameSpan)back
                : mark.Value is MarkKind.MadeByAfter or MarkKind.MakerOfMe && PeopleOwner(reply, end) is { } owner ? (NameSpan)owner
                : mark.Value is MarkKind.MadeByAfter or MarkKind.MakerOfMe ? LowercaseNames.Back(reply, mark, end) ?? CaselessBeforeGeneric(reply, end)
                : mark.Value == MarkKind.SelfAfter && mark.Start == end ? LowercaseNames.Back(reply, mark, end, unplaced: false)
                : mark.Value == MarkKind.NamingAfter ? WordBetweenSpeakerAndForm(reply, mark, end)
                : null;
        }

        // "루멘랩스의 연구원들이 저를 만들었어요": the maker whose people made the speaker.
        if (script == Script.Hangul && mark.Value is MarkKind.MadeByAfter or MarkKind.MakerOfMe && PeopleOwner(reply, end) is { } people)
        {
            return people;
        }

        // Back over the letters of one unspaced run, to a break, a grammar word or a listed name; a katakana name ends where a
        // relative clause before it does ("Brightwaveが開発した|オリン|です").
        var start = end;
        var previousMark = reply.MarkBefore(mark.Start);
        if (mark.Value == MarkKind.MadeByAfter && previousMark.Value == MarkKind.MakerAfter && previousMark.End == end && previousMark.Start > 0
            && FoldedText.ScriptOf(text[previousMark.Start - 1]) == Script.Unspaced)
        {
            // "云帆智能|团队|训练": a maker's own word between it and the made-by form.
            start = end = previousMark.Start;
            previousMark = reply.MarkBefore(previousMark.Start);
        }

        while (start > 0 && end - start < LongestRun && (char.IsLetterOrDigit(text[start - 1]) && FoldedText.ScriptOf(text[start - 1]) != Script.Spaced || UnspacedNames.HyphenInRun(text, start - 1))
            && start > previousMark.End && !Known(reply, start - 1) && !AfterRelativeClause(text, start))
        {
            start--;
        }

        if (start == end || end - start >= LongestRun || (start > 0 && char.IsLetterOrDigit(text[start - 1]) && start > previousMark.End && script != Script.Hangul
            && !AfterRelativeClause(text, start)))
        {
            return null;
        }

        // "私は|やまだたろう|といいます": between the speaker's word and a form that names, a name in hiragana, which elsewhere
        // carries grammar.
        if (mark.Value == MarkKind.NamingAfter && start == previousMark.End && previousMark.Value == MarkKind.Self && end - start >= 2
            && text.Folded.AsSpan(start, end - start).ToString().All(FoldedText.IsHiragana))
        {
            return new NameSpan(start, end);
        }

        // Korean: after the speaker ("저는 AI 챗봇 어시스턴트 클로이입니다"), the word before the form; generic words do not name.
        return UnspacedNames.NameIn(reply, start, end, agent: mark.Value == MarkKind.MadeByAfter);
    }

    /// <summary>
    /// One lower-case word between the speaker's own word and a naming form after the name: "меня |вика| зовут" (Russian may
    /// set the name inside "меня … зовут"); not an everyday word ("меня так зовут").
    /// </summary>
    private static NameSpan? WordBetweenSpeakerAndForm(ReplyContext reply, PhraseHit<MarkKind> mark, int end)
    {
        var text = reply.Text;
        var speaker = reply.MarkBefore(mark.Start);
        if (speaker.Value is not (MarkKind.FirstPerson or MarkKind.Self) || speaker.End >= end || text[speaker.End] != ' ')
        {
            return null;
        }

        var start = speaker.End + 1;
        for (var i = start; i < end; i++)
        {
            if (!char.IsLetter(text[i]) || !LowercaseNames.LowerLetter(reply, text.Original[i]))
            {
                return null;
            }
        }

        return end > start && !reply.IsEverydayWord(start, end) ? new NameSpan(start, end) : null;
    }

    /// <summary>
    /// A Latin word joined to a run of Hangul or Han before it ("|한빛AI|가 만든", "|星河AI|开发"): one name, which the Latin part
    /// alone ("AI") is not.
    /// </summary>
    private static NameSpan? HangulOrHanBefore(ReplyContext reply, int end)
    {
        var text = reply.Text;
        var latin = end;
        while (latin > 0 && char.IsAsciiLetterOrDigit(text[latin - 1]))
        {
            latin--;
        }

        if (latin == end || latin == 0 || Known(reply, latin) || !char.IsLetter(text[latin - 1]) || FoldedText.ScriptOf(text[latin - 1]) is not (Script.Hangul or Script.Unspaced))
        {
            return null;
        }

        var start = latin;
        while (start > 0 && latin - start < UnspacedNames.LongestUnspaced && char.IsLetter(text[start - 1]) && FoldedText.ScriptOf(text[start - 1]) == FoldedText.ScriptOf(text[latin - 1]))
        {
            start--;
        }

        // Hiragana is Japanese grammar ("が開発したAI"), not part of a name.
        var run = text.Folded[start..latin];
        return run.Any(FoldedText.IsHiragana) || reply.Grammar.GenericUnspaced.Any(g => run.Contains(g, StringComparison.Ordinal)) || reply.Grammar.PhraseWords.Any(w => run.Contains(w, StringComparison.Ordinal))
            ? null
            : new NameSpan(start, end);
    }

    /// <summary>
    /// Past a possessor before generic words ("I'm |Brightwave's| assistant, Orin"): whose assistant the speaker is, not its
    /// name; the same offset when there is none.
    /// </summary>
    private static int AfterPossessor(ReplyContext reply, int start)
    {
        var text = reply.Text;
        if (!SpacedNames.ProperWord(reply, start, firstWord: true, out var end) || end + 3 >= text.Length
            || text.Folded.AsSpan(end, 3) is not "'s " || Known(reply, start))
        {
            return start;
        }

        return SpacedNames.GenericWordAt(reply, end + 3) ? end + 3 : start;
    }

    /// <summary>A katakana word right after a past-tense relative clause ("開発した|オリン", "作られた|ミナ"), which describes it.</summary>
    private static bool AfterRelativeClause(FoldedText text, int start) =>
        start > 0 && start < text.Length && text[start - 1] == 'た' && FoldedText.IsKatakana(text[start]);

    /// <summary>
    /// Back over a gloss in parentheses right before a form: "ケルロン|(Kelron)|です", "Cokee|(コキ)|が開発" (a name's reading or
    /// transliteration is part of the name, not what ends it).
    /// </summary>
    private static int SkipGlossBack(FoldedText text, int end)
    {
        if (end < 3 || text[end - 1] is not (')' or '）'))
        {
            return end;
        }

        for (var open = end - 2; open > 0 && end - open <= UnspacedNames.LongestUnspaced + 2; open--)
        {
            if (text[open] is '(' or '（')
            {
                return char.IsLetterOrDigit(text[open - 1]) ? open : end;
            }

            if (!char.IsLetterOrDigit(text[open]) && text[open] != ' ')
            {
                return end;
            }
        }

        return end;
    }


    /// <summary>
    /// A sentence that credits a maker and then names what it made, with nothing else in it: "ルモラによって作られたミオと申します",
    /// "한빛AI가 만든 누리라고 해요". Its unsaid subject is the speaker, as in a sentence of only a name and the form.
    /// </summary>
    internal static bool NamedAfterItsMaker(ReplyContext reply, PhraseHit<MarkKind> naming)
    {
        var before = reply.SentenceBefore(naming.Start).ToList();
        if (before.Count == 0 || !before.All(m => m.Value is MarkKind.MadeBy or MarkKind.MadeByAfter) || !reply.EndsSentence(naming))
        {
            return false;
        }

        // The maker opens the sentence as one word: not "이 앱은 구글이 만든 지도라고 해요" (this app is a map Google made).
        var start = naming.Start;
        while (start > 0 && reply.Layout.SameSentence(start - 1, naming.Start))
        {
            start--;
        }

        return !reply.Text.Original.AsSpan(start, before[0].Start - start).Trim().Contains(' ');
    }

    /// <summary>The capitalised name of a sentence that holds nothing but it and the form after it, or null.</summary>
    private static NameSpan? OnlyNameAndForm(ReplyContext reply, PhraseHit<MarkKind> mark, int end)
    {
        var text = reply.Text;
        var naming = mark.Value == MarkKind.NamingAfter;
        if (naming ? !reply.EndsSentence(mark) : reply.SkipDecoration(mark.End) is var after && after < text.Length && reply.Layout.SameSentence(after, mark.Start) && char.IsLetterOrDigit(text[after]))
        {
            return null;
        }

        var start = end;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is ' ' or '-' or '.') && reply.Layout.SameSentence(start - 1, end - 1)
            && !Known(reply, start - 1))
        {
            start--;
        }

        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        if (start == end || (start > 0 && reply.Layout.SameSentence(start - 1, end - 1) && char.IsLetterOrDigit(text[start - 1])))
        {
            return null;
        }

        // "서울시 챗봇 |뚜봇|이에요": a Hangul word after an assistant word (and its owner) may name the assistant.
        var space = text.Folded.LastIndexOf(' ', end - 1, end - start);
        if (!naming && space > start && HangulWord(text, space + 1, end))
        {
            var word = text.Folded.LastIndexOf(' ', space - 1, space - start) + 1;
            var named = text.Folded[(space + 1)..end];
            if (word < space && reply.Grammar.AssistantWords.Contains(text.Folded[Math.Max(word, start)..space]) && !reply.Grammar.AssistantWords.Contains(named)
                && !reply.Grammar.GenericWords.Contains(named))
            {
                // A common noun may stand there too ("고객센터 챗봇 상담이에요"): the check cannot place it.
                return (UnspacedNames.NameIn(reply, space + 1, end) ?? new NameSpan(space + 1, end)) with { Unplaced = true };
            }
        }

        // Only a capitalised name: a bare Hangul or kana phrase before a copula is as often a remark ("좋은 질문입니다"); before
        // a naming form it is a name ("ミライと申します", "하나라고 불러주세요"). A katakana word alone ("オリンです。", "エラーです。")
        // may be either, and so may one Hangul word ("지니입니다."): the reply is uncertain, unless it claims something else.
        if (!naming && (KatakanaWord(text, start, end) || HangulWord(text, start, end)) && UnspacedNames.NameIn(reply, start, end) is { } alone)
        {
            return alone with { Unplaced = true };
        }

        return FoldedText.ScriptOf(text[start]) == Script.Spaced && SpacedNames.WordsBack(reply, end) is { } w && w.Item1 == start ? (NameSpan)w
            : naming && FoldedText.ScriptOf(text[start]) != Script.Spaced ? UnspacedNames.NameIn(reply, start, end) ?? UnspacedNames.NameAfterParticle(reply, start, end)
            : UnspacedNames.NameAfterParticle(reply, start, end);
    }

    /// <summary>One Hangul word, no space in it ("지니"; not "좋은 질문").</summary>
    private static bool HangulWord(FoldedText text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (FoldedText.ScriptOf(text[i]) != Script.Hangul)
            {
                return false;
            }
        }

        return end - start >= 2;
    }

    /// <summary>Katakana, perhaps with kanji ("永愛レイ"), and no hiragana, which carries Japanese grammar.</summary>
    private static bool KatakanaWord(FoldedText text, int start, int end)
    {
        var katakana = false;
        for (var i = start; i < end; i++)
        {
            if (!char.IsLetter(text[i]) || FoldedText.ScriptOf(text[i]) != Script.Unspaced || FoldedText.IsHiragana(text[i]))
            {
                return false;
            }

            katakana |= FoldedText.IsKatakana(text[i]);
        }

        return katakana;
    }

    /// <summary>A listed name starts or runs here: it is read as that name, not as an unlisted one.</summary>
    internal static bool Known(ReplyContext reply, int offset) =>
        reply.NamesBetween(offset - 64, offset + 1).Any(o => o.Start <= offset && offset < Math.Max(o.End, o.Start + 1));

    /// <summary>A name in a slot that a made-by form closes ("我是|某某|开发的助手", "私は|Foo|が開発した") is the maker, not the speaker.</summary>
    private static bool EndsAtMadeBy(ReplyContext reply, int end)
    {
        var next = reply.MarkFrom(end);
        return next is { Value: MarkKind.MadeByAfter } m && (m.Start - end <= 1 || SkipGlossBack(reply.Text, m.Start) == end);
    }
}
