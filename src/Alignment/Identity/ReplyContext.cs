namespace Alignment.Identity;

/// <summary>
/// One reply as the identity check reads it: its folded text, sentences and clauses, the grammar words found in it (marks)
/// and the names found in it, with the questions every reader asks about a position ("is this clause a question?",
/// "which marks stand just before this name?"). Every look-up reads a bounded window around its position, so a reply
/// costs time in proportion to its length however many names it repeats.
/// </summary>
internal sealed class ReplyContext
{
    /// <summary>How far back (or ahead) a look-up reads, in characters: far beyond any claim form's reach.</summary>
    public const int Reach = 400;

    private int[] markClauses = [];
    private int[] markSentences = [];
    private int[] markStarts = [];
    private int[] occurrenceStarts = [];

    public ReplyContext(string reply, ClaimGrammar grammar, string? language = null)
    {
        Grammar = grammar;
        Language = language;
        Text = new FoldedText(reply);
        Layout = new ReplyLayout(Text, grammar.NameTitles);
    }

    public ClaimGrammar Grammar { get; }

    /// <summary>The language the reply is said to be in, when it is known.</summary>
    public string? Language { get; }

    /// <summary>Whether the letters between two offsets are one everyday word of the reply's language or of English.</summary>
    public bool IsEverydayWord(int start, int end) => CommonWords.Contains(Text.Folded[start..end], Language);

    public FoldedText Text { get; }

    public ReplyLayout Layout { get; }

    /// <summary>The verbs of making in the reply (<c>made-by-verbs</c>), found once.</summary>
    public List<PhraseHit<bool>> MakingVerbs => makingVerbs ??= Grammar.MakingVerbs.FindAll(Text, Layout);

    private List<PhraseHit<bool>>? makingVerbs;

    /// <summary>The words of the user's own things in the reply ("your", "deine", "你的"), found once.</summary>
    public List<PhraseHit<bool>> UserWords => userWords ??= Grammar.NotUserWords.Count == 0 || Language is null
        ? Grammar.UserWords.FindAll(Text, Layout)
        : [.. Grammar.UserWords.FindAll(Text, Layout).Where(u => !Grammar.IsNotUserWord(Language, Text.Folded[u.Start..u.End]))];

    private List<PhraseHit<bool>>? userWords;

    /// <summary>The grammar words of the reply, sorted by where they start.</summary>
    public IReadOnlyList<PhraseHit<MarkKind>> Marks { get; private set; } = [];

    /// <summary>The names of the reply, sorted by where they start, none overlapping.</summary>
    public IReadOnlyList<NameOccurrence> Names { get; private set; } = [];

    public void SetMarks(List<PhraseHit<MarkKind>> marks)
    {
        Marks = marks;
        // A form spanning a comma ("moi, c'est") belongs to the clause it leads into.
        markClauses = marks.Select(m => Layout.Clause(m.End - 1)).ToArray();
        markSentences = marks.Select(m => Layout.Sentence(m.Start)).ToArray();
        markStarts = marks.Select(m => m.Start).ToArray();
    }

    public void SetNames(List<NameOccurrence> names)
    {
        names.Sort((a, b) => a.Start.CompareTo(b.Start));
        Names = names;
        occurrenceStarts = names.Select(o => o.Start).ToArray();
    }

    /// <summary>The marks that start at this offset (a form may be of several kinds: "I am" is a self form and a first-person one).</summary>
    public IEnumerable<PhraseHit<MarkKind>> MarksAt(int offset)
    {
        for (var i = LowerBound(markStarts, offset); i < Marks.Count && Marks[i].Start == offset; i++)
        {
            yield return Marks[i];
        }
    }

    /// <summary>The first mark starting at or after this offset, or null.</summary>
    public PhraseHit<MarkKind>? MarkFrom(int offset)
    {
        var i = LowerBound(markStarts, offset);
        return i < Marks.Count ? Marks[i] : null;
    }

    /// <summary>Whether these offsets lie inside one grammar word's span ("trained" in "trained by").</summary>
    public bool InMark(int start, int end)
    {
        var i = LowerBound(markStarts, start + 1) - 1;
        return i >= 0 && Marks[i].End >= end;
    }

    /// <summary>The last mark ending at or before this offset, or a mark ending at 0.</summary>
    public PhraseHit<MarkKind> MarkBefore(int offset)
    {
        // Marks do not overlap, so their ends are sorted like their starts.
        var i = LowerBound(markStarts, offset) - 1;
        while (i >= 0 && Marks[i].End > offset)
        {
            i--;
        }

        return i >= 0 ? Marks[i] : default;
    }

    /// <summary>The first name starting at or after this offset, or null.</summary>
    public NameOccurrence? NameFrom(int offset)
    {
        var i = LowerBound(occurrenceStarts, offset);
        return i < Names.Count ? Names[i] : null;
    }

