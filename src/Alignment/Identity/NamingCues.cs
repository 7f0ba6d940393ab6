namespace Alignment.Identity;

/// <summary>
/// Cues that an answer to "who are you" names itself in words no reader placed: a capitalised word, a katakana run or
/// kanji alone beside what the reply says of itself, a word its language does not know closing "I am", a name opening a
/// sentence that describes an assistant, "my name" with no name, a name set in bold, a Latin name opening a reply in
/// another script, a label opening the reply ("Nova: Hi there!"), a credit line ("Built by Lumen Labs"). A reply that claims nothing is then
/// uncertain, not "no claim". Asked nothing, the same words are what the reply talks about, so only identity questions
/// read them.
/// </summary>
internal static class NamingCues
{
    /// <summary>What a version's value does not end with: spaces, joiners and a stop.</summary>
    private static readonly char[] VersionEnds = [' ', '-', '_', '.'];

    /// <summary>The words that may name the speaker, each once (the cues below may repeat a word).</summary>
    public static List<string> Find(ReplyContext reply, Func<PhraseHit<MarkKind>, bool> speaks) =>
    [
        .. CapitalisedWordsAboutSpeaker(reply, speaks)
            .Concat(UnknownWordsClosingSelfSlots(reply))
            .Concat(CaselessWordsClosingSelfSlots(reply))
            .Concat(UnbrokenRunsAfterSelf(reply))
            .Concat(NicknameHeadings(reply, speaks))
            .Concat(NamesDescribedAsAssistants(reply))
            .Concat(KanjiClosingSelfSlots(reply))
            .Concat(SpeakersSource(reply))
            .Concat(ModelIdsBesideMadeBy(reply))
            .Concat(NameSpokenOfWithoutOne(reply))
            .Concat(CopulaAfterADenial(reply))
            .Concat(StageDirectionSubject(reply) is { } actor ? [actor] : [])
            .Concat(UnspacedWordsBeforeOpeningForms(reply))
            .Concat(BoldNames(reply))
            .Concat(PlaceholdersInSelfSlots(reply))
            .Concat(LatinWordsOpeningAReplyInAnotherScript(reply))
            .Concat(VersionsAboutSpeaker(reply, speaks))
            .Concat(AnswersToItsOwnQuestion(reply, speaks))
            .Concat(NameInARestatedQuestion(reply))
            .Concat(NameLineAbove(reply))
            .Concat(Signatures.OpeningLabel(reply) is { } label ? [label] : [])
            .Concat(Signatures.OpeningTitle(reply) is { } title ? [title] : [])
            .Concat(Signatures.CreditLine(reply) is { } credit ? [credit] : [])
            .Concat(Signatures.UnreadDashSignature(reply) is { } signed ? [signed] : [])
            .Concat(NamesInShownJson(reply))
            .Concat(Signatures.FooterLine(reply) is { } footer ? [footer] : [])
            .Concat(Signatures.SystemLine(reply) is { } system ? [system] : [])
            .Concat(Signatures.SignOffShape(reply) is { } farewell ? [farewell] : [])
            .Distinct(),
    ];

    /// <summary>
    /// Names no list holds in a JSON object the reply shows in a code block beside words of its own ("Here is my profile:\n```json
    /// {"name": "Lumi"}```"): its own card as often as an example or the user's configuration, so a person decides.
    /// </summary>
    private static IEnumerable<string> NamesInShownJson(ReplyContext reply) =>
        reply.Names.Where(o => o.Unlisted && o.Status != NameStatus.Claimed && reply.InShownJson(o.Start)).Select(o => reply.Text.Original[o.Start..o.End]);

    /// <summary>
    /// Capitalised words, none an everyday word of the reply's language or of English, in a sentence where the speaker
    /// speaks of itself ("I'm just... Glitch", "Yo soy Nagatoro"), or standing alone as a sentence ("Niemand."). In an
    /// answer to "who are you" that claims nothing they may be the name it gives itself: a person decides. Not asked, they
    /// are what the reply talks about.
    /// </summary>
    private static List<string> CapitalisedWordsAboutSpeaker(ReplyContext reply, Func<PhraseHit<MarkKind>, bool> speaks)
    {
        var text = reply.Text;
        var nouns = reply.Language is { } language && reply.Grammar.CapitalisesNouns(language);
        var aboutSpeaker = reply.Marks.Where(speaks).Select(m => reply.Layout.Sentence(m.Start)).ToHashSet();
        // "Not Claude — Luna!", "Claude? No no, Luna.", "Nicht Claude – Finn!": a name denied, or echoed back as a question,
        // answers "who are you" about the speaker; so does the sentence after the echo. German capitalises its nouns, so
        // there only a word the word list does not know counts.
        var answeredBesideADenial = new HashSet<int>();
        foreach (var o in reply.Names.Where(o => o.Status == NameStatus.Negated || (o.Status == NameStatus.Mentioned && reply.IsAsked(o.End))))
        {
            var denied = reply.Layout.Sentence(o.Start);
            answeredBesideADenial.Add(denied);
            answeredBesideADenial.Add(denied + 1);
        }

        var named = new bool[text.Length];
        foreach (var o in reply.Names)
        {
            Array.Fill(named, true, o.Start, o.End - o.Start);
        }

        var found = new List<string>();
        // Whether the line being read is a heading, found once a line (the loop reads every character).
        var headingLine = HeadingAt(text, 0);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                headingLine = HeadingAt(text, i + 1);
            }

            if (!char.IsUpper(text.Original[i]) || FoldedText.ScriptOf(text[i]) != Script.Spaced)
            {
                continue;
            }

