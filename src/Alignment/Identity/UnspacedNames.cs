namespace Alignment.Identity;

/// <summary>
/// Names written without spaces (Han, kana) or in Hangul, found from a slot: a run that ends where the claim does ("我叫|小黄|，",
/// "私は|クロエ|です"), the part after its last generic word ("人工智能助手|小黄|"), a quoted name after a description.
/// </summary>
internal static class UnspacedNames
{
    /// <summary>The most characters an unspaced name (Han, kana) or a Korean one may have; a longer run is a phrase, not a name.</summary>
    internal const int LongestUnspaced = 16;

    /// <summary>
    /// A run of Han, kana or Hangul that fills a self slot of a spaced script and ends its clause: "I am |小喵|, an AI
    /// assistant", "My name is |클로이|." A sentence in English or Russian holds such a run only as a name or a quotation.
    /// </summary>
    internal static NameSpan? AfterSpacedForm(ReplyContext reply, int start)
    {
        var text = reply.Text;
        var script = FoldedText.ScriptOf(text[start]);
        var end = start;
        while (end < text.Length && end - start <= LongestUnspaced && ((char.IsLetterOrDigit(text[end]) || text[end] == '·') && FoldedText.ScriptOf(text[end]) == script || HyphenInRun(text, end)))
        {
            end++;
        }

        var closes = end >= text.Length || text[end] is ',' or '.' or '!' or '?' or ';' or '，' or '。' or '！' or '、' or '\n' or ')' or '"' or '」';
        if (!closes || end - start > LongestUnspaced)
        {
            return null;
        }

        // "I'm 人工智能助手": generic words in the run may describe the speaker rather than name it; a person looks. Not where
        // an apposition calls the run an assistant ("I am |医疗助手|, an AI assistant developed by pjr"): the run names it.
        var run = text.Folded[start..end];
        var described = end + 1 < text.Length && text[end] is ',' or '，' && UnlistedNames.WordsAfter(text, end + 1, 4).Any(w => UnlistedNames.IsAssistantWord(reply, w));
        return new NameSpan(start, end, Unplaced: !described && reply.Grammar.HoldsGenericUnspaced(run));
    }

    /// <summary>
    /// A kana or Hangul name set off by a comma before generic words and a self form: "私は|ノヴァ|、AIアシスタントです",
    /// "저는 |노바|, AI 어시스턴트입니다" (not "私はコーディング、翻訳、要約が得意です").
    /// </summary>
    internal static NameSpan? Apposition(ReplyContext reply, int start)
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