    /// <summary>The name that overlaps [start, end), if any (names never overlap one another).</summary>
    public NameOccurrence? NameOver(int start, int end)
    {
        var i = LowerBound(occurrenceStarts, end) - 1;
        return i >= 0 && Names[i].End > start ? Names[i] : null;
    }

    /// <summary>The names starting in [from, to).</summary>
    public IEnumerable<NameOccurrence> NamesBetween(int from, int to)
    {
        for (var i = LowerBound(occurrenceStarts, Math.Max(0, from)); i < Names.Count && Names[i].Start < to; i++)
        {
            yield return Names[i];
        }
    }

    /// <summary>The marks starting in [from, to).</summary>
    public IEnumerable<PhraseHit<MarkKind>> MarksBetween(int from, int to)
    {
        for (var i = LowerBound(markStarts, Math.Max(0, from)); i < Marks.Count && Marks[i].Start < to; i++)
        {
            yield return Marks[i];
        }
    }

    /// <summary>The names of the sentence around this offset, within reach of it.</summary>
    public IEnumerable<NameOccurrence> NamesInSentence(int position) =>
        NamesBetween(position - Reach, position + Reach).Where(o => Layout.SameSentence(o.Start, position));

    /// <summary>The marks of the sentence around this offset, in order, within reach on either side.</summary>
    public IEnumerable<PhraseHit<MarkKind>> InSentence(int position) =>
        Window(markSentences, Layout.Sentence(position), position - Reach).TakeWhile(m => m.Start <= position + Reach);

    /// <summary>Marks in the clause of this position that end before it, in order, within reach.</summary>
    public IEnumerable<PhraseHit<MarkKind>> ClauseBefore(int position) =>
        Window(markClauses, Layout.Clause(position), position - Reach).Where(m => m.End <= position);

    /// <summary>The marks of the clause around this offset, in order, from some way before it.</summary>
    public IEnumerable<PhraseHit<MarkKind>> InClause(int position) => Window(markClauses, Layout.Clause(position), position - Reach);

    /// <summary>Marks of the sentence around this offset that end before it, in order, within reach.</summary>
    public IEnumerable<PhraseHit<MarkKind>> SentenceBefore(int position) =>
        Window(markSentences, Layout.Sentence(position), position - Reach).TakeWhile(m => m.Start < position).Where(m => m.End <= position);

    /// <summary>Marks starting right after a name (within the gap, Markdown and closing quotes aside), in its clause, before the next name.</summary>
    public List<PhraseHit<MarkKind>> MarksAfter(int end, int? gap = null)
    {
        var from = SkipDecoration(end);
        var reach = gap ?? Grammar.AfterGap;
        var next = NameFrom(end)?.Start ?? int.MaxValue;
        return Window(markClauses, Layout.Clause(end), end)
            .TakeWhile(m => m.Start - from <= reach)
            .Where(m => m.Start >= end && m.Start <= next)
            .ToList();
    }

    /// <summary>Marks of the clause after this offset, up to the clause's end or the reach.</summary>
    public IEnumerable<PhraseHit<MarkKind>> ClauseAfter(int end) =>
        Window(markClauses, Layout.Clause(end), end).Where(m => m.Start >= end).TakeWhile(m => m.Start - end <= Reach);

