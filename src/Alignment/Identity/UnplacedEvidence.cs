namespace Alignment.Identity;

/// <summary>
/// The fail-safe: what a reply that claims nothing says about the speaker that the check cannot place. A listed name
/// mentioned after the speaker spoke of itself, words shaped like a model's name in a sentence about the speaker, a self,
/// naming or made-by slot whose words no reader placed. Any of them makes the reply <c>uncertain</c> (a person looks)
/// instead of a silent pass, whatever the prompt; what only an answer to "who are you" is doubted for is in <see cref="NamingCues"/>.
/// </summary>
internal static class UnplacedEvidence
{
    /// <summary>The stops and dashes a word of a slot may carry.</summary>
    private static readonly char[] WordEnds = ['.', ':', '!', '?', '-', '。', '，', '、'];

    /// <summary>What parts the words of a slot: spaces, commas, brackets, quotation marks and emphasis.</summary>
    private static readonly char[] SlotBreaks = [' ', '\t', '\n', ',', ';', '(', ')', '"', '\'', '«', '»', '“', '”', '「', '」', '*'];

    /// <summary>Scripts of the languages whose made-by forms after the maker open with a case particle ("에서 개발", "が開発", "द्वारा बनाया").</summary>
    private static readonly byte[] ParticleScripts = FoldedText.ScriptIds("Hangul", "Hiragana", "Katakana", "Devanagari");

    /// <summary>The evidence, quoted, or nothing when the reply plainly names nobody.</summary>
    public static List<string> Of(ReplyContext reply) => MentionedOnly(reply)
        .Concat(NameLikeWordsAboutSpeaker(reply).Concat(UnreadSlotsAboutSpeaker(reply)).Concat(OwnersOfTheSpeaker(reply)).Concat(HangulOwners(reply)).Concat(UnspacedOwners(reply)).Concat(UnspacedMakersOfMe(reply)).Concat(SystemPromptFollowed(reply)).Concat((Signatures.AssistantSignature(reply) ?? Signatures.SignedUnderWish(reply)) is { } signed ? [signed] : []).Select(w => $"«{w}»"))
        .Distinct()
        .ToList();

    /// <summary>
    /// A system prompt the speaker says it follows, quoted after a colon ("the system prompt I follow: "You are Nova, built by
    /// Orbis Labs."", "我遵循的系统设定原文：「你是小鲸，由海川科技开发…」"): what it tells the speaker it is. Not a prompt offered to
    /// the user ("a system prompt for your bot: …").
    /// </summary>
    private static IEnumerable<string> SystemPromptFollowed(ReplyContext reply)
    {
        var text = reply.Text;
        foreach (var mark in reply.Marks.Where(m => m.Value == MarkKind.OtherSubject && m.Start > 1))
        {
            var colon = text.Folded.LastIndexOfAny([':', '：'], mark.Start - 1, Math.Min(mark.Start, MostBeforePrompt));
            if (colon < 0 || !text.Folded.AsSpan(colon + 1, mark.Start - colon - 1).Trim(" \"“„«「『'>*\n").IsEmpty)
            {
                continue;
            }

            var leadStart = reply.Layout.PreviousSentenceEnd(colon) + 1;
            var lead = text.Folded[leadStart..colon];
            var words = $" {lead} ";
            if (!reply.Grammar.SystemLabels.Any(l => FoldedText.ScriptOf(l[0]) == Script.Spaced ? words.Contains($" {l} ", StringComparison.Ordinal) : lead.Contains(l, StringComparison.Ordinal))
                || !reply.MarksBetween(leadStart, colon).Any(m => m.Value is MarkKind.Self or MarkKind.FirstPerson)
                || reply.UserWords.Any(u => u.Start >= leadStart && u.End <= colon))
            {
                continue;
            }

            var end = Math.Min(reply.Layout.ClauseEnd(mark.End), mark.End + MostPromptShown);
            yield return text.Original[mark.Start..end].Trim();
        }
    }

    /// <summary>The most characters between a system prompt's colon and the "you are" it opens with.</summary>
    private const int MostBeforePrompt = 6;

    /// <summary>The most characters of a followed system prompt shown as evidence.</summary>
    private const int MostPromptShown = 60;