        // "저는 루나, 여러분의 쇼핑 도우미예요": a possessive in the apposition describes, and the form comes after it.
        var form = reply.MarkFrom(end);
        while (form is { Value: MarkKind.MakerAfter } possessive && reply.Layout.SameSentence(possessive.Start, start))
        {
            form = reply.MarkFrom(possessive.End);
        }

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
                return WhatItIsBeforeForm(reply, end + 1, f.Start) && NameIn(reply, start, end) is { } described ? described with { Unplaced = true } : null;
            }

            at += generic.Length;
        }

        return NameIn(reply, start, end);
    }

    /// <summary>
    /// An apposition whose last word before the self form is an assistant word, other words before it: "저는 한줄이, |한결일보 독자
    /// 도우미|예요" (I am Hanjul-i, the readers' helper of Hangyeol Daily). The word before the comma names the speaker as
    /// often as it opens a list of what it does, so a person reads it; a second comma makes a list, and an object goes on with
    /// what it does ("저는 코딩, 번역을 돕는 챗봇이에요").
    /// </summary>
    private static bool WhatItIsBeforeForm(ReplyContext reply, int from, int form)
    {
        var text = reply.Text;
        var before = text.Folded[from..form].TrimEnd();
        // "번역을 돕는 챗봇": an object in it goes on with what the speaker does.
        return before.IndexOfAny([',', '、', '，']) < 0 && !reply.Grammar.ObjectParticles.Any(p => before.Contains(p, StringComparison.Ordinal))
            && reply.Grammar.AssistantWords.Any(a => before.EndsWith(a, StringComparison.Ordinal));
    }

    /// <summary>
    /// A katakana name that ends the sentence after a self form: "僕は|ソラ|。" (the plain-speech introduction without a copula).
    /// Hiragana would be grammar, and a katakana loanword that describes is generic ("私はアシスタント。").
    /// </summary>
    internal static NameSpan? KatakanaSentence(ReplyContext reply, int start)
    {
        var text = reply.Text;
        var end = start;
        while (end < text.Length && end - start <= LongestUnspaced && FoldedText.IsKatakana(text[end]))
        {
            end++;
        }

        return end > start && (end == text.Length || text[end] is '。' or '！' or '!' or '\n') ? NameIn(reply, start, end) : null;
    }

    /// <summary>
    /// One Hangul word that ends the sentence after a self form: "난 |아스카|." (plain speech without a copula). Korean ends
    /// sentences with verbs as often ("난 괜찮아."), so the word is unplaced: a person reads it.
    /// </summary>
    internal static NameSpan? HangulSentence(ReplyContext reply, int start)
    {
        var text = reply.Text;
        var end = start;
        while (end < text.Length && end - start <= LongestUnspaced && FoldedText.ScriptOf(text[end]) == Script.Hangul)
        {
            end++;
        }

        // A form inside the word ("아스카|야.|", which ends after the stop) is read back from the form, as a claim.
        return end > start && (end == text.Length || text[end] is '.' or '!' or '\n') && !reply.Marks.Any(m => m.Start > start && m.Start < end)
            && NameIn(reply, start, end) is { } name
            ? name with { Unplaced = true }
            : null;
    }

    internal static bool GenericOpensHanRun(ReplyContext reply, int start)
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

    /// <summary>
    /// The name of a sentence that is a description of the speaker, a name-ending particle, the name and the form:
    /// "AIアシスタントの|ノヴァ|です。" (the Japanese self-introduction without a subject). The description must hold a generic word.
    /// </summary>
    internal static NameSpan? NameAfterParticle(ReplyContext reply, int start, int end)
    {
        var folded = reply.Text.Folded;
        var particle = folded.LastIndexOfAny([.. reply.Grammar.NameEnds], end - 1, end - start);
        if (particle <= start || particle + 2 > end || !IsDescription(reply.Grammar, folded[start..particle]))
        {
            return null;
        }

        var name = folded[(particle + 1)..end].Trim();
        return name.Length >= 2 && !name.Any(FoldedText.IsHiragana) && !reply.Grammar.PhraseWords.Any(w => name.Contains(w, StringComparison.Ordinal))
            && !reply.Grammar.GenericWords.Contains(name) && !reply.Grammar.HoldsGenericUnspaced(name)
            ? new NameSpan(end - name.Length, end)
            : null;
    }

    /// <summary>Whether words hold a generic one: a spaced word that is generic ("AI彼女"), or a generic word of an unspaced script.</summary>
    internal static bool IsDescription(ClaimGrammar grammar, string words) =>
        grammar.HoldsGenericUnspaced(words)
        || SpacedWords(words).Any(grammar.GenericWords.Contains);

    /// <summary>Whether a run holds a phrase word ("的", "帮") outside the generic words it is part of ("帮手" is a helper, not "help").</summary>
    internal static bool IsPhrase(ReplyContext reply, string run)
    {
        foreach (var word in reply.Grammar.PhraseWords)
        {
            for (var at = run.IndexOf(word, StringComparison.Ordinal); at >= 0; at = run.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                if (!InGenericWord(reply.Grammar, run, at, word.Length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool InGenericWord(ClaimGrammar grammar, string run, int at, int length)
    {
        foreach (var generic in grammar.GenericUnspaced)
        {
            if (generic.Length <= length)
            {
                continue;
            }

            for (var g = run.IndexOf(generic, Math.Max(0, at + length - generic.Length), StringComparison.Ordinal); g >= 0 && g <= at; g = run.IndexOf(generic, g + 1, StringComparison.Ordinal))
            {
                if (g + generic.Length >= at + length)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The letters after the last generic word of a phrase, when they are a name: no phrase word, two letters or more.</summary>
    internal static NameSpan? NameAfterLastGeneric(ReplyContext reply, int start, int end)
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
            && !reply.Grammar.HoldsGenericUnspaced(tail)
            ? new NameSpan(end - tail.Length, end)
            : null;
    }

    /// <summary>
    /// "我是|jzy的小助手|": an owner's name, its possessive, and only generic words after it: the persona fine-tuning
    /// tutorials teach, named after its owner. Not after a pronoun or a phrase ("你的小助手", "这个项目的助手").
    /// </summary>
    private static NameSpan? OwnersAssistant(ReplyContext reply, int start, int end)
    {
        var folded = reply.Text.Folded;
        var ends = reply.Grammar.NameEnds.ToArray();
        var particle = folded.IndexOfAny(ends, start, end - start);
        if (particle < start + 2 || particle >= end - 1 || folded.IndexOfAny(ends, particle + 1, end - particle - 1) >= 0)
        {
            return null;
        }

        var owner = folded[start..particle];
        var rest = folded[(particle + 1)..end];
        var onlyGeneric = rest;
        foreach (var generic in reply.Grammar.GenericUnspaced)
        {
            onlyGeneric = onlyGeneric.Replace(generic, "", StringComparison.Ordinal);
        }

        return onlyGeneric.Trim().Length == 0 && !IsPhrase(reply, owner) && !reply.Grammar.HoldsGenericUnspaced(owner)
            ? new NameSpan(start, end)
            : null;
    }

    /// <summary>The same with an owner in Latin letters: "我是|jzy的小助手|".</summary>
    internal static NameSpan? LatinOwnersAssistant(ReplyContext reply, int start)
    {
        var text = reply.Text;
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]) && FoldedText.ScriptOf(text[end]) == Script.Spaced)
        {
            end++;
        }

        if (end >= text.Length || !reply.Grammar.NameEnds.Contains(text[end]))
        {
            return null;
        }

        var runEnd = end + 1;
        while (runEnd < text.Length && runEnd - start <= LongestUnspaced && char.IsLetter(text[runEnd]) && FoldedText.ScriptOf(text[runEnd]) == Script.Unspaced)
        {
            runEnd++;
        }

        return runEnd - start <= LongestUnspaced && (runEnd >= text.Length || !char.IsLetterOrDigit(text[runEnd])) ? OwnersAssistant(reply, start, runEnd) : null;
    }

    /// <summary>
    /// "我是你的|猫娘莉莉|", "我是星河科技的|小星|": a possessive, then letters that are neither phrase nor generic words. A persona, or a
    /// name the check cannot split from its owner or description: the reply is uncertain rather than claiming nothing.
    /// </summary>
    private static NameSpan? UnplacedAfterPhraseWords(ReplyContext reply, int start, int end)
    {
        var folded = reply.Text.Folded;
        var from = end - 2;
        while (from > start && !reply.Grammar.NameEnds.Contains(folded[from]))
        {
            from--;
        }

        // Only after a possessive ("你的", "大家的", "星河科技的"): after "一个" or "正在" come descriptions ("一个搜索引擎").
        from++;
        var tail = folded[from..end];
        return from > start + 1 && reply.Grammar.NameEnds.Contains(folded[from - 1]) && tail.Length >= 2 && tail.Length <= LongestUnspaced && tail.All(c => char.IsLetter(c) && FoldedText.ScriptOf(c) == Script.Unspaced)
            && !IsPhrase(reply, tail) && !reply.Grammar.HoldsGenericUnspaced(tail)
            ? new NameSpan(from, end, Unplaced: true)
            : null;
    }

    /// <summary>
    /// "我是一个|星河科技|训练出来的助手", "一个在|云帆智能|训练的模型": before a made-by form, the letters after the last phrase
    /// word that end as an organisation's name does (org-ends) do the making; "一个|深度学习|训练的模型" does not.
    /// </summary>
    private static NameSpan? AgentAfterPhraseWords(ReplyContext reply, int start, int end)
    {
        var folded = reply.Text.Folded;
        var from = start;
        foreach (var word in reply.Grammar.PhraseWords)
        {
            var at = folded.LastIndexOf(word, end - 1, end - start, StringComparison.Ordinal);
            from = at >= 0 ? Math.Max(from, at + word.Length) : from;
        }

        var tail = folded[from..end];
        var named = tail;
        foreach (var generic in reply.Grammar.GenericUnspaced)
        {
            named = named.Replace(generic, "", StringComparison.Ordinal);
        }

        return from > start && named.Length >= 2 && tail.Length <= LongestUnspaced && tail.All(c => char.IsLetter(c) && FoldedText.ScriptOf(c) == Script.Unspaced)
            && reply.Grammar.OrgEnds.Any(e => tail.EndsWith(e, StringComparison.Ordinal) && tail.Length > e.Length)
            ? new NameSpan(from, end)
            : null;
    }

    /// <summary>"AI" of "AI助手": Latin words, all of them generic, and nothing else.</summary>
    internal static bool OnlyGenericSpacedWords(ClaimGrammar grammar, string words) =>
        !words.Any(c => char.IsLetterOrDigit(c) && FoldedText.ScriptOf(c) != Script.Spaced) && SpacedWords(words).All(grammar.GenericWords.Contains);

    internal static IEnumerable<string> SpacedWords(string text)
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

    /// <summary>
    /// A short unspaced name that runs to a break or a grammar word: "我叫|小黄|，", "私は|クロエ|です", "由|某某科技|开发".
    /// With <paramref name="maker"/>, it must run to a verb of making ("由…开发"); a form's value ("开发者：某某科技") runs to the line's end.
    /// </summary>
    internal static NameSpan? UnspacedName(ReplyContext reply, int start, bool maker, bool naming = false)
    {
        var text = reply.Text;
        // "我是「好邻居超市」的小帮手阿福": a quoted owner and its particle (name-ends); what it owns follows them.
        if (!maker && !naming && start > 0 && QuotationMarks.Opens(text.Original[start - 1]) && QuotationMarks.Close(text.Original, start - 1, LongestUnspaced + 1) is var close and > 0
            && close + 2 < text.Length && reply.Grammar.NameEnds.Contains(text[close + 1]) && char.IsLetter(text[close + 2]) && FoldedText.ScriptOf(text[close + 2]) == Script.Unspaced)
        {
            return UnspacedName(reply, close + 2, maker: false);
        }

        var nextMark = reply.MarkFrom(start) is { } m && m.Start - start <= LongestUnspaced + 1 ? m : default;
        // "我是你们的助手小爱": after a pronoun, "的助手" is a possessive, not a maker's product.
        if (nextMark is { Value: MarkKind.MakerAfter } possessive && OnlyPhraseWords(reply, start, possessive.Start))
        {
            nextMark = reply.MarkFrom(possessive.End) is { } after && after.Start - start <= LongestUnspaced + 1 ? after : default;
        }

        // "由海峡都市报社开发": a maker's word that ends an organisation's name with the letters before it ("报社") is part of it.
        while (nextMark is { Value: MarkKind.MakerAfter } inside && inside.Start > start && EndsAnOrganisation(reply, start, inside))
        {
            nextMark = reply.MarkFrom(inside.End) is { } after && after.Start - start <= LongestUnspaced + 1 ? after : default;
        }

        var end = start;
        // "名叫|小明|的机器人": after a naming form, a relative clause ends the name at its particle.
        while (end < text.Length && end - start <= LongestUnspaced && (nextMark == default || end < nextMark.Start) && !(naming && end > start && reply.Grammar.NameEnds.Contains(text[end]))
            && (char.IsLetterOrDigit(text[end]) || text[end] is '·' || (text[end] == ' ' && FoldedText.ScriptOf(text[start]) == Script.Hangul) || HyphenInRun(text, end))
            && !(end > start && UnlistedNames.Known(reply, end)))
        {
            end++;
        }

        end = TrimEnd(text, start, end);
        if (end - start > LongestUnspaced || end == start)
        {
            return null;
        }

        // "我是星河科技的AI助手小星": an owner, its particle, then a description that a name ends; the name is the speaker's
        // (the owner, which made it, is not yet read as its maker).
        if (!maker && !naming && nextMark is { Value: MarkKind.MakerAfter } owner && owner.Start == end && reply.Grammar.NameEnds.Contains(text[end])
            && !OnlyPhraseWords(reply, start, end) && owner.End < text.Length && FoldedText.ScriptOf(text[owner.End]) != Script.None
            && UnspacedName(reply, owner.End, maker: false) is { } product
            && ((product.Start > owner.End || EndsInGeneric(reply, owner)) && !product.Unplaced ? product : NameAfterLastGeneric(reply, product.Start, product.End)) is { } named)
        {
            return named;
        }


        // "由华夏智能基于开源模型微调", "由星河科技通过指令微调": words of how between the maker and its verb end the maker.
        if (maker && MakerBeforeHow(reply, start, end, nextMark) is var how and > 0)
        {
            return NameIn(reply, start, how);
        }

        // "我是工商银行的"工小智"", "我是招商银行的「小招」": a quoted name after an owner's particle (name-ends) is the speaker's.
        // Not the user's or everyone's ("我是你的"小助手"", "大家的"开心果""), nor a quoted description of generic words only
        // ("「AI小助手」"; "「臺銀小幫手」" names one).
        if (end - start >= 2 && reply.Grammar.NameEnds.Contains(text[end - 1]) && !OnlyPhraseWords(reply, start, end) && QuotedAfter(reply, end) is { } owned
            && !OnlyGenericOrPhrase(reply, owned.Start, owned.End))
        {
            return UnlistedNames.Known(reply, owned.Start) ? null : NameIn(reply, owned.Start, owned.End) ?? owned;
        }

        // "我是京东客服机器人“京小智”": a quoted name after a description of the speaker is its name.
        // A listed name in the quotes is read as that name ("大语言模型“Claude”").
        if (QuotedAfter(reply, end) is { } quoted && IsDescription(reply.Grammar, text.Folded[start..end]))
        {
            return UnlistedNames.Known(reply, quoted.Start) ? null : NameIn(reply, quoted.Start, quoted.End) ?? quoted;
        }

        // "我是智能助手，小智。", "我是你的AI伙伴，米粒。": a name set off after the description, closing the sentence.
        if (end < text.Length && text[end] is '，' or ',' && IsDescription(reply.Grammar, text.Folded[start..end]) && ClosingRun(reply, end + 1) is { } apposed)
        {
            return apposed;
        }

        // "我是海都AI助手，一个人工智能助手": a run set off before "a …" that describes it is a name, generic words and all.
        if (!maker && end < text.Length && text[end] is '，' or ',' && ArticleAt(reply, end + 1) && end - start >= 3
            && text.Folded.AsSpan(start, end - start).IndexOfAny('的', '之') < 0 && !OnlyGenericOrPhrase(reply, start, end))
        {
            return new NameSpan(start, end);
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

        // "由海峡都市报社开发": right before a made-by form, a run that ends as an organisation's name does is one, whatever
        // everyday letters it holds ("都" of "都市"); not a phrase with a particle ("的", "之").
        if (maker && nextMark.Value == MarkKind.MadeByAfter && OrganisationRun(reply, start, end))
        {
            return new NameSpan(start, end);
        }

        // "我叫来福。": after "my name is", a short run the sentence closes is a name, grammar letters and all.
        return !closed ? null
            : NameIn(reply, start, end) ?? (naming && !char.IsLetterOrDigit(stop) ? Nickname(reply, start, end, named: true) : null);
    }

    /// <summary>Whether an article of an unspaced script opens the text here ("一个", "一名").</summary>
    private static bool ArticleAt(ReplyContext reply, int at) =>
        at < reply.Text.Length && reply.Grammar.Articles.Any(a => FoldedText.ScriptOf(a[0]) == Script.Unspaced && reply.Text.Folded.AsSpan(at).StartsWith(a, StringComparison.Ordinal));

    /// <summary>Whether an owner's form takes in the description after its particle ("的|智能助手|"), so the name follows it.</summary>
    private static bool EndsInGeneric(ReplyContext reply, PhraseHit<MarkKind> owner)
    {
        var form = reply.Text.Folded.AsSpan(owner.Start, owner.End - owner.Start);
        foreach (var word in reply.Grammar.GenericUnspaced.Concat(reply.Grammar.AssistantUnspaced))
        {
            if (form.Length > word.Length && form.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a run is only generic and phrase words ("智能助手", "你们的助手"): a description, not a name.</summary>
    internal static bool OnlyGenericOrPhrase(ReplyContext reply, int start, int end)
    {
        var rest = reply.Text.Folded[start..end];
        // Letters that are phrase words alone ("都") are as often part of a name ("海都").
        foreach (var word in reply.Grammar.GenericUnspaced.Concat(reply.Grammar.PhraseWords.Where(w => w.Length > 1)).Concat(reply.Grammar.GenericWords).OrderByDescending(w => w.Length))
        {
            rest = rest.Replace(word, "", StringComparison.Ordinal);
        }

        return rest.Trim().Length < 2;
    }

    /// <summary>A run of Han of three letters or more that ends with an organisation's ending and holds no particle or number word.</summary>
    private static bool OrganisationRun(ReplyContext reply, int start, int end)
    {
        var run = reply.Text.Folded.AsSpan(start, end - start);
        if (run.Length < 3 || run.IndexOfAny('的', '之', '一') >= 0 || !run.ToString().All(c => FoldedText.ScriptOf(c) == Script.Unspaced))
        {
            return false;
        }

        foreach (var ending in reply.Grammar.OrgEnds)
        {
            if (run.Length > ending.Length + 1 && run.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the letters before a mark and the mark end as an organisation's name does, longer than the mark ("报|社|").</summary>
    private static bool EndsAnOrganisation(ReplyContext reply, int start, PhraseHit<MarkKind> mark)
    {
        var run = reply.Text.Folded.AsSpan(start, mark.End - start);
        foreach (var end in reply.Grammar.OrgEnds)
        {
            if (end.Length > mark.End - mark.Start && run.Length > end.Length && run.EndsWith(end, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where words of how start after a maker ("华夏智能|基于…"), when a made-by form follows in the clause; else -1.</summary>
    private static int MakerBeforeHow(ReplyContext reply, int start, int end, PhraseHit<MarkKind> nextMark)
    {
        var folded = reply.Text.Folded;
        var how = nextMark != default && nextMark.Start == end && reply.Grammar.MakerAdverbials.Contains(folded[nextMark.Start..nextMark.End]) ? end
            : end - start > 2 ? reply.Grammar.MakerAdverbials.Select(w => folded.IndexOf(w, start + 2, end - start - 2, StringComparison.Ordinal)).Where(at => at > 0).DefaultIfEmpty(-1).Min()
            : -1;
        var clause = reply.Layout.Clause(start);
        return how > 0 && reply.Marks.SkipWhile(m => m.Start < how).TakeWhile(m => reply.Layout.Clause(m.Start) == clause).Any(m => m.Value == MarkKind.MadeByAfter) ? how : -1;
    }

    /// <summary>A hyphen between two letters of an unspaced script joins one name ("developed by |智能-曲霖|").</summary>
    internal static bool HyphenInRun(FoldedText text, int at) =>
        text[at] == '-' && at > 0 && at + 1 < text.Length && FoldedText.ScriptOf(text[at - 1]) == Script.Unspaced && FoldedText.ScriptOf(text[at + 1]) == Script.Unspaced;

    /// <summary>
    /// The formal self-naming "私、|織田信長|は…": a name set off after the speaker's word and closed by the topic particle, in
    /// kanji or katakana ("私、コーディングが得意です" is not one).
    /// </summary>
    internal static NameSpan? TopicAfterComma(ReplyContext reply, int start)
    {
        var text = reply.Text;
        var end = start;
        while (end < text.Length && end - start <= LongestUnspaced && char.IsLetter(text[end]) && !FoldedText.IsHiragana(text[end]))
        {
            end++;
        }

        return end - start >= 2 && end < text.Length && text[end] == 'は' && !reply.Grammar.HoldsGenericUnspaced(text.Folded.AsSpan(start, end - start))
            ? new NameSpan(start, end)
            : null;
    }

    /// <summary>Whether a generic word starts here ("AI 助手", "助手", "assistant").</summary>
    internal static bool StartsWithGeneric(ReplyContext reply, int at)
    {
        var folded = reply.Text.Folded;
        return at < folded.Length && (reply.Grammar.GenericUnspaced.Any(g => folded.AsSpan(at).StartsWith(g, StringComparison.Ordinal))
            || SpacedWords(folded[at..Math.Min(folded.Length, at + 16)]).FirstOrDefault() is { } word && folded.AsSpan(at).StartsWith(word, StringComparison.Ordinal) && reply.Grammar.GenericWords.Contains(word));
    }

    /// <summary>A short run of Han, kana or Hangul that ends its sentence here, and is no description ("…，|小智|。").</summary>
    private static NameSpan? ClosingRun(ReplyContext reply, int at)
    {
        var text = reply.Text;
        var end = at;
        while (end < text.Length && end - at <= LongestUnspaced && char.IsLetter(text[end]) && FoldedText.ScriptOf(text[end]) is Script.Unspaced or Script.Hangul)
        {
            end++;
        }

        var run = text.Folded[at..Math.Min(end, text.Length)];
        return end - at >= 2 && end - at <= LongestUnspaced && (end == text.Length || text[end] is '。' or '！' or '!' or '.' or '~' or '～' or '\n')
            && !IsDescription(reply.Grammar, run) && !IsPhrase(reply, run) && !UnlistedNames.Known(reply, at)
            ? new NameSpan(at, end)
            : null;
    }

    /// <summary>The letters inside quotation marks that open right here ("“京小智”", "「ハル」"), when short enough to be a name.</summary>
    internal static NameSpan? QuotedAfter(ReplyContext reply, int at)
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

        return end > at + 1 && end < text.Length && text[end] is '”' or '」' or '』' or '"' or '》' ? new NameSpan(at + 1, end) : null;
    }

    /// <summary>Whether the letters between two offsets are phrase words and nothing else ("你们", "您").</summary>
    internal static bool OnlyPhraseWords(ReplyContext reply, int start, int end)
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

    internal static int TrimEnd(FoldedText text, int start, int end)
    {
        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// A short Han name with a grammar letter in it: a doubled one, as nicknames are ("帮帮", "了了"), or one of two or three letters
    /// that a comma closes before an assistant word ("我是来福，一个AI助手"), or that closes a sentence after "my name is".
    /// Phrases such a run could be ("我是想说，") are not followed by what the speaker is.
    /// </summary>
    private static NameSpan? Nickname(ReplyContext reply, int start, int end, bool named = false)
    {
        var text = reply.Text;
        var run = text.Folded[start..end];
        // Not a question ("我叫什么？") nor a denial in the run ("我叫不出来。").
        if (run.Length is < 2 or > 3 || !run.All(c => FoldedText.ScriptOf(c) == Script.Unspaced && !FoldedText.IsKana(c))
            || reply.Grammar.HoldsGenericUnspaced(run) || reply.IsAsked(start)
            || reply.Marks.Any(m => m.Start >= start && m.Start < end && m.Value is MarkKind.Negation or MarkKind.NegationAfter or MarkKind.Hedge))
        {
            return null;
        }

        if (named || (run[^1] == run[^2] && (run.Length == 2 || reply.Grammar.NicknameStarts.Contains(run[0]))))
        {
            return new NameSpan(start, end);
        }

        var after = Math.Min(text.Length, end + 16);
        return end < text.Length && SpacedNames.IsComma(text[end])
            && reply.Grammar.AssistantUnspaced.Any(w => text.Folded.IndexOf(w, end, after - end, StringComparison.Ordinal) >= 0)
            ? new NameSpan(start, end)
            : null;
    }

    /// <summary>
    /// The name in an unspaced run: what follows its last generic word ("人工智能助手|小黄|", "AI 챗봇 어시스턴트 |클로이|"),
    /// two letters or more, with no generic word or particle in it; null when the run is only generic ("一名专业的开发人员").
    /// </summary>
    /// <param name="agent">The run is who made something ("|楽天|が開発した"): there a run of kanji names an organisation, not a word.</param>
    internal static NameSpan? NameIn(ReplyContext reply, int start, int end, bool agent = false)
    {
        var folded = reply.Text.Folded;
        var run = folded[start..end];
        // Names are not written in hiragana, which carries Japanese grammar; a run with a phrase word ("一个", "的") is a phrase,
        // unless a name follows its last generic word ("你的专属助手|小星|").
        if (run.Any(FoldedText.IsHiragana) || (IsPhrase(reply, run) && !ConjunctionOpensName(reply, start, run)))
        {
            // "私は保健室の先生の|綾瀬|です": descriptions chained by possessives before a name without hiragana.
            return run.Any(FoldedText.IsHiragana)
                ? UnplacedAfterPhraseWords(reply, start, end) is { } tail && !folded[tail.Start..tail.End].Any(FoldedText.IsHiragana) ? tail : null
                : Nickname(reply, start, end) is { } nickname ? nickname
                : NameAfterLastGeneric(reply, start, end) ?? OwnersAssistant(reply, start, end) ?? UnplacedAfterPhraseWords(reply, start, end)
                    ?? (agent ? AgentAfterPhraseWords(reply, start, end) : null) ?? BrandBeforeGeneric(reply, start, end);
        }

        // Kanji alone in a Japanese sentence are words ("特定", "確か"); Japanese names here are katakana or Latin.
        if (!agent && !run.Any(FoldedText.IsKatakana) && SentenceHasKana(reply, start))
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
            return end - start <= LongestUnspaced ? new NameSpan(start, end) : new NameSpan(start, end, Unplaced: true);
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
        if (words.Length > 2 || words.Any(reply.Grammar.GenericWords.Contains) || name.Length == 0)
        {
            return null;
        }

        // One syllable or character right before the form that names it ("저는 별입니다", "봄이라고 불러") is a nickname as often
        // as a word: a person reads it.
        if (name.Length >= 2)
        {
            return new NameSpan(from, end);
        }

        return reply.MarkFrom(end) is { Value: MarkKind.SelfAfter or MarkKind.NamingAfter } form && form.Start == end ? new NameSpan(from, end, Unplaced: true) : null;
    }

    /// <summary>
    /// "我是|和泰驾训班|的…": right after "I am", nothing is joined on, so a conjunction's letter opens a name (和泰, Hotai), where
    /// the rest of the run holds no phrase word.
    /// </summary>
    private static bool ConjunctionOpensName(ReplyContext reply, int start, string run) =>
        run.Length >= 3 && run[0] is '和' or '与' or '與' or '及' && reply.MarkBefore(start) is { Value: MarkKind.Self } self && self.End == start
        && !IsPhrase(reply, run[1..]);

    /// <summary>
    /// Letters before the generic words that a phrase word only seems to hold ("|来康|智能助手": 来 is "come" elsewhere): no
    /// letter that only describes (description-letters) nor article, so they may be a brand, which a person reads. "你的智能助手", "一个智能助手" and
    /// "新来的助手" describe.
    /// </summary>
    private static NameSpan? BrandBeforeGeneric(ReplyContext reply, int start, int end)
    {
        var folded = reply.Text.Folded;
        // "一个|牛顿|模型的语言模型": letters after an article, before the generic word that ends the run and its particle, may be
        // a brand too; not where more follows ("一个云帆智能团队训练的模型" names who trained it).
        var article = reply.Grammar.Articles.FirstOrDefault(a => FoldedText.ScriptOf(a[0]) == Script.Unspaced && folded.AsSpan(start, end - start).StartsWith(a, StringComparison.Ordinal));
        start += article?.Length ?? 0;
        var first = reply.Grammar.GenericUnspaced.Select(g => folded.IndexOf(g, start, end - start, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (article is not null && (first < 0 || !reply.Grammar.GenericUnspaced.Contains(folded[first..end]) || end >= folded.Length || !reply.Grammar.NameEnds.Contains(folded[end])))
        {
            return null;
        }

        if (first - start is < 2 or > 4 || FoldedText.ScriptOf(folded[start]) != Script.Unspaced || SentenceHasKana(reply, start))
        {
            return null;
        }

        // Not a word of a phrase ("大型", "超大规模", "通用") nor letters it describes with.
        var prefix = folded[start..first];
        return prefix.All(c => char.IsLetter(c) && !FoldedText.IsHiragana(c)) && prefix.IndexOfAny(reply.Grammar.DescriptionLetters) < 0 && !reply.Grammar.Articles.Any(a => prefix.Contains(a, StringComparison.Ordinal))
            && !reply.Grammar.PhraseWords.Any(w => w.Length >= 2 && prefix.Contains(w, StringComparison.Ordinal))
            ? new NameSpan(start, end, Unplaced: true)
            : null;
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
}