    /// <summary>
    /// Whether the clause of this offset is a question ("Am I ChatGPT? No, I'm Claude.", "我是ChatGPT吗？"): it claims nothing.
    /// A question after a spaced dash is a new one ("Orin here — how can I help?"); a dash is not a clause break, since it is
    /// also a copula ("Я — Llama") and sets off apposition ("助手——小爱同学").
    /// </summary>
    public bool IsAsked(int position)
    {
        if (position >= Text.Length || Text[Layout.ClauseEnd(position)] is not ('?' or '？' or '؟'))
        {
            return false;
        }

        // The question may open later: after a spaced dash, Spanish "¿", or an emoji where a full stop would stand ("Call me
        // Nova 😊 How can I help?").
        var end = Layout.ClauseEnd(position);
        for (var i = position + 1; i + 1 < end; i++)
        {
            // A wave dash ends a sentence in casual Chinese and Japanese ("…「阿妹」～有什麼想問的嗎？").
            if ((Text[i] is '—' or '–' && Text[i - 1] == ' ' && Text[i + 1] == ' ') || Text[i] == '¿'
                || (Text[i] is '~' or '〜' && !char.IsDigit(Text[i - 1]) && FoldedText.ScriptOf(Text[i + 1]) == Script.Unspaced)
                || ((char.IsLowSurrogate(Text.Original[i]) || char.GetUnicodeCategory(Text.Original[i]) == System.Globalization.UnicodeCategory.OtherSymbol) && char.IsWhiteSpace(Text[AfterVariation(i + 1)])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Past the variation selector that asks for an emoji's colour form ("🛍️"), if there is one.</summary>
    private int AfterVariation(int at) => at + 1 < Text.Length && Text.Original[at] == '\uFE0F' ? at + 1 : at;

    /// <summary>A hedge earlier in the sentence that no contrast has answered: "возможно, я GPT-4" (but not "not sure which version, but I'm Claude").</summary>
    public bool HedgedSentence(int position)
    {
        var hedged = false;
        foreach (var m in SentenceBefore(position))
        {
            hedged = m.Value switch
            {
                MarkKind.Hedge => true,
                MarkKind.Contrast => false,
                _ => hedged,
            };
        }

        return hedged;
    }

    /// <summary>Whether a negation before the name (and no contrast after it) or after it denies the name.</summary>
    public bool IsNegated(NameOccurrence o)
    {
        var negated = false;
        foreach (var m in ClauseBefore(o.Start))
        {
            negated = m.Value switch
            {
                MarkKind.Negation => true,
                MarkKind.Contrast => false,
                _ => negated,
            };
        }

        return negated || MarksAfter(o.End).Any(m => m.Value == MarkKind.NegationAfter) || EndsClauseAbout(o, MarkKind.NegationFinal);
    }

    /// <summary>
    /// A hedge or a negation that ends the clause, with no other name between: "…をベースにしているかもしれません", "저는 Alibaba가
    /// 만든 모델이라고 소개하지 않습니다".
    /// </summary>
    public bool EndsClauseAbout(NameOccurrence o, MarkKind final)
    {
        var next = NameFrom(o.End)?.Start ?? int.MaxValue;
        return ClauseAfter(o.End).Any(m => m.Value == final && m.Start <= next
            && !Text.Folded.AsSpan(o.End, m.Start - o.End).Contains('、'));
    }

    /// <summary>
    /// Whether a naming form in Hangul or kana after a name says the speaker's name without "I": nothing before the name in
    /// its sentence but topics of when or where (<see cref="OnlyAdverbialsBefore"/>), no topic or subject right after the form
    /// ("하이퍼클로바라는 모델명은 …" is about the model name), and a sentence before about the speaker.
    /// </summary>
    public bool UnsaidSpeakerNamed(int nameStart, PhraseHit<MarkKind> naming)
    {
        if (naming.Value != MarkKind.NamingAfter || FoldedText.ScriptOf(Text[naming.Start]) is not (Script.Hangul or Script.Unspaced)
            || !SpeakerUnsaid(nameStart))
        {
            return false;
        }

        // The noun the form describes, a word or two after it: not the topic or subject of what follows.
        var sentence = Layout.Sentence(naming.Start);
        var end = naming.End;
        for (var words = 0; end < Text.Length && words < 2 && Layout.Sentence(end) == sentence; words++)
        {
            while (end < Text.Length && char.IsWhiteSpace(Text[end]))
            {
                end++;
            }

            var start = end;
            while (end < Text.Length && char.IsLetterOrDigit(Text[end]) && end - start < 8)
            {
                end++;
            }

            var word = Text.Folded.AsSpan(start, end - start);
            foreach (var particle in Grammar.TopicParticles.Concat(Grammar.MakerParticles))
            {
                var p = particle.Trim();
                if (FoldedText.ScriptOf(p[0]) == Script.Hangul ? word.Length > p.Length && word.EndsWith(p, StringComparison.Ordinal) : word.Contains(p, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            if (end == start || FoldedText.ScriptOf(Text[start]) != Script.Hangul)
            {
                break;
            }
        }

        return true;
    }

    /// <summary>Whether the speaker is the unsaid subject here: only topics of when or where before it in its sentence, and the sentence before about the speaker.</summary>
    public bool SpeakerUnsaid(int position) => OnlyAdverbialsBefore(position) && AboutSpeaker(position);

    /// <summary>
    /// Whether nothing before the position in its sentence has a subject, an object or a name of its own, only topics of when
    /// or where ("普段は", "여기서는": <c>adverbial-topics</c>). In a language that leaves "I" out, a naming form in such a
    /// sentence goes on about the subject of the one before ("私はClaudeです。普段は「サクラ」と呼ばれています").
    /// </summary>
    private bool OnlyAdverbialsBefore(int position)
    {
        var sentence = Layout.PreviousSentenceEnd(position) + 1;
        if (Grammar.AdverbialTopics.Count == 0 || NamesBetween(sentence, position).Any())
        {
            return false;
        }

        var before = Text.Folded.AsSpan(sentence, position - sentence);
        // A grammar word is one only outside such a topic ("서비스|에서|는").
        var marks = MarksBetween(sentence, position).ToList();
        foreach (var m in marks)
        {
            if (marks.Any(c => c.Value == MarkKind.Contrast && c.Start == m.Start))
            {
                continue;
            }

            var wordEnd = m.End;
            while (wordEnd < position && char.IsLetter(Text[wordEnd]) && FoldedText.ScriptOf(Text[wordEnd]) == Script.Hangul)
            {
                wordEnd++;
            }

            // A word of contrast may open it ("でも", "다만"): it says how the sentence goes on, not who.
            if (m.Value is not (MarkKind.OtherSubjectAfter or MarkKind.Contrast) && (m.End > position || !AdverbialTopicEndsAt(before[..(wordEnd - sentence)])))
            {
                return false;
            }
        }

        foreach (var particle in Grammar.TopicParticles.Concat(Grammar.ObjectParticles).Concat(Grammar.MakerParticles))
        {
            var word = particle.Trim();
            for (var at = before.IndexOf(word, StringComparison.Ordinal); at >= 0; at = NextAt(before, word, at))
            {
                var end = at + word.Length;
                // A Hangul particle ends the word it is written onto; a Japanese one stands anywhere.
                var hangul = FoldedText.ScriptOf(word[0]) == Script.Hangul;
                if ((!hangul || (at > 0 && char.IsLetterOrDigit(before[at - 1]) && (end == before.Length || !char.IsLetterOrDigit(before[end]))))
                    && !AdverbialTopicEndsAt(before[..end]))
                {
                    return false;
                }
            }
        }

        return true;

        bool AdverbialTopicEndsAt(ReadOnlySpan<char> words)
        {
            foreach (var topic in Grammar.AdverbialTopics)
            {
                if (words.EndsWith(topic, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        static int NextAt(ReadOnlySpan<char> span, string word, int at) => span[(at + 1)..].IndexOf(word, StringComparison.Ordinal) is var next and >= 0 ? at + 1 + next : -1;
    }

    /// <summary>
    /// Whether the sentence up to this point is about the speaker: a first-person word or claimed name, and nobody else made the subject since.
    /// A sentence with no subject of its own continues the one before ("私はClaudeです。Anthropicによって開発されました。",
    /// "## About me\n- **Name**: Claude").
    /// </summary>
    public bool AboutSpeaker(int position) => Speaker(position, sentencesBack: 1) == true;

    /// <summary>
    /// Whether a form's field is the speaker's: yes unless this sentence or one of a few before it makes someone else the
    /// subject ("Here is a comparison:\n- Model: GPT-4\n- Model: Claude").
    /// A JSON object's key is the speaker's only in a card the reply is (see <see cref="FoldedText"/>), not in a code block
    /// beside words of the reply's own (answers about anything show code: "My suggestion:\n```json …", where a name is a cue,
    /// <see cref="InShownJson"/>), and never when the words around it speak of the user's things ("…for your bot:").
    /// </summary>
    public bool FormAboutSpeaker(int position) => !InJsonObject(position)
        ? !(InShownCode(position) && CodeLiteralLine(position)) && (Speaker(position, sentencesBack: 4) ?? true)
        : !InShownCode(position) && !UserWordsAroundJson() && (Speaker(position, sentencesBack: 4) ?? true);

    /// <summary>
    /// Whether the line sets a program's key, unquoted, inside an object ("  model: \"gpt-4o-mini\",", "{ name: \"耳機\", price: 1290 },"):
    /// a comma, a semicolon or a bracket ends it, or it is indented with a quoted value. A card shown in a code block
    /// ("Name: Nova") is neither, and a JSON key in quotes is read with the words around it.
    /// </summary>
    private bool CodeLiteralLine(int position)
    {
        var start = Text.LineStart(position);
        var line = Text.Folded.AsSpan(start, Text.LineEnd(position) - start).TrimEnd(' ');
        var colon = line.IndexOf(':');
        return colon > 0 && char.IsLetterOrDigit(line[colon - 1])
            && (line[^1] is ',' or ';' or '{' or '(' or '[' or '}' or ')' || (line[0] is ' ' or '\t' && line[(colon + 1)..].TrimStart(' ') is ['"' or '\'' or '`', ..]));
    }

    /// <summary>Whether the position is in a JSON object inside a code block the reply shows beside words of its own.</summary>
    public bool InShownJson(int position) => InJsonObject(position) && InShownCode(position);

    /// <summary>Whether the user's words (setting user-words) stand outside the reply's JSON object, found once.</summary>
    private bool UserWordsAroundJson()
    {
        if (userWordsAroundJson is { } known)
        {
            return known;
        }

        int open = Text.Folded.IndexOf('{'), close = Text.Folded.LastIndexOf('}');
        userWordsAroundJson = UserWords.Any(w => w.End <= open || w.Start > close);
        return userWordsAroundJson.Value;
    }

    private bool? userWordsAroundJson;

    /// <summary>Whether the position is inside a fenced code block (```) of a reply that also says something outside it.</summary>
    public bool InShownCode(int position)
    {
        var blocks = codeBlocks ??= CodeBlocks();
        return blocks.Any(b => position >= b.Start && position < b.End);
    }

    private List<(int Start, int End)>? codeBlocks;

    /// <summary>The insides of the reply's fenced code blocks, found once; none when the reply says nothing outside them.</summary>
    private List<(int Start, int End)> CodeBlocks()
    {
        var text = Text.Folded;
        var inside = new List<(int Start, int End)>();
        int outside = 0, fences = 0;
        for (var at = 0; at < text.Length;)
        {
            var fence = text.IndexOf("```", at, StringComparison.Ordinal);
            var end = fence < 0 ? text.Length : fence;
            if (fences % 2 == 0)
            {
                outside += text.AsSpan(at, end - at).Trim().Length;
            }
            else
            {
                inside.Add((at, end));
            }

            if (fence < 0)
            {
                break;
            }

            fences++;
            at = fence + 3;
            // The fence's language tag ("```json") is part of the fence.
            while (fences % 2 == 1 && at < text.Length && char.IsLetter(text[at]))
            {
                at++;
            }
        }

        return outside > 0 ? inside : [];
    }

    /// <summary>Whether the line of this position holds a JSON key read as a label (its closing quote is the label's colon).</summary>
    private bool InJsonObject(int position)
    {
        var line = Text.Folded.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        for (var i = line; i < Text.Length && Text[i] != '\n'; i++)
        {
            if (Text[i] == ':' && Text.Original[i] is '"' or '\'')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a grammar word is a form's label ("Name:", "名称：", "Developer:"), or stands right before a colon ("**Fine-tuned
    /// by:** Helix Labs"): a form answers about its own subject.
    /// </summary>
    public bool IsFormLabel(PhraseHit<MarkKind> mark) => Text[mark.End - 1] == ':' || (mark.End < Text.Length && Text[mark.End] == ':');

    /// <summary>
    /// Whether the sentence of this position is about the speaker, or null when nothing in it or in the sentences before
    /// (as many as <paramref name="sentencesBack"/>) says whose it is: a form in answer to "who are you"
    /// ("Name: Zephyr\nDeveloper: Foo") is then the speaker's, a sentence is not.
    /// </summary>
    private bool? Speaker(int position, int sentencesBack)
    {
        // The latest subject before the position wins: the speaker (a first-person word, a claimed name) or someone else
        // (another subject, role-play, or an unclaimed name opening a clause: "通义千问是阿里巴巴开发的模型").
        int lastSelf = -1, lastOther = -1;
        foreach (var m in SentenceBefore(position))
        {
            if (m.Value is MarkKind.Self or MarkKind.FirstPerson or MarkKind.MakerOfMe)
            {
                lastSelf = m.Start;
            }
            else if (m.Value is MarkKind.OtherSubject or MarkKind.Roleplay or MarkKind.ThirdParty)
            {
                lastOther = m.Start;
            }
        }

        var names = NamesInSentence(position).Where(o => !o.IsMakerRole).ToList();
        foreach (var o in names.Where(o => o.Start < position))
        {
            if (o.Status == NameStatus.Claimed)
            {
                lastSelf = Math.Max(lastSelf, o.Start);
            }
            else if (OpensClause(o.Start) || MarksAfter(o.End).Any(m => m.Value == MarkKind.OtherSubjectAfter))
            {
                lastOther = Math.Max(lastOther, o.Start);
            }
        }

        if (lastSelf >= 0 || lastOther >= 0)
        {
            return lastSelf > lastOther;
        }

        // Nothing yet: a name claimed later in the sentence ("Anthropicが開発したClaudeです"), a first-person predicate that
        // ends it ("Anadolu Lab tarafından eğitilmiş bir asistanım."), or the sentence before.
        if (names.Any(o => o.Status == NameStatus.Claimed)
            || Window(markSentences, Layout.Sentence(position), position).Any(m => m.Value == MarkKind.FirstPerson && m.Start >= position && EndsSentence(m))
            || MakerFragment(position, names))
        {
            return true;
        }

        // Only the sentence right before: "I'm Claude. Here is a comparison:\n- Model: GPT-4" is not about the speaker.
        var previous = Layout.PreviousSentenceEnd(position);
        // A line break right after a stop ends a sentence of nothing: the one before it is still the sentence before
        // ("私はClaudeです。\nOpenAIによって開発されました。"); a blank line parts them.
        if (previous > 0 && Text[previous] == '\n' && Layout.PreviousSentenceEnd(previous) == previous - 1 && Text[previous - 1] != '\n')
        {
            previous--;
        }

        return sentencesBack > 0 && previous >= 0 ? Speaker(previous, sentencesBack - 1) : null;
    }

    /// <summary>
    /// A sentence that is only a made-by form and its maker, in the paragraph of a sentence before it ("Nova, at your service!
    /// Made by Acme."): its unsaid subject is the speaker. Not "Made by OpenAI, ChatGPT is …", which names what was made, nor a
    /// footer set apart ("---\nBuilt by Zephyrine"), which may name a product.
    /// </summary>
    private bool MakerFragment(int position, List<NameOccurrence> names)
    {
        if (names.Count > 0 || SentenceBefore(position).ToList() is not [{ Value: MarkKind.MadeBy } made] || !Layout.StartsClause(Text, made.Start)
            || Window(markSentences, Layout.Sentence(position), position).Any(m => m.Start >= position))
        {
            return false;
        }

        var previous = Layout.PreviousSentenceEnd(made.Start);
        return previous >= 0 && !Text.Original.AsSpan(previous, made.Start - previous).Contains('\n');
    }

    /// <summary>Whether a name opens its clause, perhaps after an article ("O ChatGPT é …", "Il ChatGPT è …").</summary>
    private bool OpensClause(int start) => Layout.StartsClause(Text, start) || (ArticleBefore(start) is { } article && Layout.StartsClause(Text, article));

    /// <summary>Whether a name opens its phrase, perhaps after an article ("Η Κυρα-Λένη εδώ", "O Nova aqui").</summary>
    public bool OpensPhrase(int start) => Layout.StartsPhrase(Text, start) || (ArticleBefore(start) is { } article && Layout.StartsPhrase(Text, article));

    /// <summary>Where an article right before this word starts ("the Nova", "एक शिक्षक"), or null: what follows it is described.</summary>
    public int? ArticleBefore(int start)
    {
        var end = start;
        while (end > 0 && Text[end - 1] == ' ')
        {
            end--;
        }

        var word = end;
        while (word > 0 && SpacedNames.IsWordLetter(Text[word - 1]))
        {
            word--;
        }

        return word < end && end < start && Grammar.Articles.Contains(Text.Folded[word..end]) ? word : null;
    }

    /// <summary>
    /// Whether a form that makes what stands before it what the speaker is ("… होने के नाते", being …; "… ہونے کے ناطے") goes on
    /// to the speaker's own words in its sentence ("… होने के नाते |मेरी| सलाह"): "as X, I …" says the speaker is X.
    /// </summary>
    public bool SpeakerAsAfter(PhraseHit<MarkKind> mark) =>
        mark.Value == MarkKind.FirstPerson && Grammar.AsAfterForms.Contains(Text.Folded[mark.Start..mark.End].Trim())
        && (Window(markSentences, Layout.Sentence(mark.Start), mark.End).Any(m => m.Start >= mark.End && m.Value is MarkKind.Self or MarkKind.FirstPerson)
            || SpeakerVerbAfter(mark.End));

    /// <summary>
    /// Whether the sentence goes on, after this offset, to a verb only the speaker uses of itself: "MediKo-8B로서 일반적인 정보를
    /// |드립니다|" says "I" where Korean leaves it out.
    /// </summary>
    private bool SpeakerVerbAfter(int from)
    {
        var end = from;
        while (end < Text.Length && Layout.SameSentence(from, end))
        {
            end++;
        }

        return SpeakerVerbWithin(from, end);
    }

    /// <summary>Whether a speaker verb starts between these offsets ("ハルカが|お答えします|", "Solar가 알려|드리는|").</summary>
    public bool SpeakerVerbWithin(int from, int end)
    {
        for (var at = from; at < end; at++)
        {
            if (SpeakerVerbAt(at))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a speaker verb starts here: a whole word in a spaced script ("раджу", not the "рекомендую" in "рекомендуют"), or
    /// written onto the word before in Hangul ("안내해|드립니다").
    /// </summary>
    public bool SpeakerVerbAt(int at)
    {
        foreach (var verb in Grammar.SpeakerVerbs)
        {
            if (!Text.Folded.AsSpan(at).StartsWith(verb, StringComparison.Ordinal))
            {
                continue;
            }

            var end = at + verb.Length;
            if (FoldedText.ScriptOf(verb[0]) != Script.Spaced
                || ((at == 0 || !char.IsLetter(Text[at - 1])) && (end >= Text.Length || !char.IsLetter(Text[end]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a maker form opens a sentence whose next clause is about the speaker ("Lumen Labsによって訓練されたモデルとして、私は…",
    /// "Lumen Labs에서 훈련한 모델로서, 저는 …"), with nothing between that turns to someone else. Only the sentence's opening clause.
    /// </summary>
    public bool SpeakerAhead(int position)
    {
        if (SentenceBefore(position).Any(m => !Layout.SameClause(m.Start, position)) || Speaker(position, sentencesBack: 0) is not null)
        {
            return false;
        }

        foreach (var m in Window(markSentences, Layout.Sentence(position), position).Where(m => m.Start >= position).TakeWhile(m => m.Start - position <= Reach))
        {
            switch (m.Value)
            {
                case MarkKind.Self or MarkKind.FirstPerson:
                    // The Japanese comma does not end a clause, but it ends this opening one; so does "as a …" ("모델로서").
                    return !Layout.SameClause(m.Start, position) || Text.Folded.AsSpan(position, m.Start - position).Contains('、')
                        || Grammar.AsAfterForms.Contains(Text.Folded[m.Start..m.End].Trim());
                case MarkKind.OtherSubject or MarkKind.OtherSubjectAfter or MarkKind.Roleplay or MarkKind.ThirdParty or MarkKind.ThirdPartyAfter
                    or MarkKind.Negation or MarkKind.NegationAfter or MarkKind.Contrast or MarkKind.Conjunction or MarkKind.Hedge:
                    return false;
                case MarkKind.SelfAfter when EndsSentence(m):
                    // "GoogleのAIアシスタントです。": a copula that closes a sentence with no subject has the speaker as its unsaid one.
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether a form closes its sentence: nothing but the rest of its spaced word follows ("하나라고 불러|주세요."); unspaced letters go on.</summary>
    public bool EndsSentence(PhraseHit<MarkKind> mark)
    {
        var end = mark.End;
        while (end < Text.Length && char.IsLetter(Text[end]) && FoldedText.ScriptOf(Text[end]) != Script.Unspaced)
        {
            end++;
        }

        var after = SkipDecoration(end);
        while (after < Text.Length && Text[after] == ' ')
        {
            after = SkipDecoration(after + 1);
        }

        return after >= Text.Length || !Layout.SameSentence(after, mark.Start) || !char.IsLetterOrDigit(Text[after]);
    }

    /// <summary>A form label that ends its line when its value opens the next one here ("**Developer:**\nLumen Labs"), else default.</summary>
    public PhraseHit<MarkKind> LabelAbove(int position)
    {
        var label = MarkBefore(position);
        return label != default && IsFormLabel(label) && !Layout.SameClause(label.Start, position) && UnlistedNames.ValueOfLabel(Text, label.End) == position
            ? label
            : default;
    }

    /// <summary>"by X", "由X", "X开发", "X's", "X에서 개발": where the maker form starts and ends around the name.</summary>
    public bool HasMakerForm(NameOccurrence o, out int start, out int end)
    {
        start = o.Start;
        end = o.End;
        var before = ClauseBefore(o.Start).LastOrDefault(m => m.Value is MarkKind.MakerBefore or MarkKind.MadeBy or MarkKind.MakerOfMe);
        before = before == default && LabelAbove(o.Start) is { Value: MarkKind.MadeBy } above ? above : before;
        if (before != default && (o.Start - before.End <= Grammar.MakerGap || (before.Value == MarkKind.MadeBy && OnlySmallWords(before.End, o.Start))
            || (before.Value is MarkKind.MadeBy or MarkKind.MakerOfMe && OnlyItsPeople(before.End, o.Start))))
        {
            start = before.Start;
        }

        var after = MarksAfter(o.End, Grammar.MakerGap).FirstOrDefault(m => m.Value is MarkKind.MakerAfter or MarkKind.MadeByAfter or MarkKind.MakerOfMe);
        if (after != default)
        {
            end = after.End;
        }

        return start != o.Start || end != o.End;
    }

    /// <summary>
    /// Whether only a few words in lower case stand between a made-by form and a maker: "created by |a team of developers at|
    /// Amazon", "creado por |un equipo de desarrolladores de| Acme Labs".
    /// </summary>
    private bool OnlySmallWords(int start, int end)
    {
        var words = Text.Original[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // German capitalises its nouns: "von einem |Team von Entwicklern bei| Helix Labs". The last word links people to their
        // organisation (maker-links: "at", "de", "bei"), not to a place ("researchers here in the Philippines").
        return words.Length is > 0 and <= MostSmallWords && Grammar.MakerLinks.Contains(FoldedText.Fold(words[^1])) && words.All(w => w.All(c => char.IsLetter(c) && FoldedText.ScriptOf(c) == Script.Spaced)
            && (!char.IsUpper(w[0]) || Grammar.MakerPeople.Contains(FoldedText.Fold(w)) || Grammar.GenericWords.Contains(FoldedText.Fold(w))));
    }

    /// <summary>
    /// Whether only the maker's people and words that describe them stand between the form and the maker, however long they
    /// are: "Меня обучила |исследовательская группа| МГУ".
    /// </summary>
    private bool OnlyItsPeople(int start, int end)
    {
        var words = Text.Folded[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 3 && Grammar.MakerPeople.Contains(words[^1])
            && words.All(w => Grammar.MakerPeople.Contains(w) || Grammar.GenericWords.Contains(w) || Grammar.Articles.Contains(w));
    }

    /// <summary>The most words in lower case between a made-by form and its maker.</summary>
    private const int MostSmallWords = 8;

    /// <summary>
    /// Whether a claim form sits inside a quotation that is not the whole reply: someone else's words, whether its name is in
    /// the quotation too or past its end ("那句“我是通义千问”是通义千问的…": the form does not reach out of its quotation).
    /// </summary>
    public bool IsQuoted(int form, int name)
    {
        var quote = Layout.QuoteStart(form);
        return quote >= 0 && (quote > Layout.FirstContent || LinesAfterQuote(quote)) && (Layout.QuoteStart(name) == quote || (name > form && Layout.QuoteStart(name) < 0 && !OnlyFormQuoted(quote, form, name)))
            && !AnswerValue(quote);
    }

    /// <summary>
    /// Whether lines of the reply's own follow a quotation that opens it ("„Hallo, ich bin Alexa.“\n\nAlternativ: …"): the
    /// quotation is a line offered, not the reply quoted whole.
    /// </summary>
    private bool LinesAfterQuote(int quote)
    {
        var close = quote + 1;
        while (close < Text.Length && Layout.QuoteStart(close) == quote)
        {
            close++;
        }

        var nextLine = Text.Folded.IndexOf('\n', Math.Min(close, Text.Length));
        for (var i = nextLine; i >= 0 && i < Text.Length; i++)
        {
            if (char.IsLetter(Text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a quotation holds nothing but the form, set off ("Моё «имя» — ChatGPT"), not someone's sentence.</summary>
    private bool OnlyFormQuoted(int quote, int form, int before)
    {
        var close = quote + 1;
        while (close < before && Layout.QuoteStart(close) == quote)
        {
            close++;
        }

        return MarkFrom(form) is { } mark && mark.Start == form
            && Text.Folded.AsSpan(quote + 1, Math.Max(0, close - quote - 2)).Trim(" *").SequenceEqual(Text.Folded.AsSpan(mark.Start, mark.End - mark.Start).Trim());
    }

    /// <summary>
    /// Whether a quotation is the string value of an answer's key ("output": "…", answer = "…"): the reply's own words, as a
    /// dataset row, an API dump or a log holds them; not in code shown beside words of the reply's own, nor where the reply
    /// speaks of the user's things.
    /// </summary>
    private bool AnswerValue(int quote)
    {
        var at = quote - 1;
        while (at >= 0 && Text[at] == ' ')
        {
            at--;
        }

        if (at < 0 || Text.Original[at] is not (':' or '=' or '"' or '\''))
        {
            return false;
        }

        // A key read as a label has its closing quote folded into the label's colon ("output": → output:).
        at -= Text.Original[at] is ':' or '=' ? 1 : 0;
        while (at >= 0 && Text[at] == ' ')
        {
            at--;
        }

        at -= at >= 0 && Text.Original[at] is '"' or '\'' ? 1 : 0;
        var end = at + 1;
        while (at >= 0 && (char.IsAsciiLetterOrDigit(Text[at]) || Text[at] == '_'))
        {
            at--;
        }

        return end > at + 1 && Grammar.AnswerKeys.Contains(Text.Folded[(at + 1)..end]) && !InShownCode(quote) && !UserWordsAroundJson() && !ProseOnLine(quote);
    }

    /// <summary>
    /// Whether the line of a quotation holds words of prose outside its quoted strings: three words in a row ("The dataset row
    /// reads {"output": …}"), where a record or a log line holds only keys and tags ("INFO generated=", "data: {").
    /// </summary>
    private bool ProseOnLine(int quote)
    {
        var text = Text.Original;
        var start = text.LastIndexOf('\n', Math.Max(0, quote - 1)) + 1;
        proseLines ??= [];
        if (proseLines.TryGetValue(start, out var known))
        {
            return known;
        }

        known = LineHasProse(text, start);
        proseLines[start] = known;
        return known;
    }

    /// <summary>Lines already looked at for prose, by where they start: a long record holds many quotations.</summary>
    private Dictionary<int, bool>? proseLines;

    private static bool LineHasProse(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        end = end < 0 ? text.Length : end;
        int words = 0;
        var inString = false;
        for (var i = start; i < end; i++)
        {
            var ch = text[i];
            if (ch == '"')
            {
                inString = !inString;
                words = 0;
                continue;
            }

            if (inString || !char.IsLetter(ch) || (i > start && char.IsLetter(text[i - 1])))
            {
                continue;
            }

            // A word starts here: it goes on a run when a single space separates it from the word before.
            var wordEnd = i;
            while (wordEnd < end && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            words = i >= 2 && text[i - 1] == ' ' && char.IsLetter(text[i - 2]) ? words + 1 : 1;
            if (words >= 3 && (wordEnd >= end || text[wordEnd] is ' ' or '.' or ',' or ':' or '{'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first offset from here that is not Markdown or a closing quote.</summary>
    public int SkipDecoration(int from)
    {
        while (from < Text.Length && Text[from] is '*' or '_' or '"' or '\'' or ')' or '」' or '』' or '»' or '`')
        {
            from++;
        }

        return from;
    }

    /// <summary>The marks whose key (clause or sentence) is this one, starting no earlier than <paramref name="from"/>.</summary>
    private IEnumerable<PhraseHit<MarkKind>> Window(int[] keys, int key, int from)
    {
        // Marks are sorted by start, so their clauses and sentences are sorted too.
        var i = Math.Max(LowerBound(keys, key), LowerBound(markStarts, from));
        for (; i < keys.Length && keys[i] == key; i++)
        {
            yield return Marks[i];
        }
    }

    private static int LowerBound(int[] keys, int key)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (keys[mid] < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