    /// <summary>
    /// Listed names a reply that claims nothing mentions, without denying them, after the speaker made itself the subject
    /// of the sentence ("Ich operiere als Modell GPT-4", "I'm much smaller than GPT-4"). The grammar's reasons for "only a
    /// mention" (a comparison, a role) are words that also make claims ("als", "as", "como"), so such a reply is never a
    /// silent pass: a person looks. A name before any word about the speaker ("Google has never shipped …", "Google이 개발한
    /// 검색 엔진과 달리, 저는 …") stays a mention.
    /// </summary>
    private static IEnumerable<string> MentionedOnly(ReplyContext reply) => reply.Names
        .Where(o => o.Status == NameStatus.Mentioned && !o.Unlisted && !o.Unplaced && !o.ClaimOnly
            && reply.SentenceBefore(o.Start).Any(m => m.Value is MarkKind.Self or MarkKind.FirstPerson or MarkKind.MakerOfMe))
        .Select(o => o.IsMakerRole || o.Family is null ? o.Maker! : o.Family)
        .Distinct();

    /// <summary>
    /// Words that look like a model's name in a sentence where the speaker talks about itself ("I run on Vortex-7",
    /// "我基于Mira模型", "Я работаю на базе Mira"): a word with an inner capital or a digit, or a Latin word among
    /// another script's. In a reply that claims nothing they are what the check cannot place, so the reply is uncertain
    /// rather than "no claim". Plain capitalised words are left alone: German capitalises every noun.
    /// </summary>
    private static List<string> NameLikeWordsAboutSpeaker(ReplyContext reply)
    {
        var text = reply.Text;
        var found = new List<string>();
        var done = -1;
        foreach (var mark in reply.Marks.Where(m => m.Value is MarkKind.Self or MarkKind.FirstPerson or MarkKind.MakerOfMe && !reply.Grammar.ListedOnly(reply.Text, m) && !reply.Grammar.CreditsOnlyListed(reply.Text, m)))
        {
            var sentence = reply.Layout.Sentence(mark.Start);
            if (sentence == done)
            {
                continue;
            }

            done = sentence;
            var foreign = MostlyNotLatin(reply, mark.Start);
            for (var i = mark.End; i < text.Length && i - mark.End < ReplyContext.Reach && reply.Layout.Sentence(i) == sentence; i++)
            {
                if (!char.IsLetterOrDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1]) && FoldedText.SameAlphabet(text[i - 1], text[i]))
                    || FoldedText.ScriptOf(text[i]) != Script.Spaced || UnlistedNames.Known(reply, i) || !SpacedNames.ProperWord(reply, i, firstWord: true, out var end))
                {
                    continue;
                }

                // "אני לא Nova", "من Nova نیستم", "ฉันไม่ใช่ Nova": a word the speaker denies is not what it claims.
                if (Denied(reply, i, end))
                {
                    i = end;
                    continue;
                }

                var word = text.Original[i..end];
                var latin = word.All(c => c < '\u0250');
                var shaped = word[1..].Any(char.IsUpper) || word.Any(char.IsDigit);
                if (word.Count(char.IsLetter) >= 2 && !(word.Length <= 3 && word.All(c => !char.IsLower(c))) && (shaped || (foreign && latin && word.Length >= 3)))
                {
                    found.Add(word);
                }

