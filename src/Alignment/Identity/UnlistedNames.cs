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
    /// <summary>Where a name stands; <paramref name="Unplaced"/> when the slot names something the check cannot place ("オープンアイル言語モデル").</summary>
    private readonly record struct Span(int Start, int End, bool Unplaced = false)
    {
        public static implicit operator Span((int Start, int End) span) => new(span.Start, span.End);
    }

    /// <summary>The most characters an unspaced name (Han, kana) or a Korean one may have; a longer run is a phrase, not a name.</summary>
    private const int LongestUnspaced = 12;

    /// <summary>The most letters read back from a form after a name: a slot a little longer than a name may still be placed or not.</summary>
    private const int LongestRun = 20;

    /// <summary>The most words a spaced name may have ("Open Assistant", "VNPT Bot", "B Gardener").</summary>
    private const int MostWords = 4;

    public static List<NameOccurrence> Find(ReplyContext reply)
    {
        var found = new List<NameOccurrence>();
        foreach (var mark in reply.Marks)
        {
            Span? span = mark.Value switch
            {
                MarkKind.Self or MarkKind.Naming or MarkKind.MadeBy => After(reply, mark),
                // "my creator is Lumen Labs", and "Lumen Labs created me", "Lumen Labs tarafından geliştirildim".
                MarkKind.MakerOfMe => After(reply, mark) ?? Before(reply, mark),
                // "I might be Nova", "je suis peut-être Nova", "我可能是星河": a hedged slot, read so that the hedge is seen.
                MarkKind.Hedge when SpeakerRightBefore(reply, mark) => After(reply, mark),
                MarkKind.SelfAfter or MarkKind.NamingAfter or MarkKind.SelfAfterOpening or MarkKind.MadeByAfter or MarkKind.HedgeFinal => Before(reply, mark),
                _ => null,
            };
            if (span is not { } s || found.TakeLast(2).Any(o => o.Start < s.End && s.Start < o.End))
            {
                continue;
            }

            var written = reply.Text.Original[s.Start..s.End].Trim();
            var maker = mark.Value is MarkKind.MadeBy or MarkKind.MadeByAfter or MarkKind.MakerOfMe || EndsAtMadeBy(reply, s.End);
            var id = IdentityCatalog.OtherPrefix + written;
            found.Add(new NameOccurrence(s.Start, s.End, maker ? null : id, maker ? id : null, claimOnly: false) { Unplaced = s.Unplaced });
        }

        return found;
    }

    /// <summary>A hedge right after the speaker's own word ("I might be", "je suis peut-être"): it stands where a claim form would.</summary>
    private static bool SpeakerRightBefore(ReplyContext reply, PhraseHit<MarkKind> hedge)
    {
        var previous = reply.MarkBefore(hedge.Start);
        return previous != default && previous.Value is MarkKind.Self or MarkKind.FirstPerson && hedge.Start - previous.End <= 2
            && reply.Layout.SameClause(previous.Start, hedge.Start);
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

    /// <summary>The name that follows a claim form: "I am |Zephyrine|, …", "我叫|小黄|，", "developed by |Sinovel|".</summary>
    private static Span? After(ReplyContext reply, PhraseHit<MarkKind> mark)
    {
        var text = reply.Text;
        var start = SkipOpening(text, mark.End);
        if (start >= text.Length || !char.IsLetterOrDigit(text[start]))
        {
            return null;
        }

        if (Known(reply, start))
        {
            // "我是魔搭的人工智能助手小黄": a listed maker's product, named after the maker.
            var known = reply.NameFrom(start);
            return known is { Family: null } && known.End < text.Length && reply.Grammar.NameEnds.Contains(text[known.End])
                ? UnspacedName(reply, known.End + 1, maker: false)
                : null;
        }

        if (FoldedText.ScriptOf(text[start]) == Script.Spaced && GenericOpensHanRun(reply, start))
        {
            // "我是AI助手小黄": a generic Latin word written onto Han letters is part of their run.
            return UnspacedName(reply, start, maker: false, naming: mark.Value == MarkKind.Naming);
        }

        if (FoldedText.ScriptOf(text[start]) == Script.Spaced && IsCaseless(text[start]) && !FoldedText.HasNoWordBreaks(text[start]))
        {
            return mark.Value is MarkKind.Self or MarkKind.Naming ? CaselessName(reply, mark, start) : null;
        }

        if (FoldedText.ScriptOf(text[start]) == Script.Spaced)
        {
            // "developed by the Second State team", "меня разработала российская компания DeepPavlov": a maker slot may lead in
            // with a few small words; a self slot with an article or a possessive ("Sou a LIA", "I'm your Nova").
            var lead = mark.Value is MarkKind.MadeBy or MarkKind.MakerOfMe ? 3 : 1;
            start = mark.Value == MarkKind.Self ? NameAfterDescription(reply, start) : start;
            for (var words = 0; words < lead && !ProperWord(reply, start, firstWord: true, out _); words++)
            {
                var end = start;
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }

                var article = reply.Grammar.GenericWords.Contains(text.Folded[start..end]) && end - start <= 4;
                if (end == start || end >= text.Length || text[end] != ' ' || char.IsUpper(text.Original[start]) || (lead == 1 && !article))
                {
                    return null;
                }

                start = SkipOpening(text, end + 1);
            }

            if (start >= text.Length || Known(reply, start))
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
            Script.Spaced when TopicForm(reply, mark) => ClosedName(reply, SpacedName(reply, start)),
            Script.Spaced => SpacedName(reply, start),
            Script.Unspaced when !FoldedText.IsKana(text[start]) => UnspacedName(reply, start, maker: mark.Value == MarkKind.MadeBy && !reply.IsFormLabel(mark), naming: mark.Value == MarkKind.Naming),
            // A form's value runs to the line's end, so it needs no form after it: "名前：クロエ", "이름: 클로이".
            Script.Unspaced or Script.Hangul when reply.IsFormLabel(mark) => UnspacedName(reply, start, maker: false),
            Script.Unspaced or Script.Hangul when mark.Value == MarkKind.Self => Apposition(reply, start) ?? KatakanaSentence(reply, start),
            _ => null,
        };
    }

    /// <summary>A letter of an alphabet without capitals (Arabic, Hebrew, Devanagari), where a name cannot be told by its shape.</summary>
    private static bool IsCaseless(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherLetter;

    /// <summary>
    /// One word of a script without capitals that closes a self or naming slot: "اسمي |ليرا|.", "मैं |ओरिन| हूँ", "אני |אורין|, עוזר …".
    /// Its shape cannot tell a name from a word ("أنا |سعيد|." is "I am happy"), so it names the speaker only in a naming slot or
    /// in apposition to generic words; otherwise the slot is unplaced, and a person reviews it.
    /// </summary>
    private static Span? CaselessName(ReplyContext reply, PhraseHit<MarkKind> mark, int start)
    {
        var text = reply.Text;
        var end = start;
        while (end < text.Length && IsWordLetter(text[end]) && FoldedText.SameAlphabet(text[end], text[start]))
        {
            end++;
        }

        var word = text.Folded[start..end];
        if (end == start || reply.Grammar.GenericWords.Contains(word) || reply.Grammar.Articles.Contains(word))
        {
            return null;
        }

        var after = end;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        var form = reply.MarkFrom(after);
        var copula = form is { Value: MarkKind.SelfAfter } f && f.Start == after;
        var ends = after >= text.Length || text[after] is '.' or '!' or '?' or '؟' or '।' or '\n';
        if (!ends && !copula && !(after < text.Length && IsComma(text[after])))
        {
            return null;
        }

        // "मैं ओरिन हूँ, एक एआई सहायक": the apposition may follow the form.
        var comma = copula ? SkipOpening(text, form!.Value.End) : after;
        var naming = reply.IsFormLabel(mark) || reply.Grammar.NamingForms.Contains(text.Folded[mark.Start..mark.End].Trim());
        if (naming || (comma < text.Length && IsComma(text[comma]) && GenericWordAt(reply, SkipOpening(text, comma + 1))))
        {
            return new Span(start, end);
        }

        // A word before a comma is as often "أنا آسف،" (I'm sorry,) as a name; one that ends the sentence or the copula's slot is unplaced.
        return ends || copula ? new Span(start, end, Unplaced: true) : null;
    }

    /// <summary>A letter, or a mark or joiner inside a word (Devanagari vowel signs, Arabic vowels, the Persian half-space).</summary>
    private static bool IsWordLetter(char c) => char.IsLetter(c) || c == '\u200c'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsComma(char c) => c is ',' or '،' or '、' or '，';

    /// <summary>
    /// A kana or Hangul name set off by a comma before generic words and a self form: "私は|ノヴァ|、AIアシスタントです",
    /// "저는 |노바|, AI 어시스턴트입니다" (not "私はコーディング、翻訳、要約が得意です").
    /// </summary>
    private static Span? Apposition(ReplyContext reply, int start)
    {
        var text = reply.Text;
        var script = FoldedText.ScriptOf(text[start]);
        var end = start;
        while (end < text.Length && end - start <= LongestUnspaced && char.IsLetterOrDigit(text[end]) && FoldedText.ScriptOf(text[end]) == script)
        {
            end++;
        }

        if (end >= text.Length || text[end] is not ('、' or ',' or '，'))
        {
            return null;
        }

        var form = reply.MarkFrom(end);
        if (form is not { Value: MarkKind.SelfAfter } f || !reply.Layout.SameSentence(f.Start, start))
        {
            return null;
        }

        // Only generic words between the comma and the form.
        var at = end + 1;
        while (at < f.Start)
        {
            if (text[at] == ' ')
            {
                at++;
                continue;
            }

            var word = at;
            while (word < f.Start && text[word] != ' ' && FoldedText.ScriptOf(text[word]) == Script.Spaced)
            {
                word++;
            }

            if (word > at && reply.Grammar.GenericWords.Contains(text.Folded[at..word]))
            {
                at = word;
                continue;
            }

            var generic = reply.Grammar.GenericUnspaced.Where(g => text.Folded.AsSpan(at).StartsWith(g, StringComparison.Ordinal)).MaxBy(g => g.Length);
            if (generic is null)
            {
                return null;
            }

            at += generic.Length;
        }

        return NameIn(reply, start, end);
    }

    /// <summary>
    /// A katakana name that ends the sentence after a self form: "僕は|ソラ|。" (the plain-speech introduction without a copula).
    /// Hiragana would be grammar, and a katakana loanword that describes is generic ("私はアシスタント。").
    /// </summary>
    private static Span? KatakanaSentence(ReplyContext reply, int start)
    {
        var text = reply.Text;
        var end = start;
        while (end < text.Length && end - start <= LongestUnspaced && FoldedText.IsKatakana(text[end]))
        {
            end++;
        }

        return end > start && (end == text.Length || text[end] is '。' or '！' or '!' or '\n') ? NameIn(reply, start, end) : null;
    }

    /// <summary>A self or naming form in Han, kana or Hangul ("我是", "私は", "저는"); Thai, which spaces its phrases, reads like a spaced script.</summary>
    private static bool TopicForm(ReplyContext reply, PhraseHit<MarkKind> mark)
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
    private static Span? ClosedName(ReplyContext reply, (int, int)? span)
    {
        if (span is not { } s)
        {
            return null;
        }

        var text = reply.Text;
        var at = s.Item2;
        while (at < text.Length && text[at] is ' ' or '*' or '"' or '\'' or '」' or '』')
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

    /// <summary>
    /// Where a name in apposition to generic words begins ("I'm your assistant, |Kael|", "Soy tu asistente |Lucía|"), or the
    /// same offset when there is none: the generic words are followed, in their clause, by a capitalised word.
    /// </summary>
    private static int NameAfterDescription(ReplyContext reply, int start)
    {
        var text = reply.Text;
        var at = start;
        for (var words = 0; words < MostWords && at < text.Length; words++)
        {
            var end = at;
            while (end < text.Length && char.IsLetter(text[end]) && FoldedText.ScriptOf(text[end]) == Script.Spaced)
            {
                end++;
            }

            // Lower-case or generic words ("your friendly assistant", "dein persönlicher Assistent"), the last of them generic.
            // An article describes what follows it ("bereit für ein Interview"): only a generic noun stands before the name.
            var generic = end > at && reply.Grammar.GenericWords.Contains(text.Folded[at..end]) && !reply.Grammar.Articles.Contains(text.Folded[at..end]);
            if (end == at || (char.IsUpper(text.Original[at]) && !reply.Grammar.GenericWords.Contains(text.Folded[at..end])))
            {
                break;
            }

            at = end;
            at += at + 1 < text.Length && text[at] is ',' ? 1 : 0;
            if (at >= text.Length || text[at] != ' ')
            {
                return start;
            }

            at++;
            // The name ends there: "an Artificial Intelligence Language Model" is a description in title case.
            if (generic && ProperWord(reply, at, firstWord: false, out var nameEnd) && !Known(reply, at) && !GenericWordAt(reply, nameEnd + 1))
            {
                return at;
            }
        }

        return start;
    }

    private static bool GenericWordAt(ReplyContext reply, int start)
    {
        var text = reply.Text;
        var end = start;
        while (end < text.Length && IsWordLetter(text[end]) && FoldedText.ScriptOf(text[end]) == Script.Spaced)
        {
            end++;
        }

        return end > start && start > 0 && text[start - 1] == ' ' && reply.Grammar.GenericWords.Contains(text.Folded[start..end]);
    }

    private static bool GenericOpensHanRun(ReplyContext reply, int start)
    {
        var text = reply.Text;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]) && FoldedText.ScriptOf(text[end]) == Script.Spaced)
        {
            end++;
        }

        return end < text.Length && FoldedText.ScriptOf(text[end]) == Script.Unspaced && !FoldedText.IsKana(text[end])
            && reply.Grammar.GenericWords.Contains(text.Folded[start..end]);
    }

    private static int SkipOpening(FoldedText text, int start)
    {
        var from = start;
        while (start < text.Length && start - from < 4 && text[start] is ' ' or '*' or '"' or '\'' or '「' or '『' or ':' or '：' or '«')
        {
            start++;
        }

        return start;
    }

    /// <summary>The name before a form that follows it: "|クロエ|です", "|클로이|입니다", "|Upstage|에서 개발한".</summary>
    private static Span? Before(ReplyContext reply, PhraseHit<MarkKind> mark)
    {
        var text = reply.Text;
        var end = mark.Start;
        while (end > 0 && text[end - 1] is ' ' or '"' or '\'' or '」' or '』' or '*')
        {
            end--;
        }

        if (end == 0 || !char.IsLetterOrDigit(text[end - 1]))
        {
            return null;
        }

        // "良い質問です", "좋은 질문입니다", "저는 Claude이고 ChatGPT는 OpenAI의 제품입니다": a form after a name claims only where
        // the speaker is the subject ("私は…です", "저는 …입니다").
        // A sentence that is only a name and the form ("Novaです。", "Nova입니다.") has the speaker as its unsaid subject.
        if (mark.Value is MarkKind.SelfAfter or MarkKind.NamingAfter or MarkKind.HedgeFinal && !(reply.SentenceBefore(mark.Start).Any(m => m.Value is MarkKind.Self or MarkKind.FirstPerson) && reply.AboutSpeaker(end)))
        {
            return mark.Value is MarkKind.SelfAfter or MarkKind.NamingAfter && OnlyNameAndForm(reply, mark, end) is { } bare ? bare : null;
        }

        var script = FoldedText.ScriptOf(text[end - 1]);
        if (script == Script.Spaced && mark.Value == MarkKind.SelfAfterOpening)
        {
            // "Zephyr here!", "Zephyr at your service" introduce the speaker only when the name opens its clause.
            var words = WordsBack(reply, end);
            return words is { } w && reply.Layout.StartsClause(text, w.Item1) ? (Span)w : null;
        }

        if (script == Script.Spaced)
        {
            return WordsBack(reply, end) is { } back ? (Span)back : null;
        }

        // Back over the letters of one unspaced run, to a break, a grammar word or a listed name.
        var start = end;
        var previousMark = reply.MarkBefore(mark.Start);
        while (start > 0 && end - start < LongestRun && char.IsLetterOrDigit(text[start - 1]) && FoldedText.ScriptOf(text[start - 1]) != Script.Spaced
            && start > previousMark.End && !Known(reply, start - 1))
        {
            start--;
        }

        if (start == end || end - start >= LongestRun || (start > 0 && char.IsLetterOrDigit(text[start - 1]) && start > previousMark.End && script != Script.Hangul))
        {
            return null;
        }

        // Korean: after the speaker ("저는 AI 챗봇 어시스턴트 클로이입니다"), the word before the form; generic words do not name.
        return NameIn(reply, start, end);
    }

    /// <summary>The capitalised name of a sentence that holds nothing but it and the form after it, or null.</summary>
    private static Span? OnlyNameAndForm(ReplyContext reply, PhraseHit<MarkKind> mark, int end)
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

        // Only a capitalised name: a bare Hangul or kana phrase before a copula is as often a remark ("좋은 질문입니다"); before
        // a naming form it is a name ("ミライと申します", "하나라고 불러주세요").
        return FoldedText.ScriptOf(text[start]) == Script.Spaced && WordsBack(reply, end) is { } w && w.Item1 == start ? (Span)w
            : naming && FoldedText.ScriptOf(text[start]) != Script.Spaced ? NameIn(reply, start, end) ?? NameAfterDescription(reply, start, end)
            : NameAfterDescription(reply, start, end);
    }

    /// <summary>
    /// The name of a sentence that is a description of the speaker, a name-ending particle, the name and the form:
    /// "AIアシスタントの|ノヴァ|です。" (the Japanese self-introduction without a subject). The description must hold a generic word.
    /// </summary>
    private static Span? NameAfterDescription(ReplyContext reply, int start, int end)
    {
        var folded = reply.Text.Folded;
        var particle = folded.LastIndexOfAny([.. reply.Grammar.NameEnds], end - 1, end - start);
        if (particle <= start || particle + 2 > end || !IsDescription(reply.Grammar, folded[start..particle]))
        {
            return null;
        }

        var name = folded[(particle + 1)..end].Trim();
        return name.Length >= 2 && !name.Any(FoldedText.IsHiragana) && !reply.Grammar.PhraseWords.Any(w => name.Contains(w, StringComparison.Ordinal))
            && !reply.Grammar.GenericWords.Contains(name) && !reply.Grammar.GenericUnspaced.Any(g => name.Contains(g, StringComparison.Ordinal))
            ? new Span(end - name.Length, end)
            : null;
    }

    /// <summary>Whether words hold a generic one: a spaced word that is generic ("AI彼女"), or a generic word of an unspaced script.</summary>
    private static bool IsDescription(ClaimGrammar grammar, string words) =>
        grammar.GenericUnspaced.Any(g => words.Contains(g, StringComparison.Ordinal))
        || SpacedWords(words).Any(grammar.GenericWords.Contains);

    private static bool IsPhrase(ReplyContext reply, string run) => reply.Grammar.PhraseWords.Any(w => run.Contains(w, StringComparison.Ordinal));

    /// <summary>The letters after the last generic word of a phrase, when they are a name: no phrase word, two letters or more.</summary>
    private static Span? NameAfterLastGeneric(ReplyContext reply, int start, int end)
    {
        var folded = reply.Text.Folded;
        var from = -1;
        foreach (var generic in reply.Grammar.GenericUnspaced)
        {
            var at = folded.LastIndexOf(generic, end - 1, end - start, StringComparison.Ordinal);
            from = at >= 0 ? Math.Max(from, at + generic.Length) : from;
        }

        var tail = from < 0 ? "" : folded[from..end].Trim();
        return tail.Length >= 2 && tail.Length <= LongestUnspaced && !IsPhrase(reply, tail) && tail.All(char.IsLetterOrDigit)
            && !reply.Grammar.GenericUnspaced.Any(g => tail.Contains(g, StringComparison.Ordinal))
            ? new Span(end - tail.Length, end)
            : null;
    }

    /// <summary>"AI" of "AI助手": Latin words, all of them generic, and nothing else.</summary>
    private static bool OnlyGenericSpacedWords(ClaimGrammar grammar, string words) =>
        !words.Any(c => char.IsLetterOrDigit(c) && FoldedText.ScriptOf(c) != Script.Spaced) && SpacedWords(words).All(grammar.GenericWords.Contains);

    private static IEnumerable<string> SpacedWords(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var from = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]) && FoldedText.ScriptOf(text[i]) == Script.Spaced)
            {
                i++;
            }

            if (i > from)
            {
                yield return text[from..i];
            }
        }
    }

    /// <summary>Capitalised words, or words with a digit or an inner capital ("Zephyr", "HairChat", "VNPT Bot", "v2"); never generic ones.</summary>
    private static (int, int)? SpacedName(ReplyContext reply, int start)
    {
        var text = reply.Text;
        var end = start;
        var words = 0;
        var at = start;
        while (words < MostWords && at < text.Length && ProperWord(reply, at, firstWord: words == 0, out var wordEnd) && !(words > 0 && Known(reply, at)))
        {
            end = wordEnd;
            words++;
            // One space leads to the next word of the name.
            if (wordEnd + 1 < text.Length && text[wordEnd] == ' ' && char.IsLetterOrDigit(text[wordEnd + 1]))
            {
                at = wordEnd + 1;
                continue;
            }

            break;
        }

        // A name has two letters or more: "v10" and "F" are not names.
        return words == 0 || text.Folded[start..end].Count(char.IsLetter) < 2 ? null : (start, end);
    }

    /// <summary>A word of a name: starts a capital, or holds a digit or a capital after its first letter; the first is not a generic word.</summary>
    internal static bool ProperWord(ReplyContext reply, int start, bool firstWord, out int end)
    {
        var text = reply.Text;
        end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end])
            || (text[end] is '-' or '.' or '_' or '\'' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]) && end > start))
            && FoldedText.ScriptOf(text[end]) is Script.Spaced or Script.None && FoldedText.SameAlphabet(text[end], text[start]))
        {
            end++;
        }

        if (end == start)
        {
            return false;
        }

        // A suffix after an apostrophe is grammar, not name: "Nova'yım", "Nova'nın", "Nova's".
        var apostrophe = text.Folded.AsSpan(start, end - start).LastIndexOf('\'');
        if (apostrophe > 0 && end - start - apostrophe <= 6 && text.Original.AsSpan(start + apostrophe + 1, end - start - apostrophe - 1).IndexOfAnyInRange('A', 'Z') < 0)
        {
            end = start + apostrophe;
        }

        var original = text.Original.AsSpan(start, end - start);
        var proper = char.IsUpper(original[0]) || original[1..].IndexOfAnyInRange('A', 'Z') >= 0 || original.IndexOfAnyInRange('0', '9') >= 0;
        var word = text.Folded[start..end];
        var head = word.Split('-', '.', '\'')[0];
        return proper && (!firstWord || (!reply.Grammar.GenericWords.Contains(word) && !reply.Grammar.GenericWords.Contains(head)));
    }

    /// <summary>
    /// A short unspaced name that runs to a break or a grammar word: "我叫|小黄|，", "私は|クロエ|です", "由|某某科技|开发".
    /// With <paramref name="maker"/>, it must run to a verb of making ("由…开发"); a form's value ("开发者：某某科技") runs to the line's end.
    /// </summary>
    private static Span? UnspacedName(ReplyContext reply, int start, bool maker, bool naming = false)
    {
        var text = reply.Text;
        var nextMark = reply.MarkFrom(start) is { } m && m.Start - start <= LongestUnspaced + 1 ? m : default;
        // "我是你们的助手小爱": after a pronoun, "的助手" is a possessive, not a maker's product.
        if (nextMark is { Value: MarkKind.MakerAfter } possessive && OnlyPhraseWords(reply, start, possessive.Start))
        {
            nextMark = reply.MarkFrom(possessive.End) is { } after && after.Start - start <= LongestUnspaced + 1 ? after : default;
        }

        var end = start;
        // "名叫|小明|的机器人": after a naming form, a relative clause ends the name at its particle.
        while (end < text.Length && end - start <= LongestUnspaced && (nextMark == default || end < nextMark.Start) && !(naming && end > start && reply.Grammar.NameEnds.Contains(text[end]))
            && (char.IsLetterOrDigit(text[end]) || text[end] is '·' || (text[end] == ' ' && FoldedText.ScriptOf(text[start]) == Script.Hangul))
            && !(end > start && Known(reply, end)))
        {
            end++;
        }

        end = TrimEnd(text, start, end);
        if (end - start > LongestUnspaced || end == start)
        {
            return null;
        }

        // "我是京东客服机器人“京小智”": a quoted name after a description of the speaker is its name.
        if (QuotedAfter(reply, end) is { } quoted && IsDescription(reply.Grammar, text.Folded[start..end]))
        {
            return NameIn(reply, quoted.Start, quoted.End) ?? quoted;
        }

        // The name must end where the claim does: at a break, at the end, or at a form that follows names ("です", "开发").
        var stop = end < text.Length ? text[end] : '。';
        var closed = !char.IsLetterOrDigit(stop) || (naming && reply.Grammar.NameEnds.Contains(stop))
            || (nextMark != default && nextMark.Start == end && nextMark.Value is MarkKind.SelfAfter or MarkKind.NamingAfter or MarkKind.MakerAfter or MarkKind.MadeByAfter
                or MarkKind.Continuation or MarkKind.Conjunction);
        if (maker && !(nextMark != default && nextMark.Start == end && nextMark.Value is MarkKind.MakerAfter or MarkKind.MadeByAfter))
        {
            return null;
        }

        return closed ? NameIn(reply, start, end) : null;
    }

    /// <summary>The letters inside quotation marks that open right here ("“京小智”", "「ハル」"), when short enough to be a name.</summary>
    private static Span? QuotedAfter(ReplyContext reply, int at)
    {
        var text = reply.Text;
        if (at >= text.Length || text[at] is not ('“' or '「' or '『' or '"' or '《'))
        {
            return null;
        }

        var end = at + 1;
        while (end < text.Length && end - at <= LongestUnspaced && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return end > at + 1 && end < text.Length && text[end] is '”' or '」' or '』' or '"' or '》' ? new Span(at + 1, end) : null;
    }

    /// <summary>Whether the letters between two offsets are phrase words and nothing else ("你们", "您").</summary>
    private static bool OnlyPhraseWords(ReplyContext reply, int start, int end)
    {
        var folded = reply.Text.Folded;
        if (start >= end)
        {
            return false;
        }

        while (start < end)
        {
            var word = reply.Grammar.PhraseWords.Where(w => folded.AsSpan(start, end - start).StartsWith(w, StringComparison.Ordinal)).MaxBy(w => w.Length);
            if (word is null)
            {
                return false;
            }

            start += word.Length;
        }

        return true;
    }

    private static int TrimEnd(FoldedText text, int start, int end)
    {
        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// The name in an unspaced run: what follows its last generic word ("人工智能助手|小黄|", "AI 챗봇 어시스턴트 |클로이|"),
    /// two letters or more, with no generic word or particle in it; null when the run is only generic ("一名专业的开发人员").
    /// </summary>
    private static Span? NameIn(ReplyContext reply, int start, int end)
    {
        var folded = reply.Text.Folded;
        var run = folded[start..end];
        // Names are not written in hiragana, which carries Japanese grammar; a run with a phrase word ("一个", "的") is a phrase,
        // unless a name follows its last generic word ("你的专属助手|小星|").
        if (run.Any(FoldedText.IsHiragana) || IsPhrase(reply, run))
        {
            return run.Any(FoldedText.IsHiragana) ? null : NameAfterLastGeneric(reply, start, end);
        }

        // Kanji alone in a Japanese sentence are words ("特定", "確か"); Japanese names here are katakana or Latin.
        if (!run.Any(FoldedText.IsKatakana) && SentenceHasKana(reply, start))
        {
            return null;
        }

        int from = start, first = end;
        foreach (var generic in reply.Grammar.GenericUnspaced)
        {
            var at = folded.LastIndexOf(generic, end - 1, end - start, StringComparison.Ordinal);
            if (at >= 0)
            {
                from = Math.Max(from, at + generic.Length);
                first = Math.Min(first, folded.IndexOf(generic, start, end - start, StringComparison.Ordinal));
            }
        }

        // "星河助手", "オープンアイル言語モデル": a word before the generic ones that is not generic itself names the assistant,
        // generic words and all.
        if (from == end && first > start && folded[start..first].Trim().Length >= 2 && !OnlyGenericSpacedWords(reply.Grammar, folded[start..first]))
        {
            return end - start <= LongestUnspaced ? new Span(start, end) : new Span(start, end, Unplaced: true);
        }

        while (from < end && !char.IsLetterOrDigit(folded[from]))
        {
            from++;
        }

        var name = folded[from..end];
        if (name.Length > LongestUnspaced)
        {
            return null;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return name.Length >= 2 && words.Length <= 2 && !words.Any(reply.Grammar.GenericWords.Contains) ? new Span(from, end) : null;
    }

    internal static bool SentenceHasKana(ReplyContext reply, int position)
    {
        for (var i = Math.Max(0, position - ReplyContext.Reach); i < Math.Min(reply.Text.Length, position + ReplyContext.Reach); i++)
        {
            if (FoldedText.IsKana(reply.Text[i]) && reply.Layout.SameSentence(i, position))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Spaced words back from an offset, a name of up to four capitalised words: "…, |Lumen Labs|によって", "|Upstage AI|에서".</summary>
    private static (int, int)? WordsBack(ReplyContext reply, int end)
    {
        var text = reply.Text;
        var starts = new List<int>();
        var cursor = end;
        // "Sou um …": the word before a form may be a grammar word itself, never part of a name.
        var previousMark = reply.MarkBefore(end);
        while (starts.Count < MostWords)
        {
            var wordStart = cursor;
            while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '-' or '.') && FoldedText.SameAlphabet(text[wordStart - 1], text[end - 1]))
            {
                wordStart--;
            }

            if (wordStart == cursor || wordStart < previousMark.End || Known(reply, wordStart) || !ProperWord(reply, wordStart, firstWord: false, out var wordEnd) || wordEnd != cursor)
            {
                break;
            }

            starts.Add(wordStart);
            // One space before it may lead to another word of the name.
            if (wordStart < 2 || text[wordStart - 1] != ' ' || !char.IsLetterOrDigit(text[wordStart - 2]))
            {
                break;
            }

            cursor = wordStart - 1;
        }

        // The name opens with a word that is not generic ("the", "AI"), and has two letters or more.
        starts.Reverse();
        var first = starts.FindIndex(start => ProperWord(reply, start, firstWord: true, out _));
        return first >= 0 && text.Folded[starts[first]..end].Count(char.IsLetter) >= 2 ? (starts[first], end) : null;
    }

    /// <summary>A listed name starts or runs here: it is read as that name, not as an unlisted one.</summary>
    internal static bool Known(ReplyContext reply, int offset) =>
        reply.NamesBetween(offset - 64, offset + 1).Any(o => o.Start <= offset && offset < Math.Max(o.End, o.Start + 1));

    /// <summary>A name in a slot that a made-by form closes ("我是|某某|开发的助手", "私は|Foo|が開発した") is the maker, not the speaker.</summary>
    private static bool EndsAtMadeBy(ReplyContext reply, int end)
    {
        var next = reply.MarkFrom(end);
        return next is { Value: MarkKind.MadeByAfter } m && m.Start - end <= 1;
    }
}