            // "## 关于Nova": a heading may glue a Latin name to Han.
            var heading = aboutSpeaker.Count > 0 && headingLine;
            if (i > 0 && char.IsLetterOrDigit(text[i - 1]) && !(heading && FoldedText.ScriptOf(text[i - 1]) == Script.Unspaced))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] is '-' or '\'' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
            {
                end++;
            }

            var sentence = reply.Layout.Sentence(i);
            var first = FirstWordOfSentence(reply, i);
            var alone = first && LastWordOfSentence(reply, end);
            var word = text.Folded[i..end];
            // "I'm", "L'IA": a capital before an apostrophe is a pronoun or an article.
            var apostrophe = word.IndexOf('\'');
            // A heading of a reply that speaks of itself titles the speaker ("# Introduction à Jarvis", "## 🤖 Orin — your study
            // buddy"); its first word, or any in German, only where the word list does not know it ("## Déclaration" is a word).
            var titled = aboutSpeaker.Contains(sentence) || heading;
            var besideDenial = answeredBesideADenial.Contains(sentence) && !first && (!nouns || !CommonWords.Known(word, reply.Language));
            if (((titled && !first && !nouns) || besideDenial || alone || (heading && ((!nouns && !first) || !CommonWords.Known(word, reply.Language)))) && end - i >= 2 && apostrophe is < 0 or >= 2 && text.Original[i..end].Skip(1).Any(char.IsLower)
                && !reply.IsEverydayWord(i, end) && !reply.Grammar.GenericWords.Contains(word) && !named.AsSpan(i, end - i).Contains(true))
            {
                found.Add(text.Original[i..end]);
            }

            i = end;
        }

        // Katakana writes foreign names and loanwords alike: a run no generic word covers, in a sentence about the speaker ("私は…クロウ").
        for (var i = 0; i < text.Length && aboutSpeaker.Count > 0; i++)
        {
            if (FoldedText.ScriptOf(text[i]) != Script.Unspaced || !FoldedText.IsKatakana(text[i]) || (i > 0 && FoldedText.IsKatakana(text[i - 1])))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && FoldedText.IsKatakana(text[end]))
            {
                end++;
            }

            var word = text.Folded[i..end];
            if (end - i >= 2 && aboutSpeaker.Contains(reply.Layout.Sentence(i)) && !OverlapsGenericWord(reply.Grammar, word)
                && !named.AsSpan(i, end - i).Contains(true))
            {
                found.Add(text.Original[i..end]);
            }

            i = end;
        }

        return found;
    }

    /// <summary>Whether a katakana word is a generic word, or holds or is held by one ("アシスタント").</summary>
    private static bool OverlapsGenericWord(ClaimGrammar grammar, string word)
    {
        foreach (var g in grammar.GenericUnspaced)
        {
            if (g.Contains(word, StringComparison.Ordinal) || word.Contains(g, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of the longest phrase word a run opens with ("关于" in "关于可可"), or 0.</summary>
    private static int LongestPhraseWordOpening(ClaimGrammar grammar, ReadOnlySpan<char> run)
    {
        var longest = 0;
        foreach (var w in grammar.PhraseWords)
        {
            if (w.Length > longest && run.StartsWith(w, StringComparison.Ordinal))
            {
                longest = w.Length;
            }
        }

        return longest;
    }

    /// <summary>
    /// A word in lower case that closes a self slot and that neither the reply's language nor English knows: "Sono
    /// wobbly-valid-odd-hertz.", "i am zorblax, a helpful assistant". Names are written in lower case too; "I am fine" is not one.
    /// </summary>
    private static List<string> UnknownWordsClosingSelfSlots(ReplyContext reply)
    {
        var text = reply.Text;
        var found = new List<string>();
        foreach (var mark in reply.Marks.Where(m => m.Value == MarkKind.Self))
        {
            var start = UnlistedNames.SkipOpening(text, mark.End);
            // "oi, sou a zorvia": past an article.
            if (start < text.Length && HyphenatedWordEnd(text, start) is var articleEnd && articleEnd + 1 < text.Length && text[articleEnd] == ' '
                && reply.Grammar.Articles.Contains(text.Folded[start..articleEnd]))
            {
                start = articleEnd + 1;
            }

            if (start >= text.Length || !char.IsLower(text.Original[start]) || FoldedText.ScriptOf(text[start]) != Script.Spaced || SpacedNames.IsCaseless(text[start]))
            {
                continue;
            }

            var end = HyphenatedWordEnd(text, start);
            var word = text.Folded[start..end];
            var nameEnd = end;
            // An emoji may close it too ("i'm zoë 👋 made by …"), or a particle of chat ("mình là zorvia nè", "soy kira jaja").
            var next = end;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            if (next > end && next < text.Length && HyphenatedWordEnd(text, next) is var particleEnd && particleEnd > next
                && (reply.Grammar.ChatFillers.Contains(text.Folded[next..particleEnd]) || reply.Grammar.AnswerParticles.Contains(text.Folded[next..particleEnd]))
                && (particleEnd >= text.Length || !char.IsLetterOrDigit(text[particleEnd])))
            {
                end = particleEnd;
                next = particleEnd;
                while (next < text.Length && text[next] == ' ')
                {
                    next++;
                }
            }

            var closes = end >= text.Length || text[end] is '.' or '!' or ',' or ';' or '\n' or '。' or '，'
                || (next > end && (next >= text.Length || char.IsSurrogate(text[next]) || char.GetUnicodeCategory(text[next]) == System.Globalization.UnicodeCategory.OtherSymbol));
            // In a reply written all in lower case, set off before an assistant word ("ich bin nova, ein ki-assistent"), even a
            // word the lists know names the speaker (with capitals, "Ich bin froh, ein KI-Assistent zu sein" is no name).
            var apposed = end < text.Length && SpacedNames.IsComma(text[end]) && !text.Original.Any(char.IsUpper) && DescribesAnAssistant(reply, end + 1);
            if (!closes || word.Length < 3 || reply.Grammar.GenericWords.Contains(word) || reply.Grammar.Articles.Contains(word)
                || (!apposed && word.Split('-').All(part => part.Length < 3 || part.Any(char.IsDigit) || CommonWords.Known(part, reply.Language)))
                || UnplacedEvidence.Denied(reply, mark.Start, mark.End) || reply.HedgedSentence(mark.Start) || UnlistedNames.Known(reply, start))
            {
                continue;
            }

            found.Add(text.Original[start..nameEnd]);
        }

        return found;
    }

    /// <summary>
    /// One word of a script without capitals that fills a self slot, set off by punctuation or followed by "assistant":
    /// "أنا عقل، يسعدني …", "أنا عقل مساعد ذكاء اصطناعي". Names there are often words too (عقل is "mind"), and "أنا آسف،" (I'm
    /// sorry,) has the same shape, so it is a cue: asked who it is, a person decides.
    /// </summary>
    private static List<string> CaselessWordsClosingSelfSlots(ReplyContext reply)
    {
        var text = reply.Text;
        var found = new List<string>();
        foreach (var mark in reply.Marks.Where(m => m.Value == MarkKind.Self))
        {
            var start = UnlistedNames.SkipOpening(text, mark.End);
            if (start >= text.Length || !SpacedNames.IsCaseless(text[start]) || FoldedText.ScriptOf(text[start]) != Script.Spaced || FoldedText.HasNoWordBreaks(text[start]))
            {
                continue;
            }

            var end = start;
            while (end < text.Length && SpacedNames.IsWordLetter(text[end]) && FoldedText.SameAlphabet(text[end], text[start]))
            {
                end++;
            }

            var word = text.Folded[start..end];
            var next = end < text.Length && text[end] == ' ' ? end + 1 : end;
            // An emoji after the word closes it as a full stop does ("אני נועה 💕 …").
            var closes = end >= text.Length || text[end] is '.' or '!' or '؟' or '?' or '।' or '\n' || SpacedNames.IsComma(text[end])
                || (next < text.Length && (char.IsSurrogate(text[next]) || char.GetUnicodeCategory(text[next]) == System.Globalization.UnicodeCategory.OtherSymbol))
                || (next > end && reply.Grammar.AssistantWords.Contains(text.Folded[next..SpacedNames.GenericWordEnd(text, next)]));
            // A word its language's list does not know may be a name whatever follows ("أنا نوفا سأساعدك", I Nova will help you).
            var unknown = word.Length >= 3 && CommonWords.HasList(reply.Language) && !CommonWords.Known(word, reply.Language);
            // "אני בסדר, תודה", "أنا بخير،": one of the language's most frequent words names nobody.
            if (!(closes || unknown) || word.Length < 2 || CommonWords.IsFrequent(word, reply.Language) || reply.Grammar.GenericWords.Contains(word) || reply.Grammar.Articles.Contains(word) || reply.MarkFrom(start)?.Start == start
                || reply.NameOver(start, end) is not null || UnplacedEvidence.Denied(reply, mark.Start, mark.End) || reply.HedgedSentence(mark.Start))
            {
                continue;
            }

            found.Add(text.Original[start..end]);
        }

        return found;
    }

    /// <summary>
    /// In a script written without word breaks (Thai, Lao, Khmer, Burmese), the run right after the speaker's own word, past
    /// generic words: "ผม|น้องออมสุข| แชตบอทของธนาคาร…" (I am Nong Omsuk, the bank's chatbot), "เราคือบอท|หมูกระทะ| บอทประจำ…".
    /// Where a space and an assistant word close it, it may name the speaker; the reader cannot tell its words apart, so a
    /// person does. A run that only goes on describing ("ผู้ช่วยอัตโนมัติ และ…", an automatic assistant and…) is no cue.
    /// </summary>
    private static List<string> UnbrokenRunsAfterSelf(ReplyContext reply)
    {
        var text = reply.Text;
        var found = new List<string>();
        foreach (var mark in reply.Marks.Where(m => m.Value is MarkKind.Self or MarkKind.FirstPerson))
        {
            var start = mark.End;
            // A space ends a phrase in these scripts ("สวัสดีครับ ผม…").
            if (start >= text.Length || !FoldedText.HasNoWordBreaks(text[start]) || !(reply.Layout.StartsClause(text, mark.Start) || text[mark.Start - 1] == ' ')
                || reply.Marks.Any(m => m.Start == start && m.Value is MarkKind.Self or MarkKind.Naming or MarkKind.Negation or MarkKind.Hedge))
            {
                continue;
            }

            var end = start;
            while (end < text.Length && FoldedText.HasNoWordBreaks(text[end]))
            {
                end++;
            }

            // Generic words first ("บอท", "ผู้ช่วย"), then what is left of the run.
            var afterGeneric = start;
            for (var generic = LongestGenericAt(reply, afterGeneric, end); generic > 0; generic = LongestGenericAt(reply, afterGeneric, end))
            {
                afterGeneric += generic;
            }

            var closes = end >= text.Length || text[end] is ' ' or '\n' or '!' or '.' or ',' || FoldedText.IsEmoji(text[end]) || char.IsSurrogate(text[end]);
            var next = end < text.Length && text[end] == ' ' ? text.Folded[(end + 1)..Math.Min(text.Length, end + 12)] : "";
            var beforeAssistant = reply.Grammar.AssistantWords.Concat(reply.Grammar.GenericWords).Any(w => w.Length > 1 && FoldedText.HasNoWordBreaks(w[0]) && next.StartsWith(w, StringComparison.Ordinal));
            if (end - afterGeneric >= 3 && closes && beforeAssistant && reply.NameOver(afterGeneric, end) is null
                && !UnspacedNames.OnlyGenericOrPhrase(reply, afterGeneric, end))
            {
                found.Add(text.Original[afterGeneric..end]);
            }
        }

        return found;
    }

    private static int LongestGenericAt(ReplyContext reply, int at, int end) =>
        reply.Grammar.GenericWords.Where(g => g.Length > 1 && g.Length < end - at && FoldedText.HasNoWordBreaks(g[0]) && reply.Text.Folded.AsSpan(at).StartsWith(g, StringComparison.Ordinal))
            .Select(g => g.Length).DefaultIfEmpty(0).Max();

    /// <summary>
    /// A Markdown heading that is only a nickname written without spaces, perhaps after a phrase word ("## 小智", "### 关于可可"):
    /// a nickname prefix, a doubled character ("可可", "豆豆") or katakana ("## ミライ"). Over a reply that speaks of itself, it
    /// may title the speaker.
    /// </summary>
    private static List<string> NicknameHeadings(ReplyContext reply, Func<PhraseHit<MarkKind>, bool> speaks)
    {
        var text = reply.Text;
        var found = new List<string>();
        if (!reply.Marks.Any(speaks))
        {
            return found;
        }

        for (var line = 0; line < text.Length; line++)
        {
            if ((line > 0 && text[line - 1] != '\n') || !HeadingAt(text, line))
            {
                continue;
            }

            var start = line;
            while (start < text.Length && text[start] is ' ' or '#')
            {
                start++;
            }

            var end = start;
            while (end < text.Length && char.IsLetter(text[end]) && FoldedText.ScriptOf(text[end]) == Script.Unspaced)
            {
                end++;
            }

            // Headings are read as form labels: "## 小智" comes folded as "##小智:".
            if (end < text.Length && text[end] is not ('\n' or ' ' or ':'))
            {
                continue;
            }

            // "关于可可": the phrase word before the name is not part of it.
            start += LongestPhraseWordOpening(reply.Grammar, text.Folded.AsSpan(start, end - start));
            var run = text.Folded[start..end];
            // Katakana writes foreign names: a heading of katakana alone ("## ミライ") may be one.
            var nickname = (run.Length is >= 2 and <= 4 && (reply.Grammar.NicknameStarts.Contains(run[0]) || (run.Length == 2 && run[0] == run[1])))
                || (run.Length >= 2 && run.All(FoldedText.IsKatakana));
            // The folded heading is shifted from the original ("## 小智" folds to "##小智:"): the name is shown as folded.
            if (nickname && !UnspacedNames.IsDescription(reply.Grammar, run) && !UnspacedNames.IsPhrase(reply, run) && !UnlistedNames.Known(reply, start))
            {
                found.Add(run);
            }
        }

        return found;
    }

    /// <summary>
    /// The speaker's copula after a denied name, with words between that no generic word covers: "Claude가 아니라 소라야!",
    /// "ChatGPTではなく、もちです", "Claude نیستم، آرمان هستم!" (not Claude: Sora). The words may be the name it gives instead.
    /// </summary>
    private static IEnumerable<string> CopulaAfterADenial(ReplyContext reply)
    {
        foreach (var o in reply.Names.Where(o => o.Status == NameStatus.Negated))
        {
            var sentence = reply.Layout.Sentence(o.Start);
            var from = o.End;
            // This clause and the next: "ChatGPTではなく、|もちです".
            var nextClause = reply.Layout.ClauseEnd(o.End) + 1;
            var marks = nextClause < reply.Text.Length ? reply.ClauseAfter(o.End).Concat(reply.ClauseAfter(nextClause)) : reply.ClauseAfter(o.End);
            foreach (var m in marks.Where(m => reply.Layout.Sentence(m.Start) == sentence))
            {
                if (m.Value is MarkKind.Negation or MarkKind.NegationAfter or MarkKind.Contrast || m.Start <= from + 1)
                {
                    from = Math.Max(from, m.End);
                    continue;
                }

                if (m.Value != MarkKind.SelfAfter)
                {
                    break;
                }

                var (start, end) = (from, m.Start);
                while (start < end && SetOff(reply.Text[start]))
                {
                    start++;
                }

                while (end > start && SetOff(reply.Text[end - 1]))
                {
                    end--;
                }

                var words = reply.Text.Folded[start..end];
                var generic = words.Length == 0 || reply.Grammar.HoldsGenericUnspaced(words)
                    || words.Split(' ').All(w => reply.Grammar.GenericWords.Contains(w) || CommonWords.Known(w, reply.Language));
                if (!generic)
                {
                    yield return reply.Text.Original[start..end];
                    yield break;
                }

                break;
            }
        }
    }

    /// <summary>
    /// A run of Han, kana or Hangul that alone opens its sentence before a made-by form ("日立製作所が開発しました。",
    /// "카카오에서 만들었어요."), or that a space sets off before a greeting's form ("工商银行智能客服 工小智 为您服务。"): asked
    /// who it is, the answer's maker or name, which the reader cannot tell from other words.
    /// </summary>
    private static IEnumerable<string> UnspacedWordsBeforeOpeningForms(ReplyContext reply)
    {
        var text = reply.Text;
        foreach (var mark in reply.Marks.Where(m => m.Value is MarkKind.MadeByAfter or MarkKind.SelfAfterOpening && m.Start > 0))
        {
            var end = mark.Start;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            // Back over at most one run longer than any name, so that a long unpunctuated line stays linear.
            var start = end;
            while (start > 0 && end - start <= 12 && FoldedText.ScriptOf(text[start - 1]) is Script.Unspaced or Script.Hangul && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            var run = text.Folded[start..end];
            // The made-by verb ends the sentence ("…が開発しました。", "…에서 만들었어요."), not a relative clause before a noun
            // ("삼성이 개발한 갤럭시 시리즈는 …").
            var opens = mark.Value == MarkKind.MadeByAfter
                ? FirstWordOfSentence(reply, start) && EndsSentence(mark.End)
                : end < mark.Start && start > 1 && text[start - 1] == ' ' && FoldedText.ScriptOf(text[start - 2]) is Script.Unspaced or Script.Hangul;
            // A name the reader took there is a listed one the grammar places, or one no list holds, which it may not.
            if (opens && end - start is >= 2 and <= 12 && reply.NameOver(start, end) is not { Unlisted: false }
                && !reply.Grammar.HoldsGenericUnspaced(run) && !UnspacedNames.IsPhrase(reply, run))
            {
                yield return text.Original[start..end];
            }
        }

        bool EndsSentence(int from)
        {
            var at = from;
            while (at < text.Length && at - from <= 8 && char.IsLetter(text[at]) && FoldedText.ScriptOf(text[at]) is Script.Unspaced or Script.Hangul)
            {
                at++;
            }

            return at >= text.Length || !reply.Layout.SameSentence(at, from) || text[at] is '。' or '.' or '!' or '！' or '~' or '～' or '\n';
        }
    }

    /// <summary>
    /// The one who acts in a stage direction opening the reply: "*Rook tilts her head* Who am I? …", "*세아가 손을 흔든다*
    /// 안녕!", "＊さくらは首をかしげた＊". A character's reply names itself so.
    /// </summary>
    private static string? StageDirectionSubject(ReplyContext reply)
    {
        var text = reply.Text;
        var at = 0;
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        var close = at < text.Length && text[at] is '*' or '＊' ? text.Folded.IndexOfAny(['*', '＊'], at + 1) : -1;
        if (close < 0 || close - at > 120)
        {
            return null;
        }

        var start = at + 1;
        var end = start;
        if (FoldedText.ScriptOf(text[start]) == Script.Spaced)
        {
            end = HyphenatedWordEnd(text, start);
            var word = text.Folded[start..end];
            return end - start >= 2 && char.IsUpper(text.Original[start]) && !reply.IsEverydayWord(start, end) && !reply.Grammar.GenericWords.Contains(word)
                && reply.NameOver(start, end) is null ? text.Original[start..end] : null;
        }

        // Hangul or Japanese: the run before its subject particle ("세아가", "さくらは").
        while (end < close && end - start <= 6 && FoldedText.ScriptOf(text[end]) == FoldedText.ScriptOf(text[start]) && !SubjectParticle(end))
        {
            end++;
        }

        return end - start >= 1 && end < close && SubjectParticle(end) && reply.NameOver(start, end) is null ? text.Original[start..end] : null;

        // A Korean particle ends its word; a Japanese one runs on into the next.
        bool SubjectParticle(int i) => (text[i] is 'は' or 'が' && i > start) || (text[i] is '가' or '이' or '는' or '은' && i + 1 < text.Length && text[i + 1] == ' ');
    }

    private static bool SetOff(char c) => char.IsWhiteSpace(c) || char.IsPunctuation(c) || SpacedNames.IsComma(c);

    /// <summary>
    /// "My name" where the check read no name at all: "Sam non è un acronimo. È semplicemente il mio nome." The reply speaks
    /// of its name, so it gave one, or refuses to; a denial or a question in the clause ("my name doesn't matter", "what
    /// should my name be?") says it gave none. A name only echoed or denied is not one it gives ("Claude？那是哪国的名字！…
    /// 这名字多好听啊").
    /// </summary>
    private static List<string> NameSpokenOfWithoutOne(ReplyContext reply)
    {
        if (reply.Names.Any(o => o.Status is NameStatus.Claimed or NameStatus.Unexplained or NameStatus.Hedged))
        {
            return [];
        }

        var folded = reply.Text.Folded;
        foreach (var phrase in reply.Grammar.MyName)
        {
            for (var at = folded.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                var end = at + phrase.Length;
                var spaced = FoldedText.ScriptOf(phrase[0]) == Script.Spaced;
                if ((spaced && ((at > 0 && char.IsLetter(folded[at - 1])) || (end < folded.Length && char.IsLetter(folded[end])))) || reply.IsAsked(at))
                {
                    continue;
                }

                // "Vielleicht ist Aeris nicht mein Name": a hedge over a name the reply may give itself.
                if (reply.HedgedSentence(at) && UnknownCapitalisedWordOfClause(reply, at) is { } hedged)
                {
                    return [hedged];
                }

                if (UnplacedEvidence.Denied(reply, at, end) || reply.ClauseBefore(at).Concat(reply.ClauseAfter(at)).Any(m => m.Value is MarkKind.Negation or MarkKind.NegationAfter or MarkKind.Hedge)
                    || SaysItHasNone(reply, at) || GenericFollows(reply, end))
                {
                    continue;
                }

                return [reply.Text.Original[at..end]];
            }
        }

        return [];
    }

    /// <summary>A capitalised word of the clause around a position that neither the reply's language nor English knows.</summary>
    private static string? UnknownCapitalisedWordOfClause(ReplyContext reply, int at)
    {
        var text = reply.Text;
        var clause = reply.Layout.Clause(at);
        var from = at;
        while (from > 0 && reply.Layout.Clause(from - 1) == clause)
        {
            from--;
        }

        for (var i = from; i < text.Length && reply.Layout.Clause(i) == clause; i++)
        {
            if (!char.IsUpper(text.Original[i]) || (i > 0 && char.IsLetter(text[i - 1])) || FoldedText.ScriptOf(text[i]) != Script.Spaced)
            {
                continue;
            }

            var end = HyphenatedWordEnd(text, i);
            if (end - i >= 3 && !CommonWords.Known(text.Folded[i..end], reply.Language) && !reply.Grammar.GenericWords.Contains(text.Folded[i..end]))
            {
                return text.Original[i..end];
            }

            i = end;
        }

        return null;
    }

    /// <summary>A generic word where the name would stand ("you can call me "Assistant""): the reply gives none.</summary>
    private static bool GenericFollows(ReplyContext reply, int end)
    {
        var text = reply.Text;
        var at = end;
        while (at < text.Length && text[at] is ' ' or '"' or '\'' or '“' or '«' or '*')
        {
            at++;
        }

        var wordEnd = SpacedNames.GenericWordEnd(text, at);
        return wordEnd > at && reply.Grammar.GenericWords.Contains(text.Folded[at..wordEnd]);
    }

    private static bool SaysItHasNone(ReplyContext reply, int at)
    {
        var folded = reply.Text.Folded;
        var clause = reply.Layout.Clause(at);
        int from = at, to = at;
        while (from > 0 && reply.Layout.Clause(from - 1) == clause)
        {
            from--;
        }

        while (to < folded.Length && reply.Layout.Clause(to) == clause)
        {
            to++;
        }

        var words = folded[from..to];
        // Whole words of spaced scripts ("no", not "now"); parts of words elsewhere, and "n't".
        var spaced = UnspacedNames.SpacedWords(words).ToHashSet(StringComparer.Ordinal);
        return reply.Grammar.NoName.Any(w => FoldedText.ScriptOf(w[0]) == Script.Spaced && w.All(char.IsLetter) ? spaced.Contains(w) : words.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>
    /// A template's placeholder where the speaker gives its name ("I'm [Your Name], your assistant", "我是[助手名称]"): a
    /// deployment that never filled it in, for a person to see.
    /// </summary>
    private static IEnumerable<string> PlaceholdersInSelfSlots(ReplyContext reply)
    {
        var text = reply.Text;
        // Not a program's string shown to the user ("print(f\"¡Hola! Soy {NOMBRE_BOT}\")"): the program fills it in.
        foreach (var mark in reply.Marks.Where(m => m.Value is MarkKind.Self or MarkKind.Naming && !reply.InShownCode(m.Start)))
        {
            var open = text.SkipSpaces(mark.End);
            var close = open < text.Length && text[open] is '[' or '{' or '<' or '［' ? text.Folded.IndexOfAny(ClosingBrackets, open) : -1;
            // Letters inside, perhaps braced twice ("{{name}}"), on one line.
            if (close > open + 1 && close - open <= MostPlaceholder && text.Folded.AsSpan(open + 1, close - open - 1) is var inside && !inside.Contains('\n')
                && inside.IndexOfAnyExcept(" {") is var first and >= 0 && char.IsLetter(inside[first]))
            {
                while (close + 1 < text.Length && text[close + 1] == text[close])
                {
                    close++;
                }

                yield return text.Original[open..(close + 1)];
            }
        }
    }

    /// <summary>The most characters of a placeholder, brackets and all.</summary>
    private const int MostPlaceholder = 40;

    private static readonly char[] ClosingBrackets = [']', '}', '>', '］'];

    /// <summary>
    /// A short bold span that holds a name-shaped word: "mis respuestas como **Le Chat**", "**Claude Opus 4.5 (Thinking)**".
    /// Replies set their own name in bold as often as a heading; everyday and generic words ("**Note:**") are neither.
    /// </summary>
    private static List<string> BoldNames(ReplyContext reply)
    {
        var original = reply.Text.Original;
        var found = new List<string>();
        for (var at = original.IndexOf("**", StringComparison.Ordinal); at >= 0 && at + 2 < original.Length; at = original.IndexOf("**", at + 2, StringComparison.Ordinal))
        {
            var end = original.IndexOf("**", at + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            var from = at + 2;
            if (end - from is > 0 and <= 40 && !original.AsSpan(from, end - from).Contains('\n'))
            {
                for (var i = from; i < end; i++)
                {
                    if (!char.IsUpper(original[i]) || (i > from && char.IsLetterOrDigit(original[i - 1])) || FoldedText.ScriptOf(reply.Text[i]) != Script.Spaced)
                    {
                        continue;
                    }

                    var wordEnd = i;
                    while (wordEnd < end && char.IsLetterOrDigit(original[wordEnd]))
                    {
                        wordEnd++;
                    }

                    var word = reply.Text.Folded[i..wordEnd];
                    if (wordEnd - i >= 3 && !reply.IsEverydayWord(i, wordEnd) && !reply.Grammar.GenericWords.Contains(word) && !reply.Grammar.AssistantWords.Contains(word)
                        && !reply.Names.Any(o => o.Start < wordEnd && i < o.End))
                    {
                        found.Add(original[from..end]);
                        break;
                    }

                    i = wordEnd;
                }
            }

            at = end;
        }

        return found;
    }

    /// <summary>
    /// Kanji alone between a Japanese self form and the copula that closes it, none a generic word: "私は吟遊詩人です"
    /// (I am a bard; Bard is a model). Kanji write names and nouns alike, so the reader places none; a person looks. So does
    /// a name in hiragana filling the slot alone ("私はさくらです", "拙者、もちでござる", "俺はあかり。").
    /// </summary>
    private static List<string> KanjiClosingSelfSlots(ReplyContext reply)
    {
        const int MostGloss = 30;
        var text = reply.Text;
        var found = new List<string>();
        foreach (var mark in reply.Marks.Where(m => m.Value == MarkKind.Self && (FoldedText.IsHiragana(reply.Text[m.End - 1]) || reply.Text[m.End - 1] is '、' or ',')))
        {
            // "私は「陽菜」です": corner brackets set a name off.
            var start = mark.End < text.Length && text[mark.End] is '「' or '『' ? mark.End + 1 : mark.End;
            var end = start;
            while (end < text.Length && end - start <= UnspacedNames.LongestUnspaced && FoldedText.ScriptOf(text[end]) == Script.Unspaced && !FoldedText.IsKana(text[end]))
            {
                end++;
            }

            // Hiragana: a short run before the copula, or as long as a name in corner brackets ("私は「まいこはん」どす").
            if (end == start)
            {
                var longest = start > mark.End ? UnspacedNames.LongestUnspaced : 4;
                while (end < text.Length && end - start < longest && FoldedText.IsHiragana(text[end]) && !ClosesSlot(end))
                {
                    end++;
                }
            }

            var run = text.Folded[start..end];
            var bracketed = start > mark.End && end < text.Length && text[end] is '」' or '』';
            // "私はりんな（rinna）です": a gloss in brackets may stand between the name and the copula.
            var closing = end < text.Length && text[end] is '（' or '(' && text.Original.IndexOfAny([')', '）'], end) is var close && close > end && close - end <= MostGloss
                ? close + 1
                : end;
            if (end - start >= 2 && (bracketed || (closing < text.Length && (text[closing] is '。' or '！' or '!' or '\n' || ClosesSlot(closing))))
                && !reply.Grammar.HoldsGenericUnspaced(run) && !UnspacedNames.IsPhrase(reply, run)
                && reply.NameOver(start, end) is null)
            {
                found.Add(text.Original[start..end]);
            }
        }

        return found;

        // The copula or "called" right after the slot: "…です", "…っていうねん".
        bool ClosesSlot(int at) => reply.MarkFrom(at) is { Value: MarkKind.SelfAfter or MarkKind.NamingAfter } after && after.Start == at;
    }

    /// <summary>
    /// A model id in the clause of a made-by form: "Αυτή η απάντηση δημιουργήθηκε από το |jamba-1.5-large|", "|amazon.nova-pro-v1|
    /// tarafından oluşturuldu". A relay's notice names the model that answered in lower case, which no name reader takes.
    /// </summary>
    private static List<string> ModelIdsBesideMadeBy(ReplyContext reply)
    {
        var text = reply.Text;
        var found = new List<string>();
        // Each clause once, however many made-by forms it holds.
        var read = new HashSet<int>();
        foreach (var made in reply.Marks.Where(m => m.Value is MarkKind.MadeBy or MarkKind.MadeByAfter))
        {
            if (!read.Add(reply.Layout.ClauseEnd(made.Start)))
            {
                continue;
            }

            var from = made.Start;
            while (from > 0 && reply.Layout.SameClause(from - 1, made.Start))
            {
                from--;
            }

            for (var i = from; i <= reply.Layout.ClauseEnd(made.Start) && i < text.Length; i++)
            {
                if (!char.IsAsciiLetterLower(text.Original[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
                {
                    continue;
                }

                var end = i;
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text.Original[end]) || (text[end] is '-' or '.' or '_' && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text.Original[end + 1]))))
                {
                    end++;
                }

                var id = text.Original.AsSpan(i, end - i);
                // A listed family's id ("gpt-4o-mini") is read as that family; an unlisted one read as a maker of no one is still a cue.
                if (id.IndexOfAnyInRange('0', '9') >= 0 && id.IndexOfAny("-.") > 0 && !reply.NamesBetween(i - 64, i + 1).Any(o => o.Start <= i && i < o.End && !o.Unlisted))
                {
                    found.Add(id.ToString());
                }

                i = end;
            }
        }

        return found;
    }

    /// <summary>
    /// Where the speaker says it comes from, in Han: "我来自|深言科技|，是一个AI助手". It may be its maker or a place ("我来自北京"),
    /// so it is a cue, not a maker.
    /// </summary>
    private static List<string> SpeakersSource(ReplyContext reply)
    {
        var text = reply.Text;
        var found = new List<string>();
        foreach (var from in reply.Marks.Where(m => m.Value == MarkKind.MakerBefore && FoldedText.ScriptOf(reply.Text[m.Start]) == Script.Unspaced))
        {
            var speaker = reply.MarkBefore(from.Start);
            var end = from.End;
            while (end < text.Length && end - from.End <= UnspacedNames.LongestUnspaced && FoldedText.ScriptOf(text[end]) == Script.Unspaced)
            {
                end++;
            }

            var run = text.Folded[from.End..end];
            if (speaker.End == from.Start && speaker.Value is MarkKind.FirstPerson or MarkKind.Self && end - from.End >= 2 && (end == text.Length || !char.IsLetterOrDigit(text[end]))
                && !UnspacedNames.IsPhrase(reply, run) && !reply.NamesBetween(from.End - 64, end).Any(o => o.Start < end && from.End < o.End))
            {
                found.Add(text.Original[from.End..end]);
            }
        }

        return found;
    }

    /// <summary>
    /// A word shaped like a name that opens a sentence describing an assistant: "Zorblax is a friendly AI assistant",
    /// "invokeSA는 전문적인 AI 어시스턴트로 …". Asked who it is, a reply may introduce itself in the third person.
    /// </summary>
    private static List<string> NamesDescribedAsAssistants(ReplyContext reply)
    {
        var text = reply.Text;
        var grammar = reply.Grammar;
        var found = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i]) || FoldedText.ScriptOf(text[i]) != Script.Spaced || SpacedNames.IsCaseless(text[i]) || !(FirstWordOfSentence(reply, i) || AfterOpeningArticle(reply, i)))
            {
                continue;
            }

            var end = HyphenatedWordEnd(text, i);

            var word = text.Folded[i..end];
            var original = text.Original[i..end];
            var shaped = original.Skip(1).Any(char.IsUpper) || original.Any(char.IsDigit);
            var capitalised = char.IsUpper(original[0]) && !reply.IsEverydayWord(i, end);
            if (end - i >= 2 && (shaped || capitalised) && !grammar.GenericWords.Contains(word) && !grammar.Articles.Contains(word)
                && !grammar.AssistantWords.Contains(word) && reply.MarkFrom(i)?.Start != i && reply.NameOver(i, end) is null
                && (DescribesAnAssistant(reply, end) || (Apposition(text, end) is var comma and > 0 && DescribesAnAssistant(reply, comma + 1))
                    || CreditedToAMaker(reply, end) || (capitalised && OpensTheReplyAsSubject(reply, i, end))))
            {
                found.Add(original);
            }

            i = end;
        }

        return found;
    }

    /// <summary>
    /// A capitalised Latin word no word list knows, in the first two sentences of a reply in another script: "معك Zephyrine،
    /// جاهزة للمساعدة", "Zephyrine上線囉". Asked who it is, a reply opens with its name as often as with a greeting; a Latin
    /// word in another script stands out as a name does ("Python" and "Hello" are known words).
    /// </summary>
    private static List<string> LatinWordsOpeningAReplyInAnotherScript(ReplyContext reply)
    {
        var text = reply.Text;
        var found = new List<string>();
        var first = reply.Layout.FirstContent;
        for (var i = Math.Max(first, 0); first >= 0 && i < text.Length && reply.Layout.Sentence(i) <= reply.Layout.Sentence(first) + 1; i++)
        {
            if (!char.IsUpper(text.Original[i]) || !char.IsAscii(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1]) && char.IsAscii(text[i - 1])))
            {
                continue;
            }

            var end = HyphenatedWordEnd(text, i);
            var word = text.Folded[i..end];
            if (end - i >= 3 && text.Original[(i + 1)..end].Any(char.IsLower) && reply.NameOver(i, end) is not { Unlisted: false }
                && !reply.Grammar.GenericWords.Contains(word) && !reply.Grammar.AssistantWords.Contains(word)
                && !word.Split('-').All(part => CommonWords.Known(part, null)) && OtherScriptAround(reply, i))
            {
                found.Add(text.Original[i..end]);
            }

            i = end;
        }

        return found;
    }

    /// <summary>
    /// A first line of one to four words over the rest of the reply, with no grammar word and no stop, that holds a word no
    /// list knows ("Nova-7B-Chat\n\nHello!", "Orion 2 Pro · 1.2s", "दिशा\n\nनमस्ते!"): the name a chat window shows above
    /// the answer, pasted with it; a person decides.
    /// </summary>
    private static IEnumerable<string> NameLineAbove(ReplyContext reply)
    {
        var text = reply.Text;
        var start = reply.Layout.FirstContent;
        var lineEnd = start < 0 ? -1 : text.Folded.IndexOf('\n', start);
        if (lineEnd < 0 || text.Folded.AsSpan(lineEnd).Trim().IsEmpty || reply.MarkFrom(start) is { } mark && mark.Start < lineEnd)
        {
            yield break;
        }

        var line = text.Original[start..lineEnd].TrimEnd();
        if (line.Split([' ', '·'], StringSplitOptions.RemoveEmptyEntries).Length is 0 or > 4 || line.Length == 0 || line[^1] is '.' or '!' or '?' or ':' or ',' or '。' or '！' or '？' or '：')
        {
            yield break;
        }

        for (var at = start; at < lineEnd; at++)
        {
            if (!char.IsLetter(text[at]) || (at > start && char.IsLetterOrDigit(text[at - 1])))
            {
                continue;
            }

            var end = at;
            while (end < lineEnd && (char.IsLetterOrDigit(text[end]) || text[end] == '-' || SpacedNames.IsWordLetter(text[end])))
            {
                end++;
            }

            var cased = char.IsUpper(text.Original[at]) || SpacedNames.IsCaseless(text[at]);
            if (cased && FoldedText.ScriptOf(text[at]) == Script.Spaced && !reply.IsEverydayWord(at, end) && !UnlistedNames.Known(reply, at)
                && !reply.Grammar.GenericWords.Contains(text.Folded[at..end]))
            {
                yield return line;
                yield break;
            }

            at = end - 1;
        }
    }

    /// <summary>
    /// A short question that opens the reply and asks about the user's partner by name ("Are you Nova? Yes, I am.", "¿Eres
    /// Lucía? Sí, soy yo.", "你是小星吗？是的。"): the answer after it may take the name on, so a person decides.
    /// </summary>
    private static IEnumerable<string> NameInARestatedQuestion(ReplyContext reply)
    {
        var text = reply.Text;
        var first = reply.Layout.FirstContent;
        if (first < 0 || !reply.IsAsked(first) || !ShortClause(reply, reply.Layout.ClauseEnd(first)))
        {
            yield break;
        }

        var end = reply.Layout.ClauseEnd(first);
        var you = reply.InClause(first).FirstOrDefault(m => m.Value == MarkKind.OtherSubject);
        var from = you.End > 0 ? you.End : first;
        // In Han, kana or Hangul, the run after "you are" to its question particle ("你是|小星|吗").
        if (you.End > 0 && from < text.Length && FoldedText.ScriptOf(text[from]) is Script.Unspaced or Script.Hangul)
        {
            var runEnd = from;
            while (runEnd < end && char.IsLetter(text[runEnd]) && FoldedText.ScriptOf(text[runEnd]) == FoldedText.ScriptOf(text[from]))
            {
                runEnd++;
            }

            runEnd -= runEnd - from >= 3 ? 1 : 0;
            if (runEnd - from is >= 2 and <= 6 && !UnspacedNames.IsPhrase(reply, text.Folded[from..runEnd]) && !UnlistedNames.Known(reply, from))
            {
                yield return text.Original[from..runEnd];
            }

            yield break;
        }

        // Elsewhere a capitalised word no list knows, not the one that opens the question.
        for (var at = from + 1; at < end && at < text.Length; at++)
        {
            if (!char.IsUpper(text.Original[at]) || char.IsLetter(text[at - 1]))
            {
                continue;
            }

            var wordEnd = at;
            while (wordEnd < end && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (!reply.IsEverydayWord(at, wordEnd) && !UnlistedNames.Known(reply, at))
            {
                yield return text.Original[at..wordEnd];
                yield break;
            }
        }
    }

    /// <summary>
    /// The answer to a question the reply asks about itself: "Wer ich bin? Pixel, dein Lernbegleiter.", "¿Quién soy? Pues
    /// Tito, …", "我的名字？阿布。" The first clause after it answers the question, so a word there that no word list knows
    /// (a capitalised one need not be: "Pixel" is a German noun too) may be the name, in any script.
    /// </summary>
    private static List<string> AnswersToItsOwnQuestion(ReplyContext reply, Func<PhraseHit<MarkKind>, bool> speaks)
    {
        var text = reply.Text;
        var found = new List<string>();
        foreach (var question in reply.Marks.Where(m => speaks(m) && reply.IsAsked(m.Start)).Select(m => reply.Layout.ClauseEnd(m.Start)).Distinct())
        {
            // The question is short ("Wer ich bin?", "Mein Name?", "저요?"): a longer one asks the user something.
            if (!ShortClause(reply, question))
            {
                continue;
            }

            var start = question + 1;
            while (start < text.Length && !char.IsLetterOrDigit(text[start]))
            {
                start++;
            }

            if (start >= text.Length)
            {
                continue;
            }

            var clauseEnd = reply.Layout.ClauseEnd(start);
            for (var i = start; i <= clauseEnd && i < text.Length; i++)
            {
                if (!char.IsLetterOrDigit(text[i]) || (i > start && char.IsLetterOrDigit(text[i - 1]) && FoldedText.ScriptOf(text[i - 1]) == FoldedText.ScriptOf(text[i])))
                {
                    continue;
                }

                var script = FoldedText.ScriptOf(text[i]);
                var end = script == Script.Spaced ? HyphenatedWordEnd(text, i) : RunEnd(text, i, script);
                var word = text.Folded[i..end];
                var unknown = script == Script.Spaced
                    ? word.Length >= 3 && !word.Split('-').All(part => part.Length < 3 || part.All(char.IsDigit) || CommonWords.Known(part, reply.Language))
                    : end - i <= 4 && end - i >= 2 && (end >= text.Length || !char.IsLetter(text[end]) || end == clauseEnd);
                if (unknown && reply.NameOver(i, end) is null && !reply.Grammar.GenericWords.Contains(word) && !reply.Grammar.Articles.Contains(word)
                    && !reply.Grammar.HoldsGenericUnspaced(word))
                {
                    found.Add(text.Original[i..end]);
                }

                i = end;
            }
        }

        return found;
    }

    /// <summary>Whether the clause ending here holds at most four words, or six letters of an unspaced script.</summary>
    private static bool ShortClause(ReplyContext reply, int clauseEnd)
    {
        var text = reply.Text;
        int words = 0, unspaced = 0;
        for (var i = clauseEnd; i >= 0 && reply.Layout.Clause(i) == reply.Layout.Clause(clauseEnd); i--)
        {
            if (char.IsLetter(text[i]) && FoldedText.ScriptOf(text[i]) != Script.Spaced)
            {
                unspaced++;
            }
            else if (char.IsLetterOrDigit(text[i]) && (i == 0 || !SpacedNames.IsWordLetter(text[i - 1])))
            {
                words++;
            }
        }

        return words <= 4 && unspaced <= 6;
    }

    /// <summary>Where a run of one unspaced script (Han, kana, Hangul) ends.</summary>
    private static int RunEnd(FoldedText text, int start, Script script)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]) && FoldedText.ScriptOf(text[end]) == script)
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// A version with no family name, in a sentence where the speaker speaks of itself: "I'm 4o.", "Я R1.", "我是V3。",
    /// "저는 4o 모델입니다", "I'm 2.5 Pro." Models go by their versions alone; a size or an age ("a 7B model", "30s") is none.
    /// </summary>
    private static List<string> VersionsAboutSpeaker(ReplyContext reply, Func<PhraseHit<MarkKind>, bool> speaks)
    {
        var text = reply.Text;
        var found = new List<string>();
        var aboutSpeaker = reply.Marks.Where(speaks).Select(m => reply.Layout.Sentence(m.Start)).ToHashSet();
        for (var i = 0; i < text.Length && aboutSpeaker.Count > 0; i++)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]) || (i > 0 && char.IsAsciiLetterOrDigit(text[i - 1])) || !aboutSpeaker.Contains(reply.Layout.Sentence(i)))
            {
                continue;
            }

            var version = reply.Grammar.VersionTail.Match(text.Folded, i);
            var end = version.Success ? i + version.Length : i;
            var value = text.Folded[i..end].TrimEnd(VersionEnds);
            if (value.Any(char.IsAsciiDigit) && value.Any(char.IsAsciiLetterLower) && !IsMeasure(value) && (end >= text.Length || !char.IsAsciiLetterOrDigit(text[end]))
                && reply.NameOver(i, end) is not { Unlisted: false })
            {
                found.Add(text.Original.Substring(i, value.Length));
            }

            i = Math.Max(i, end);
        }

        return found;
    }

    /// <summary>A number with a unit, not a version: a size ("7b", "1.8b"), a time or an age ("24h", "30s"); "4o" is a version.</summary>
    private static bool IsMeasure(string value)
    {
        var digits = value.TakeWhile(c => char.IsAsciiDigit(c) || c == '.').Count();
        var unit = value[digits..];
        return digits > 0 && unit.Length is 1 or 2 && unit.All(char.IsAsciiLetterLower) && unit != "o";
    }

    /// <summary>Whether the sentence around a Latin word holds letters of another script (Arabic, Han, Devanagari …).</summary>
    private static bool OtherScriptAround(ReplyContext reply, int at)
    {
        for (var j = Math.Max(0, at - ReplyContext.Reach); j < Math.Min(reply.Text.Length, at + ReplyContext.Reach); j++)
        {
            if (char.IsLetter(reply.Text[j]) && !char.IsAscii(reply.Text[j]) && !FoldedText.SameAlphabet(reply.Text[j], 'a') && reply.Layout.SameSentence(j, at))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the comma after a name alone in its clause is ("Zorblax, your AI assistant, …"), else -1.</summary>
    private static int Apposition(FoldedText text, int end)
    {
        var at = end;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at < text.Length && SpacedNames.IsComma(text[at]) ? at : -1;
    }

    /// <summary>
    /// A capitalised word no list knows that opens the whole reply as the subject of a verb in the third person
    /// (<c>third-person-verbs</c>): "Nova is on it!", "Bramble loves a good riddle!". Asked who it is, a reply may speak
    /// of itself so.
    /// </summary>
    private static bool OpensTheReplyAsSubject(ReplyContext reply, int start, int end)
    {
        var text = reply.Text;
        for (var j = 0; j < start; j++)
        {
            if (char.IsLetterOrDigit(text[j]))
            {
                return false;
            }
        }

        var verb = end + 1;
        while (verb < text.Length && char.IsLetter(text[verb]))
        {
            verb++;
        }

        return end + 1 < text.Length && text[end] == ' ' && reply.Grammar.ThirdPersonVerbs.Contains(text.Folded[(end + 1)..verb]);
    }

    /// <summary>
    /// Whether a made-by form follows, after a comma or at most two short words: "Zuzu, created by Cato Systems.", "Lumi was
    /// built by Nebula Forge", "Kiro7, entwickelt von Hoshino Soft." A short answer names the speaker and its maker so.
    /// </summary>
    private static bool CreditedToAMaker(ReplyContext reply, int end)
    {
        var text = reply.Text;
        var at = end;
        for (var words = 0; at < text.Length; )
        {
            while (at < text.Length && (text[at] == ' ' || SpacedNames.IsComma(text[at])))
            {
                at++;
            }

            if (reply.MarkFrom(at) is { Value: MarkKind.MadeBy } made && made.Start == at)
            {
                return true;
            }

            var word = at;
            while (word < text.Length && char.IsLower(text.Original[word]))
            {
                word++;
            }

            if (word == at || word - at > 5 || ++words > 2)
            {
                return false;
            }

            at = word;
        }

        return false;
    }

    /// <summary>Whether the clause goes on to an assistant word, within reach; or to a word for a model (maker-nouns), if asked.</summary>
    internal static bool DescribesAnAssistant(ReplyContext reply, int from, bool orModel = false)
    {
        var text = reply.Text;
        var clause = reply.Layout.Clause(Math.Min(from, text.Length));
        for (var i = from; i < text.Length && i - from < ReplyContext.Reach && reply.Layout.Clause(i) == clause; i++)
        {
            // A vowel sign is inside its word ("सहायक"): the word goes on past it.
            if (!char.IsLetter(text[i]) || (i > 0 && SpacedNames.IsWordLetter(text[i - 1]) && FoldedText.ScriptOf(text[i]) == Script.Spaced))
            {
                continue;
            }

            if (FoldedText.ScriptOf(text[i]) is Script.Unspaced or Script.Hangul)
            {
                if (reply.Grammar.AssistantUnspaced.Any(w => text.Folded.AsSpan(i).StartsWith(w, StringComparison.Ordinal)))
                {
                    return true;
                }

                continue;
            }

            var end = i;
            while (end < text.Length && ((char.IsLetterOrDigit(text[end]) || text[end] == '-') && FoldedText.ScriptOf(text[end]) == Script.Spaced
                || (!char.IsLetterOrDigit(text[end]) && SpacedNames.IsWordLetter(text[end]))))
            {
                end++;
            }

            if (reply.Grammar.AssistantWords.Contains(text.Folded[i..end]) || (orModel && reply.Grammar.MakerNouns.Contains(text.Folded[i..end])))
            {
                return true;
            }

            i = end;
        }

        return false;
    }

    /// <summary>Whether the line that starts here is a Markdown heading.</summary>
    internal static bool HeadingAt(FoldedText text, int line)
    {
        while (line < text.Length && text[line] == ' ')
        {
            line++;
        }

        return line < text.Length && text[line] == '#';
    }

    /// <summary>"A Zephyrine é uma assistente": Portuguese puts an article before a name.</summary>
    private static bool AfterOpeningArticle(ReplyContext reply, int at) =>
        WordBefore(reply.Text, at) is { } article && reply.Grammar.Articles.Contains(reply.Text.Folded[article.From..article.To])
        && FirstWordOfSentence(reply, article.From);

    /// <summary>The word right before a position, across one space.</summary>
    private static (int From, int To)? WordBefore(FoldedText text, int at)
    {
        var to = at - 1;
        if (to <= 0 || text[to] != ' ' || !char.IsLetter(text[to - 1]))
        {
            return null;
        }

        var from = to;
        while (from > 0 && char.IsLetter(text[from - 1]))
        {
            from--;
        }

        return (from, to);
    }

    private static bool FirstWordOfSentence(ReplyContext reply, int at)
    {
        for (var j = at - 1; j >= 0 && reply.Layout.SameSentence(j, at); j--)
        {
            if (char.IsLetterOrDigit(reply.Text[j]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool LastWordOfSentence(ReplyContext reply, int end)
    {
        for (var j = end; j < reply.Text.Length && reply.Layout.SameSentence(j, end - 1); j++)
        {
            if (char.IsLetterOrDigit(reply.Text[j]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where a word of a spaced script ends, hyphens inside it included ("wobbly-valid-odd-hertz").</summary>
    private static int HyphenatedWordEnd(FoldedText text, int start)
    {
        var end = start;
        while (end < text.Length && (((char.IsDigit(text[end]) || SpacedNames.IsWordLetter(text[end])) && FoldedText.ScriptOf(text[end]) == Script.Spaced)
            || (text[end] == '-' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))))
        {
            end++;
        }

        return end;
    }
}