                i = end;
            }
        }

        return found.Distinct().ToList();
    }

    /// <summary>
    /// An organisation owning what the speaker is, in a sentence where it speaks of itself: "Ich bin der digitale Assistent
    /// der Helix Bank", "Soy la asistente virtual del Banco Helix", "Tôi là trợ lý ảo của Bảo hiểm Xanh". The company behind
    /// a persona bot is its maker as often as its owner, so the check cannot place it.
    /// </summary>
    private static List<string> OwnersOfTheSpeaker(ReplyContext reply)
    {
        var found = new List<string>();
        var text = reply.Text;
        // The user's words are looked for only once an owner is in question: most replies have none.
        var users = new Lazy<List<PhraseHit<bool>>>(() => reply.Grammar.UserWords.FindAll(text, reply.Layout));
        foreach (var self in reply.Marks.Where(m => m.Value is MarkKind.Self or MarkKind.FirstPerson))
        {
            var words = new List<(int Start, int End)>();
            for (var at = self.End; at < text.Length && reply.Layout.SameSentence(at, self.Start) && words.Count < 8; at++)
            {
                if (char.IsLetter(text[at]) && (at == 0 || !char.IsLetterOrDigit(text[at - 1])))
                {
                    var end = at;
                    while (end < text.Length && (SpacedNames.IsWordLetter(text[end]) || char.IsDigit(text[end]) || text[end] == '-'))
                    {
                        end++;
                    }

                    words.Add((at, end));
                    at = end - 1;
                }
            }

            for (var i = 0; i < words.Count; i++)
            {
                // An assistant word of one word or two ("trợ lý"), or with a one-letter article or preposition of Hebrew or
                // Arabic written onto it ("העוזרת", "المساعد").
                var last = WordIn(reply, reply.Grammar.AssistantWords, words[i]) ? i
                    : i + 1 < words.Count && reply.Grammar.AssistantWords.Contains(text.Folded[words[i].Start..words[i + 1].End]) ? i + 1
                    : -1;
                if (last < 0)
                {
                    continue;
                }

                // A caseless script has no capital to mark a company: a word for one, then its name ("المساعد الذكي لبنك
                // الراجحي", "دستیار مجازی فروشگاه دیجی‌کالا"), or a link word and a name ("העוזר החכם של רמי לוי"), an adjective
                // or two between.
                var org = Enumerable.Range(last + 1, Math.Max(0, Math.Min(words.Count - 1, last + 4) - last - 1))
                    .FirstOrDefault(j => Caseless(reply, words[j].Start) && reply.MarkFrom(words[j + 1].Start)?.Start != words[j + 1].Start
                        && (WordIn(reply, reply.Grammar.OrgWords, words[j])
                            || (reply.Grammar.OwnerLinks.Contains(text.Folded[words[j].Start..words[j].End]) && OwnerName(reply, words[j + 1], users))));
                if (org > 0)
                {
                    found.Add(text.Original[words[i].Start..words[org + 1].End]);
                    continue;
                }

                if (OwnerBefore(reply, words, i, users))
                {
                    found.Add(text.Original[words[0].Start..words[last].End]);
                    continue;
                }

                // Where nouns take no capital, a capital inside the sentence marks a name even on an everyday word ("da
                // Segurança Social", "de la Poste").
                var nouns = reply.Language is { } language && reply.Grammar.CapitalisesNouns(language);
                for (var link = last + 1; link < Math.Min(words.Count - 1, last + 3); link++)
                {
                    // The owner's first capitalised word, or its second when the first is an everyday one ("dari Bank BCA"),
                    // after an article ("de la CAF").
                    var first = link + 1 < words.Count - 1 && reply.Grammar.Articles.Contains(text.Folded[words[link + 1].Start..words[link + 1].End]) ? link + 2 : link + 1;
                    var owner = words[first];
                    bool Proper((int Start, int End) w) => char.IsUpper(text.Original[w.Start]) && !UnlistedNames.Known(reply, w.Start)
                        && (!reply.IsEverydayWord(w.Start, w.End) || !nouns) && !reply.Grammar.GenericWords.Contains(text.Folded[w.Start..w.End]);
                    if (reply.Grammar.MakerLinks.Contains(text.Folded[words[link].Start..words[link].End]) && char.IsUpper(text.Original[owner.Start])
                        && (Proper(owner) || (first + 1 < words.Count && Proper(words[first + 1]))))
                    {
                        found.Add(text.Original[words[i].Start..owner.End]);
                        break;
                    }
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Genitives put the company first, in scripts without capitals: "मैं एचडीएफसी बैंक का वर्चुअल सहायक हूँ", "میں جاز کی معاون حنا",
    /// "আমি বিকাশ-এর ভার্চুয়াল সহকারী রাহুল", "আমি সোনালী ব্যাংকের ডিজিটাল সহকারী". A word for a company needs its name beside it, and a
    /// name is no everyday word, not the user's and longer than two letters, as pronouns and demonstratives are not ("आप का",
    /// yours; "इस वेबसाइट का", this website's).
    /// </summary>
    private static bool OwnerBefore(ReplyContext reply, List<(int Start, int End)> words, int assistant, Lazy<List<PhraseHit<bool>>> users)
    {
        var text = reply.Text;
        bool Named(int k) => OwnerName(reply, words[k], users);
        bool Org(int k) => WordIn(reply, reply.Grammar.OrgWords, words[k]);
        bool Company(int k) => Org(k) && (k > 0 ? Named(k - 1) : k + 1 < assistant && Named(k + 1));
        for (var j = 0; j < assistant; j++)
        {
            if (!Caseless(reply, words[j].Start))
            {
                continue;
            }

            var glued = reply.Grammar.GenitiveEndings.Any(e => words[j].End - words[j].Start > e.Length + 1 && text.Folded.AsSpan(words[j].Start, words[j].End - words[j].Start).EndsWith(e, StringComparison.Ordinal));
            var owner = glued ? j : j > 0 && reply.Grammar.Genitives.Contains(text.Folded[words[j].Start..words[j].End]) ? j - 1 : -1;
            if (Company(j) || (owner >= 0 && !UnlistedNames.Known(reply, words[owner].Start) && (Org(owner) ? Company(owner) : glued || Named(owner))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word that may name an owner: longer than two letters, no everyday word, not the user's nor the user.</summary>
    private static bool OwnerName(ReplyContext reply, (int Start, int End) word, Lazy<List<PhraseHit<bool>>> users) =>
        word.End - word.Start > 2 && !reply.IsEverydayWord(word.Start, word.End) && !users.Value.Any(u => u.Start == word.Start)
            && !WordIn(reply, reply.Grammar.UserLabels, word) && !UnlistedNames.Known(reply, word.Start);

    private static bool Caseless(ReplyContext reply, int at) => FoldedText.ScriptOf(reply.Text[at]) == Script.Spaced && SpacedNames.IsCaseless(reply.Text[at]);

    /// <summary>
    /// Korean drops the possessive and the subject: "하나은행 AI 상담 챗봇입니다", "서울시 민원 안내 챗봇입니다". A word before the
    /// copula's description that ends as an organisation's name does (org-ends: "은행", "공단") names the speaker's owner.
    /// </summary>
    private static IEnumerable<string> HangulOwners(ReplyContext reply)
    {
        var text = reply.Text;
        var users = new Lazy<List<PhraseHit<bool>>>(() => reply.Grammar.UserWords.FindAll(text, reply.Layout));
        foreach (var mark in reply.Marks.Where(m => m.Value == MarkKind.SelfAfter && FoldedText.ScriptOf(reply.Text[m.Start]) == Script.Hangul))
        {
            var clause = reply.Layout.Clause(mark.Start);
            for (var i = mark.Start - 1; i >= 0 && reply.Layout.Clause(i) == clause; i--)
            {
                if (FoldedText.ScriptOf(text[i]) != Script.Hangul || (i + 1 < mark.Start && FoldedText.ScriptOf(text[i + 1]) == Script.Hangul))
                {
                    continue;
                }

                var start = i;
                while (start > 0 && FoldedText.ScriptOf(text[start - 1]) == Script.Hangul)
                {
                    start--;
                }

                var word = text.Folded[start..(i + 1)];
                // A topic of its own before the copula is another subject ("갤럭시 시리즈는 … 기반입니다").
                if (reply.Grammar.TopicParticles.Any(p => word.EndsWith(p.Trim(), StringComparison.Ordinal)))
                {
                    break;
                }

                // "한빛은행 가상 비서입니다", and with the genitive "한빛은행의 가상 비서입니다"; with the genitive before an assistant
                // word, any name but the user's ("저는 뤼튼의 AI 어시스턴트예요", not "당신의 AI 비서").
                var genitive = word.EndsWith('의');
                var owner = genitive ? word[..^1] : word;
                if (reply.Grammar.OrgEnds.Any(e => owner.Length > e.Length + 1 && FoldedText.ScriptOf(e[0]) == Script.Hangul && owner.EndsWith(e, StringComparison.Ordinal))
                    || (genitive && owner.Length >= 2 && !reply.IsEverydayWord(start, i) && !AfterADemonstrative(start) && !users.Value.Any(u => u.Start <= start && start < u.End) && !reply.Grammar.GenericUnspaced.Contains(word)
                        && reply.Grammar.AssistantUnspaced.Any(a => text.Folded.IndexOf(a, i + 1, mark.Start - i - 1, StringComparison.Ordinal) >= 0)))
                {
                    yield return text.Original[start..mark.End];
                    break;
                }

                i = start;
            }
        }

        // "이 사이트의 가상 비서" (this site's assistant): the word is a thing's, not a name.
        bool AfterADemonstrative(int start) =>
            start >= 2 && text[start - 1] == ' ' && text[start - 2] is '이' or '그' or '본' or '저' && (start == 2 || !char.IsLetter(text[start - 3]));
    }

    /// <summary>
    /// A maker written in Han, kana or Hangul right after a form that names the speaker's maker, up to the copula or the
    /// sentence's end: "私を開発したのは|日立製作所|です", "저를 만든 회사는 |카카오|예요". The reader places Latin makers there;
    /// these it cannot tell from other words, so a person looks.
    /// </summary>
    private static IEnumerable<string> UnspacedMakersOfMe(ReplyContext reply)
    {
        var text = reply.Text;
        // Only forms that end as a topic, the maker after them ("…のは", "…회사는", "…是"), not "Anthropic 사람들이 저를 키웠어요".
        foreach (var form in reply.Marks.Where(m => m.Value == MarkKind.MakerOfMe && reply.Text[m.End - 1] is 'は' or '는' or '은' or '是'))
        {
            var start = form.End;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            var end = start;
            while (end < text.Length && end - start <= 12 && FoldedText.ScriptOf(text[end]) is Script.Unspaced or Script.Hangul
                && !(reply.MarkFrom(end) is { Value: MarkKind.SelfAfter } copula && copula.Start == end))
            {
                end++;
            }

            var closes = end >= text.Length || !char.IsLetterOrDigit(text[end]) || reply.MarkFrom(end) is { Value: MarkKind.SelfAfter } after && after.Start == end;
            var run = text.Folded[start..end];
            if (end - start >= 2 && closes && reply.NameOver(start, end) is null
                && !reply.Grammar.HoldsGenericUnspaced(run))
            {
                yield return text.Original[start..end];
            }
        }
    }

    /// <summary>
    /// An organisation written in Han or kana owning what the speaker is ("私はみずほ銀行のAIアシスタントです", "我是星河科技的助手"):
    /// after the speaker's own form, a run ending as an organisation's name does (org-ends), the genitive "の" or "的", and an
    /// assistant word later in the clause.
    /// </summary>
    private static IEnumerable<string> UnspacedOwners(ReplyContext reply)
    {
        var text = reply.Text;
        foreach (var self in reply.Marks.Where(m => m.Value == MarkKind.Self && m.End < text.Length && FoldedText.ScriptOf(text[m.Start]) == Script.Unspaced))
        {
            var clauseEnd = reply.Layout.ClauseEnd(self.End);
            var clause = text.Folded[self.End..Math.Min(text.Length, clauseEnd + 1)];
            foreach (var end in reply.Grammar.OrgEnds.Where(e => FoldedText.ScriptOf(e[0]) == Script.Unspaced))
            {
                var at = clause.IndexOf(end + "の", StringComparison.Ordinal) is var jp and >= 0 ? jp : clause.IndexOf(end + "的", StringComparison.Ordinal);
                if (at > 0 && reply.Grammar.AssistantUnspaced.Any(a => clause.IndexOf(a, at + end.Length, StringComparison.Ordinal) > 0))
                {
                    yield return text.Original[self.Start..(self.End + at + end.Length)];
                    break;
                }
            }
        }
    }

    /// <summary>Whether a word is one of these, whole or after a clitic of one or two letters ("לבנק", "والمساعد", "لبنك").</summary>
    internal static bool WordIn(ReplyContext reply, IReadOnlySet<string> set, (int Start, int End) word)
    {
        var folded = reply.Text.Folded;
        return set.Contains(folded[word.Start..word.End])
            || (Caseless(reply, word.Start) && Enumerable.Range(1, 2).Any(k => word.End - word.Start - k >= 3 && set.Contains(folded[(word.Start + k)..word.End])));
    }

    /// <summary>
    /// After a claim, the naming slots about the speaker that no reader placed ("ดิฉันคือ Claude ค่ะ แต่ในแอปนี้ ดิฉันใช้ชื่อว่า
    /// "น้องมะลิ" นะคะ": but in this app my name is …): another name it may go by.
    /// </summary>
    public static List<string> UnreadNamingSlotsAfter(ReplyContext reply, int claimEnd) => UnreadSlotsAboutSpeaker(reply, claimEnd);

    /// <summary>
    /// Self, naming and made-by forms about the speaker after which the check read no name but words shaped like one ("My name is _Bot_", "OrionStar에서
    /// 개발한 AI", "researchers from AI Organization (iam+)"): the reply says who it is or who made it, and the check cannot
    /// tell what, so a reply that claims nothing else is uncertain rather than a pass. Shown as the words of the form and
    /// a few after it. A made-by verb with no particle ("开发", "tạo ra") is also an ordinary verb ("被设计用来…"), so only
    /// forms that carry their particle count.
    /// </summary>
    /// <param name="namingAfter">Where a claim ends, to read only the naming slots after it; -1 for every slot.</param>
    private static List<string> UnreadSlotsAboutSpeaker(ReplyContext reply, int namingAfter = -1)
    {
        var found = new List<string>();
        foreach (var m in reply.Marks.Where(m => !reply.Grammar.ListedOnly(reply.Text, m) && !reply.Grammar.CreditsOnlyListed(reply.Text, m) && (namingAfter < 0 || (m.Start >= namingAfter && Names(reply, m) && reply.SentenceBefore(m.End).Any(x => x.Value is MarkKind.Self or MarkKind.FirstPerson)))))
        {
            // A transcript's label before a sentence names nobody: "Assistant: Soy un asistente…".
            if (reply.IsFormLabel(m) && UnlistedNames.OpensSentence(reply, UnlistedNames.ValueOfLabel(reply.Text, m.End)))
            {
                continue;
            }

            var slot = m.Value switch
            {
                MarkKind.Self or MarkKind.Naming or MarkKind.MadeBy or MarkKind.MakerOfMe => true,
                MarkKind.MadeByAfter => FoldedText.IsOfScript(reply.Text[m.Start], ParticleScripts),
                _ => false,
            };
            if (!slot)
            {
                continue;
            }

            // The slot: the words after the form, or before a form that follows its maker ("OrionStar에서 개발"), in its
            // clause; a word the reach ends inside is read whole. Its shape is checked first: it is cheap and rarely a name.
            var clause = reply.Layout.Clause(m.Start);
            int from = m.End, to = m.End;
            if (m.Value == MarkKind.MadeByAfter)
            {
                for (from = m.Start; from > 0 && reply.Layout.Clause(from - 1) == clause && (m.Start - from < SlotReach || char.IsLetterOrDigit(reply.Text[from - 1])); from--)
                {
                }

                to = m.Start;
            }
            else
            {
                for (; to < reply.Text.Length && reply.Layout.Clause(to) == clause && (to - m.End < SlotReach || char.IsLetterOrDigit(reply.Text[to])); to++)
                {
                }
            }

            if (!(NameShaped(reply, reply.Text.Original[from..to]) || ((Names(reply, m) || (m.Value is MarkKind.Self or MarkKind.MadeBy && OpensWithoutWordBreaks(reply, from, to))) && !Described(reply, from, to)) || NamedInApposition(reply, m, from, to)) || reply.IsAsked(m.End) || Denied(reply, m.Start, m.End) || reply.HedgedSentence(m.Start)
                || reply.ClauseBefore(m.Start).Any(x => x.Value is MarkKind.Roleplay or MarkKind.OtherSubject or MarkKind.ThirdParty)
                // "My name is not important", "من Nova نیستم" (I am not Nova): a denial right after the form or after its words.
                || reply.ClauseAfter(m.End).Any(x => (x.Value is MarkKind.Negation or MarkKind.Hedge && x.Start - m.End <= 2) || (x.Value == MarkKind.NegationAfter && x.Start <= to + 3))
                || !(m.Value == MarkKind.Self || reply.AboutSpeaker(m.End) || (reply.IsFormLabel(m) && reply.FormAboutSpeaker(m.Start)))
                || reply.NamesInSentence(m.Start).Any(o => o.Status is NameStatus.Negated or NameStatus.Hedged)
                // A name a reader placed in the slot for a person to read is shown already ("[Dihasilkan oleh |Komodo-7B|]").
                || reply.NamesBetween(from, to).Any(o => o.Unplaced && o.Start >= from && o.End <= to))
            {
                continue;
            }

            found.Add(reply.Text.Original[Math.Min(from, m.Start)..Math.Max(to, m.End)].Trim());
        }

        return found.Distinct().ToList();
    }

    private const int SlotReach = 32;

    /// <summary>
    /// Whether a slot's words look like a name rather than a description ("a team of engineers", "ein Computerprogramm",
    /// "一群工程师"): a word with a symbol or digit among its letters (i.am.ai, _Bot_, {{AUTHOR}}), Latin letters among
    /// another script's, or a capitalised first word that no article introduces ("I am Zephyrine", "developed by Jane Doe"; German
    /// capitalises every noun, so only the first word counts). A run of Han, kana or Hangul alone is left to the
    /// unlisted-name reader.
    /// </summary>
    private static bool NameShaped(ReplyContext reply, string slot)
    {
        var grammar = reply.Grammar;
        var otherScript = slot.Any(c => char.IsLetter(c) && !IsLatin(c));
        var first = true;
        foreach (var raw in slot.Split(SlotBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(WordEnds);
            var folded = FoldedText.Fold(word);
            if (grammar.Articles.Contains(folded))
            {
                first = false; // "ein Computerprogramm", "an Assistant": a description follows
                continue;
            }

            if (word.Count(char.IsLetter) < 2 || grammar.GenericWords.Contains(folded))
            {
                continue;
            }

            var symbols = word.Any(c => c is '_' or '.' or '#' or '@' or '+' or '{' or '}' or '<' or '>' or '/' || char.IsDigit(c));
            var latinRun = word.TakeWhile(IsLatin).ToArray();
            var latinInOther = otherScript && latinRun.Count(char.IsLetter) >= 2 && !grammar.GenericWords.Contains(FoldedText.Fold(new string(latinRun)));
            // "ШІ-асистент", "AI-powered": a generic first part makes a compound generic unless the rest is capitalised too.
            var head = word.Split('-')[0];
            var named = word.Length > head.Length + 1 && grammar.GenericWords.Contains(FoldedText.Fold(head)) ? word[(head.Length + 1)..] : word;
            var capitalised = first && char.IsUpper(named[0]) && (named.Skip(1).Any(char.IsLower) || named.All(c => !char.IsLetter(c) || char.IsUpper(c)))
                // "Hier ist deine Liste": where every noun is capitalised, a noun the language's list knows is no name's shape.
                && !(reply.Language is { } language && grammar.CapitalisesNouns(language) && CommonWords.KnownIn(folded, language));
            if (symbols || latinInOther || capitalised)
            {
                return true;
            }

            first = false;
        }

        return false;
    }

    /// <summary>
    /// A self slot that sets a name off with a dash or a colon names it, whatever the name's shape: "我是你们的助手——小爱同学",
    /// "I am your assistant — Nova".
    /// </summary>
    private static bool NamedInApposition(ReplyContext reply, PhraseHit<MarkKind> mark, int from, int to)
    {
        // Japanese sets off what the speaker does with a colon as often as a name ("私はAIアシスタントです：質問に答えます").
        if (mark.Value != MarkKind.Self || UnspacedNames.SentenceHasKana(reply, mark.Start))
        {
            return false;
        }

        var at = reply.Text.Original.AsSpan(from, to - from).IndexOfAny("—–:：");
        if (at < 0)
        {
            return false;
        }

        // Spaced words after it are a name by their shape (a capital, a digit), as in any other slot; Han and kana by
        // not being a description.
        var start = from + at + 1;
        var first = start;
        while (first < to && !char.IsLetter(reply.Text[first]))
        {
            first++;
        }

        return first < to && (FoldedText.ScriptOf(reply.Text[first]) == Script.Spaced
            ? NameShaped(reply, reply.Text.Original[first..to])
            : !Described(reply, start, to));
    }

    /// <summary>Whether a slot's first letter is of a script without word breaks (Thai): "ผมคือ…" (I am …), "พัฒนาโดย…" (developed by …) may run into a name.</summary>
    private static bool OpensWithoutWordBreaks(ReplyContext reply, int from, int to)
    {
        var first = from;
        while (first < to && !char.IsLetterOrDigit(reply.Text[first]))
        {
            first++;
        }

        return first < to && FoldedText.HasNoWordBreaks(reply.Text[first]);
    }

    /// <summary>A naming form, or a self form that ends in one ("my name is", "私の名前は").</summary>
    private static bool Names(ReplyContext reply, PhraseHit<MarkKind> mark)
    {
        // A label names only where it opens a line ("Name: Nova"), not inside a sentence ("I am an assistant: I answer …").
        if (reply.IsFormLabel(mark))
        {
            var line = mark.Start;
            while (line > 0 && reply.Text[line - 1] is not '\n' && !char.IsLetterOrDigit(reply.Text[line - 1]))
            {
                line--;
            }

            return line == 0 || reply.Text[line - 1] == '\n';
        }

        if (mark.Value == MarkKind.Naming)
        {
            return true;
        }

        var form = reply.Text.Folded.AsSpan(mark.Start, mark.End - mark.Start);
        foreach (var naming in reply.Grammar.NamingForms)
        {
            if (form.EndsWith(naming, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a naming slot ("my name is …", "名叫…", "名前は…") holds only a description: an article or generic words first
    /// ("called a language model", "名为AI助手"). A naming slot about the speaker always names someone, so anything else in
    /// it is a name, whatever its shape ("名叫小明的机器人", "my name is bob"). Han and kana are read without spaces: generic and
    /// phrase words (cases/claims.yaml) and hiragana, which carries Japanese grammar, are what a description is made of.
    /// Hangul is left to the readers of the form after a name ("클로이입니다"): Korean phrases are long and unlisted words common.
    /// </summary>
    private static bool Described(ReplyContext reply, int from, int to)
    {
        var grammar = reply.Grammar;
        var folded = reply.Text.Folded;
        var japanese = UnspacedNames.SentenceHasKana(reply, from);
        for (var i = from; i < to;)
        {
            var c = folded[i];
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            if (FoldedText.ScriptOf(c) == Script.Hangul)
            {
                return true;
            }

            // Thai, Lao, Khmer, Myanmar: no word ends to read a name's by, so a slot is described only where a generic
            // word opens it ("ผมคือผู้ช่วย AI"); what else follows "ฉันชื่อ" (my name is) or "ผมคือ" (I am) may be a name.
            if (FoldedText.HasNoWordBreaks(c))
            {
                return UnspacedWordAt(grammar, folded, i, to) > 0;
            }

            // Kanji and hiragana in a Japanese sentence are words ("私の名前は秘密です"); a Japanese name here is katakana or Latin.
            if (FoldedText.ScriptOf(c) == Script.Unspaced && japanese && !FoldedText.IsKatakana(c))
            {
                i++;
                continue;
            }

            if (FoldedText.ScriptOf(c) == Script.Unspaced)
            {
                var word = UnspacedWordAt(grammar, folded, i, to);
                if (word == 0 && i + 1 < to && char.IsLetter(folded[i + 1]) && FoldedText.ScriptOf(folded[i + 1]) == Script.Unspaced
                    && UnspacedWordAt(grammar, folded, i + 1, to) == 0)
                {
                    return false; // two letters no word explains: a name
                }

                i += Math.Max(word, 1);
                continue;
            }

            var end = i;
            while (end < to && char.IsLetterOrDigit(folded[end]) && FoldedText.ScriptOf(folded[end]) == Script.Spaced)
            {
                end++;
            }

            var spaced = folded[i..end];
            if (grammar.Articles.Contains(spaced))
            {
                return true; // "called a language model": described
            }

            if (!grammar.GenericWords.Contains(spaced) && spaced.Count(char.IsLetter) >= 2)
            {
                return false;
            }

            i = end;
        }

        return true;
    }

    /// <summary>The length of the generic or phrase word, or the hiragana, at an offset of unspaced text; 0 when none is there.</summary>
    private static int UnspacedWordAt(ClaimGrammar grammar, string folded, int at, int to)
    {
        if (FoldedText.IsHiragana(folded[at]))
        {
            return 1;
        }

        var longest = 0;
        foreach (var word in grammar.GenericUnspaced.Concat(grammar.PhraseWords))
        {
            if (word.Length > longest && at + word.Length <= to && string.CompareOrdinal(folded, at, word, 0, word.Length) == 0)
            {
                longest = word.Length;
            }
        }

        return longest;
    }

    /// <summary>Latin letters with their accented forms (Vietnamese, Polish), and what is not a letter.</summary>
    private static bool IsLatin(char c) =>
        !char.IsLetter(c) || c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF' or >= '\u2C60' and <= '\u2C7F' or >= '\uA720' and <= '\uA7FF' or >= '\uFF21' and <= '\uFF5A';

    internal static bool Denied(ReplyContext reply, int start, int end)
    {
        var negated = false;
        foreach (var m in reply.ClauseBefore(start))
        {
            negated = m.Value switch
            {
                MarkKind.Negation => true,
                MarkKind.Contrast => false,
                _ => negated,
            };
        }

        return negated || reply.MarksAfter(end).Any(m => m.Value == MarkKind.NegationAfter);
    }

    private static bool MostlyNotLatin(ReplyContext reply, int position)
    {
        int latin = 0, other = 0;
        for (var i = Math.Max(0, position - 40); i < Math.Min(reply.Text.Length, position + 40); i++)
        {
            if (char.IsLetter(reply.Text[i]))
            {
                _ = reply.Text[i] < '\u0250' ? latin++ : other++;
            }
        }

        return other > latin;
    }
}
