namespace Alignment.Identity;

/// <summary>
/// Whether each name in a reply is claimed, denied, hedged or only mentioned, from the grammar words around it
/// (cases/claims.yaml). A name after a first-person claim form in its clause is claimed unless something subtracts it:
/// a negation, a hedge, a question, a quotation, role-play, a comparison or another subject. A name in a sentence about
/// the speaker that no form explains either way is <see cref="NameStatus.Unexplained"/>: the check then says it cannot tell.
/// </summary>
internal sealed class ClaimReader(ReplyContext reply)
{
    private readonly ClaimGrammar grammar = reply.Grammar;
    private readonly FoldedText text = reply.Text;
    private readonly ReplyLayout layout = reply.Layout;

    /// <summary>Reads every name in order: a later name's reading may rest on an earlier claim.</summary>
    public void ReadAll()
    {
        foreach (var o in reply.Names)
        {
            Read(o);
        }

        if (IsBareName())
        {
            // A reply that is only a name answers the question with it: "gpt-3.5-turbo" (which model), "OpenAI." (who made you).
            var families = reply.Names.Where(o => !o.IsMakerRole).ToList();
            foreach (var o in families.Count > 0 ? families : reply.Names.ToList())
            {
                o.Status = NameStatus.Claimed;
            }
        }
    }

    /// <summary>
    /// Where the reply's first line starts when it is a header that credits this name with what follows: bold, a heading or
    /// closing with a colon, the name right after a "by" or "from" ("**Ringkasan oleh DeepSeek**", "**Περίληψη από DeepSeek**",
    /// "Hadithi fupi kutoka kwa Mistral:"). What the reply goes on to give is the named model's work.
    /// </summary>
    private int? CreditedInHeader(NameOccurrence o)
    {
        if (Signatures.HeaderLine(reply) is not var (first, lineEnd) || o.Start < first || o.End > lineEnd)
        {
            return null;
        }

        var by = reply.MarkBefore(o.Start);
        return by.Value is MarkKind.MakerBefore or MarkKind.MadeBy && by.End > first && o.Start - by.End <= 2 && !reply.IsAsked(o.End) ? first : null;
    }

    /// <summary>
    /// Where a short question about the speaker starts that a sentence of only this name answers: "Who am I? Claude.", "Nome?
    /// Claude.", "名字？Claude。", "Как меня зовут? Claude." (a self or naming form in it, or a naming label alone; not "Which do I
    /// recommend? ChatGPT.").
    /// </summary>
    private int? AnswersASelfQuestion(NameOccurrence o)
    {
        var start = layout.PreviousSentenceEnd(o.Start) + 1;
        for (var i = start; i < o.Start; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return null;
            }
        }

        for (var i = o.End; i < text.Length && layout.SameSentence(i, o.Start); i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return null;
            }
        }

        var mark = start - 1;
        while (mark >= 0 && char.IsWhiteSpace(text[mark]))
        {
            mark--;
        }

        if (mark <= 0 || text[mark] is not ('?' or '？'))
        {
            return null;
        }

        var from = layout.PreviousSentenceEnd(mark) + 1;
        var question = text.Folded[from..mark].Trim(' ', '*', '_', '\n');
        return question.Length is > 0 and <= ShortQuestion && question.Count(c => c == ' ') < 6
            && (reply.MarksBetween(from, mark).Any(m => m.Value is MarkKind.Self or MarkKind.Naming) || grammar.NamingForms.Contains(question + ":") || grammar.SelfQuestions.Contains(question))
            ? from
            : null;
    }

    /// <summary>The most characters of a question about the speaker that a bare name answers ("Who am I?", "Как меня зовут?").</summary>
    private const int ShortQuestion = 40;

    /// <summary>Whether a name (a family, or a maker in a claim slot) is claimed, denied, hedged or only mentioned.</summary>
    private void Read(NameOccurrence o)
    {
        if (o.Signs)
        {
            o.Status = NameStatus.Claimed;
            return;
        }

        if (OnlyNameAndMaker(o))
        {
            o.Status = NameStatus.Claimed;
            return;
        }

        var after = reply.MarksAfter(o.End);
        // "Claude here!" introduces the speaker only when the name opens its clause, not in "Try ChatGPT here!".
        // "저는 노바라는 AI입니다" (I am an AI called Nova): a naming form after the name claims only in a sentence about the
        // speaker ("하이퍼클로바라는 모델 명은 …" names a model), or in one that is only the name and the form ("ミライと申します。"),
        // perhaps after a description ("AIアシスタントのミナと申します。").
        var selfAfter = after.FirstOrDefault(m => m.Value == MarkKind.SelfAfter
            || (m.Value == MarkKind.NamingAfter && (SpeakerSentence(o.Start) || ((layout.StartsClause(text, o.Start) || !char.IsLetterOrDigit(text[o.Start - 1]) || reply.Grammar.NameEnds.Contains(text[o.Start - 1])) && reply.EndsSentence(m))
                || UnlistedNames.NamedAfterItsMaker(reply, m)))
            || (m.Value == MarkKind.SelfAfterOpening && (layout.StartsPhrase(text, o.Start) || OnlyTitleBefore(o.Start)))
            || reply.SpeakerAsAfter(m));
        if (selfAfter == default && layout.StartsPhrase(text, o.Start) && FormAfterCompany(o, after) is { } past)
        {
            selfAfter = past;
        }

        // "Yoda, I am.": a self form that closes the sentence after a comma points back at the name that opens it.
        if (selfAfter == default && layout.StartsPhrase(text, o.Start) && !(o.Unlisted && reply.IsEverydayWord(o.Start, o.End)) && reply.MarkFrom(o.End) is { } next && text.Original.AsSpan(o.End, next.Start - o.End).Trim() is ","
            && reply.MarksAt(next.Start).FirstOrDefault(m => m.Value == MarkKind.SelfAfter) is { Value: MarkKind.SelfAfter } inverted)
        {
            selfAfter = inverted;
        }

        // "Nova, at your service.", "Шерлок Холмс, к вашим услугам.": a greeting's form after a comma.
        if (selfAfter == default && layout.StartsPhrase(text, o.Start) && GreetingAfterComma(o.End) is { } greeting)
        {
            selfAfter = greeting;
        }

        var trigger = ClaimForm(o.Start);
        bool negated = false, hedged = false, roleplay = false, other = false, joined = false;
        foreach (var m in reply.ClauseBefore(o.Start))
        {
            var between = trigger is null || m.Start >= trigger.Value.End;
            switch (m.Value)
            {
                case MarkKind.Negation when between:
                    negated = true;
                    break;
                case MarkKind.Contrast:
                    negated = false;
                    break;
                case MarkKind.Hedge:
                    hedged = true;
                    break;
                case MarkKind.Roleplay:
                    roleplay = true;
                    break;
                case MarkKind.ThirdParty or MarkKind.OtherSubject when between:
                    other = true;
                    break;
                // "我是Claude，和ChatGPT一样", "Claude and ChatGPT": a name joined on, not one later in a clause the conjunction opens
                // ("… by OpenAI and my model version is GPT-3").
                case MarkKind.Conjunction when between && o.Start - m.End <= 4 && text.Original.AsSpan(m.End, o.Start - m.End).Trim(" *\"'“”「」").IsEmpty:
                    joined = true;
                    break;
            }
        }

        // "Ada, Tomas and Zyra (that's me)": a name the reply points at as its own is not merely joined on.
        other |= joined && !(selfAfter != default && text.Folded[selfAfter.Start] == '(');

        if (negated || after.Any(m => m.Value == MarkKind.NegationAfter) || reply.EndsClauseAbout(o, MarkKind.NegationFinal) || DeniedAfterList(o))
        {
            o.Status = NameStatus.Negated;
        }
        else if (hedged || after.Any(m => m.Value == MarkKind.Hedge) || reply.HedgedSentence(o.Start) || reply.EndsClauseAbout(o, MarkKind.HedgeFinal))
        {
            o.Status = NameStatus.Hedged;
        }
        else if (roleplay || other || after.Any(m => m.Value == MarkKind.ThirdPartyAfter) || reply.IsAsked(o.End)
            || (after.Any(m => m.Value == MarkKind.OtherSubjectAfter) && !(trigger is { } form && o.Start - form.End <= grammar.AfterGap)))
        {
            o.Status = NameStatus.Mentioned;
        }
        else if (trigger is { } t && !reply.IsQuoted(t.Start, o.Start) && !BehindAMention(o, t) && (!OpensOnly(t) || EndsItsClause(o)) && !OpensAList(o, t)
            && !(t.Value == MarkKind.Naming && reply.IsFormLabel(t) && layout.StartsClause(text, t.Start) && SentenceGoesOn(o)))
        {
            o.Status = NameStatus.Claimed;
            o.EvidenceStart = t.Start;
        }
        else if (trigger is null && selfAfter != default && !reply.ClauseBefore(o.Start).Any(m => m.Value == MarkKind.OtherSubject) && !reply.IsQuoted(selfAfter.Start, o.Start))
        {
            o.Status = NameStatus.Claimed;
            o.EvidenceEnd = selfAfter.End;
        }
        else if (trigger is null && ContinuedClaim(o) is { } from)
        {
            o.Status = NameStatus.Claimed;
            o.EvidenceStart = from;
        }
        else if (trigger is null && !o.IsMakerRole && o.Family is not null && AnswersASelfQuestion(o) is { } question)
        {
            o.Status = NameStatus.Claimed;
            o.EvidenceStart = question;
        }
        else if (o.Family is not null && CreditedInHeader(o) is { } credit)
        {
            o.Status = NameStatus.Claimed;
            o.EvidenceStart = credit;
        }
        else
        {
            // Named, and nothing says it is someone else's: not safely a mention. A reply that claims nothing else is then
            // uncertain, not "no claim" (which passes by default). Maker forms and words that are also ordinary words
            // (claim-only names) are plain mentions, and so is the next item of a list of mentions ("like Qwen, DeepSeek").
            o.Status = o.IsMakerRole || o.ClaimOnly || o.Unlisted || ListedAfterAMention(o) || Compared(o) || ListCompared(o) ? NameStatus.Mentioned : NameStatus.Unexplained;
        }
    }

    /// <summary>
    /// "ChatGPT von OpenAI ist eher der Allrounder, Gemini passt zu Google Docs", "ChatGPT को OpenAI ने बनाया है और Gemini को Google
    /// ने": a sentence that names two families or more and no word of the speaker's weighs products against each other; none of
    /// them is the speaker's. Asked who it is, a reply that names them and claims nothing is still uncertain (undenied names).
    /// </summary>
    private bool Compared(NameOccurrence o)
    {
        var families = reply.NamesInSentence(o.Start).Where(x => !x.IsMakerRole && !x.Unlisted && !x.ClaimOnly).Select(x => x.Family).Distinct().Count();
        return families >= 2 && !reply.InSentence(o.Start).Any(m => m.Value is MarkKind.Self or MarkKind.FirstPerson or MarkKind.SelfAfter
            or MarkKind.SelfAfterOpening or MarkKind.Naming or MarkKind.NamingAfter or MarkKind.MakerOfMe);
    }

    /// <summary>
    /// "- **ChatGPT** from OpenAI: …\n- **Gemini** from Google: …": a name that opens a list item, in a list whose items open
    /// with two families or more, weighs products one item at a time; none is the speaker's unless its own item says so.
    /// </summary>
    private bool ListCompared(NameOccurrence o)
    {
        if (ItemOpenedBy(o.Start) is null || reply.InSentence(o.Start).Any(m => m.Value is MarkKind.Self or MarkKind.FirstPerson or MarkKind.SelfAfter
            or MarkKind.SelfAfterOpening or MarkKind.Naming or MarkKind.NamingAfter or MarkKind.MakerOfMe))
        {
            return false;
        }

        // The families that open list items, found once per reply (a long list names many).
        itemFamilies ??= reply.Names.Where(x => !x.IsMakerRole && !x.Unlisted && !x.ClaimOnly && ItemOpenedBy(x.Start) is not null)
            .Select(x => x.Family!).ToHashSet(StringComparer.Ordinal);
        return itemFamilies.Any(f => f != o.Family);
    }

    private HashSet<string>? itemFamilies;

    /// <summary>The start of the list item ("- ", "* ", "• ", "1. ") that this offset opens, past Markdown emphasis; else null.</summary>
    private int? ItemOpenedBy(int offset)
    {
        var at = offset;
        while (at > 0 && text[at - 1] is '*' or '_' or ' ' or '`')
        {
            at--;
        }

        var marker = at;
        if (marker > 0 && text[marker - 1] is '-' or '*' or '•' or '·' or '–')
        {
            marker--;
        }
        else if (marker > 1 && text[marker - 1] is '.' or ')' && char.IsDigit(text[marker - 2]))
        {
            marker -= 2;
            while (marker > 0 && char.IsDigit(text[marker - 1]))
            {
                marker--;
            }
        }
        else
        {
            return null;
        }

        while (marker > 0 && text[marker - 1] == ' ')
        {
            marker--;
        }

        return marker == 0 || text[marker - 1] == '\n' ? marker : null;
    }

    /// <summary>Whether a comma alone sets the name after a name only mentioned: the next item of its list.</summary>
    private bool ListedAfterAMention(NameOccurrence o)
    {
        var before = reply.NamesBetween(o.Start - 64, o.Start).Where(x => x.End <= o.Start).MaxBy(x => x.End);
        return before is { Status: NameStatus.Mentioned } && text.Original.AsSpan(before.End, o.Start - before.End).Trim() is [',' or '、' or '，'];
    }

    /// <summary>A clause-opening self form ("Это …", "Ici …") that introduces only a name standing alone.</summary>
    /// <summary>
    /// "Como ChatGPT o Gemini, soy…", "Come ChatGPT o Gemini sono…": a clause-opening "as" before a list of alternatives
    /// compares; "As ChatGPT, I…" claims.
    /// </summary>
    private bool OpensAList(NameOccurrence o, PhraseHit<MarkKind> form)
    {
        if (!grammar.ClauseStartSelves.Contains(text.Folded[form.Start..form.End].Trim()))
        {
            return false;
        }

        var next = reply.NamesBetween(o.End, o.End + 11).FirstOrDefault();
        var previous = reply.NamesBetween(Math.Max(form.End, o.Start - 40), o.Start).LastOrDefault(n => n.End <= o.Start);
        return (next is not null && Joins(o, next)) || (previous is not null && Joins(previous, o));

        // "X or Y", "X ou o Y", and two families with a comma, "X, Y": a list of alternatives ("Gemma 2, Google's model" is none).
        bool Joins(NameOccurrence first, NameOccurrence second)
        {
            if (second.Start - first.End > 10)
            {
                return false;
            }

            var between = text.Folded[first.End..second.Start].Trim();
            var words = between.Trim(',', '，', '、').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return (words.Length == 0 && between.Length > 0 && !first.IsMakerRole && !second.IsMakerRole && first.Family is not null && second.Family is not null)
                || (words.Length is 1 or 2 && grammar.ListJoiners.Contains(words[0]) && (words.Length == 1 || grammar.Articles.Contains(words[1])));
        }
    }

    /// <summary>
    /// Where the denial follows the names, one denies all the alternatives before it: "मैं चैटजीपीटी |या| जेमिनी नहीं हूँ" (I am
    /// not ChatGPT or Gemini).
    /// </summary>
    private bool DeniedAfterList(NameOccurrence o)
    {
        for (var first = o; reply.NameFrom(first.End) is { } next && next.Start - first.End <= 10; first = next)
        {
            var words = text.Folded[first.End..next.Start].Trim().Trim(',', '，', '、').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length != 1 || !grammar.ListJoiners.Contains(words[0]))
            {
                return false;
            }

            if (reply.MarksAfter(next.End).Any(m => m.Value == MarkKind.NegationAfter))
            {
                return true;
            }
        }

        return false;
    }

    private bool OpensOnly(PhraseHit<MarkKind> form) => grammar.OpeningSelfForms.Contains(text.Folded[form.Start..form.End].Trim());

    /// <summary>
    /// A reply whose first sentence is only a name, a comma and its maker, as a title is: "Claude, made by Anthropic. 🙂",
    /// "Claude，Anthropic出品。", "DeepSeek-V3, un asistente de IA creado por DeepSeek". A name that goes on to a verb of its
    /// own ("ChatGPT, made by OpenAI, is …") is no title.
    /// </summary>
    private bool OnlyNameAndMaker(NameOccurrence o)
    {
        if (o.IsMakerRole || o.Start != layout.FirstContent)
        {
            return false;
        }

        // An emoji may stand for the comma ("Claude 🙂 Anthropic உருவாக்கியது."), and brackets may hold the maker ("Claude (Anthropic).").
        var comma = reply.SkipDecoration(o.End);
        var emoji = false;
        while (comma < text.Length && (text[comma] == ' ' || FoldedText.IsEmoji(text[comma])))
        {
            emoji |= text[comma] != ' ';
            comma++;
        }

        var bracket = comma < text.Length && text[comma] is '(' or '（';
        // "Claude от Anthropic.": a maker's form may follow the name without a comma.
        if (comma >= text.Length || !(SpacedNames.IsComma(text[comma]) || bracket || (emoji && reply.NameFrom(comma) is { IsMakerRole: true } next && next.Start == comma)
            || (comma > o.End && reply.MarkFrom(comma) is { Value: MarkKind.MakerBefore or MarkKind.MadeBy } by && by.Start == comma)))
        {
            return false;
        }

        var maker = reply.NamesBetween(comma, text.Length).FirstOrDefault();
        if (bracket)
        {
            return maker is { IsMakerRole: true } && maker.Start == comma + 1 && maker.End < text.Length && text[maker.End] is ')' or '）'
                && UnlistedNames.EndsTitle(reply, maker.End + 1, o.Start);
        }

        var marks = reply.Marks.Where(m => m.Start >= comma && layout.SameSentence(m.Start, o.Start)).ToList();
        if (maker is not { IsMakerRole: true } || !layout.SameSentence(maker.Start, o.Start)
            || !(marks.Count == 1 ? marks[0].Value is MarkKind.MadeBy or MarkKind.MakerBefore or MarkKind.MadeByAfter or MarkKind.MakerAfter : marks.Count == 0 && OnlySmallWords(comma + 1, maker.Start)))
        {
            return false;
        }

        // "Claude, Anthropic'ten.": a suffix after an apostrophe is the maker's case.
        var makerEnd = maker.End;
        if (makerEnd + 1 < text.Length && text[makerEnd] is '\'' or '’' && char.IsLower(text.Original[makerEnd + 1]))
        {
            makerEnd++;
            while (makerEnd < text.Length && char.IsLetter(text[makerEnd]))
            {
                makerEnd++;
            }
        }

        return UnlistedNames.EndsTitle(reply, Math.Max(makerEnd, marks.Count == 1 ? marks[0].End : 0), o.Start);
    }

    /// <summary>
    /// Whether only a few lower-case or generic words stand between two offsets ("Claude, |de| Anthropic.", "Claude, |un
    /// assistant IA d'|Anthropic."): words that link a name to its maker, not a clause of their own.
    /// </summary>
    private bool OnlySmallWords(int from, int to)
    {
        var words = text.Original[from..to].Split([' ', '\'', '’'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 4 && words.All(w => w.All(char.IsLetter) && (grammar.GenericWords.Contains(FoldedText.Fold(w)) || (w.All(char.IsLower) && w.Length <= 4)));
    }

    /// <summary>
    /// Whether at most three words in lower case (or generic ones) stand between a continuation word and a name: what of the
    /// name it rests on ("basé sur |la technologie| Gemini", "GPT-4 |아키텍처|를 기반으로").
    /// </summary>
    private bool OnlyTechnicalWords(int from, int to)
    {
        from = AfterGloss(from, to);
        if (to - from > 30)
        {
            return false;
        }

        // Markdown around the name is no word: "basé sur la technologie **Gemini**".
        var words = text.Original[from..to].Split([' ', '\'', '’', '\u00a0', '*', '_', '`'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3 && words.All(w => w.All(char.IsLetter) && (!char.IsUpper(w[0]) || grammar.GenericWords.Contains(FoldedText.Fold(w))));
    }

    /// <summary>
    /// Past a gloss in brackets that opens the span, such as a name's expansion: "GPT |(Generative Pre-trained Transformer)|
    /// 아키텍처를 기반으로".
    /// </summary>
    private int AfterGloss(int from, int to)
    {
        var at = from;
        while (at < to && text[at] == ' ')
        {
            at++;
        }

        if (at >= to || text[at] is not ('(' or '（'))
        {
            return from;
        }

        var close = text.Folded.IndexOfAny([')', '）'], at, Math.Min(to, at + 60) - at);
        return close < 0 ? from : close + 1;
    }

    /// <summary>A greeting's form right after a comma that follows a name ("Nova, |at your service|").</summary>
    private PhraseHit<MarkKind>? GreetingAfterComma(int end)
    {
        var at = reply.SkipDecoration(end);
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        if (at >= text.Length || !SpacedNames.IsComma(text[at]))
        {
            return null;
        }

        at++;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return reply.MarkFrom(at) is { Value: MarkKind.SelfAfterOpening } m && m.Start == at ? m : null;
    }

    /// <summary>
    /// Whether a label's value goes on as a sentence in a spaced script: a transcript's "Assistant: Sydney is the capital of …"
    /// speaks of Sydney, where "Assistant: Nova" and "Model: GPT-4o (OpenAI)" answer the form.
    /// </summary>
    private bool SentenceGoesOn(NameOccurrence o) =>
        o.End + 1 < text.Length && text[o.End] == ' ' && char.IsLetter(text[o.End + 1]) && FoldedText.ScriptOf(text[o.End + 1]) == Script.Spaced
        && !EndsItsClause(o) && layout.SameClause(o.End + 1, o.Start);

    /// <summary>
    /// Whether only punctuation, or generic words, follow a name in its clause: "Это Орин, ИИ-ассистент", "معك مساعد وايدبوت
    /// الذكي،" (the smart one), not "Это Google Таблицы".
    /// </summary>
    private bool EndsItsClause(NameOccurrence o)
    {
        var after = reply.SkipDecoration(o.End);
        while (after < text.Length && text[after] == ' ')
        {
            after++;
            if (SpacedNames.GenericWordAt(reply, after))
            {
                after = SpacedNames.GenericWordEnd(text, after);
            }
        }

        // "ich bleibe Grok 4 von xAI.": its maker may follow.
        if (after < text.Length && reply.MarkFrom(after) is { Value: MarkKind.MakerBefore or MarkKind.MadeBy } by && by.Start == after
            && reply.NameFrom(by.End) is { IsMakerRole: true } maker && layout.SameClause(maker.Start, o.Start))
        {
            after = reply.SkipDecoration(maker.End);
        }

        // "معك سارة من مصرف الراجحي": the company it is from, in a script without capitals.
        return after >= text.Length || !layout.SameClause(after, o.Start) || !char.IsLetterOrDigit(text[after])
            || (SpacedNames.IsCaseless(text[after]) && SpacedNames.FromACompany(reply, after));
    }

    /// <summary>
    /// "Nova from Brightpath Bank here!", "Claude from Anthropic here!": a form after a name that opens its clause, past its
    /// company ("from" and capitalised words, or a listed maker).
    /// </summary>
    private PhraseHit<MarkKind>? FormAfterCompany(NameOccurrence o, List<PhraseHit<MarkKind>> after)
    {
        if (after.FirstOrDefault() is not { Value: MarkKind.MakerBefore } from)
        {
            return null;
        }

        var at = from.End;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        if (reply.NameFrom(at) is { } maker && maker.Start == at && maker.IsMakerRole)
        {
            at = maker.End;
        }
        else if (SpacedNames.SpacedName(reply, at) is { } company)
        {
            at = company.Item2;
        }
        else
        {
            // "Ollie from support here", "Lena from the billing team here": a team in a few lower-case words.
            for (var words = 0; words < 3 && at < text.Length && char.IsAsciiLetterLower(text.Original[at]) && reply.MarkFrom(at)?.Start != at; words++)
            {
                while (at < text.Length && char.IsAsciiLetterLower(text.Original[at]))
                {
                    at++;
                }

                while (at < text.Length && text[at] == ' ')
                {
                    at++;
                }
            }
        }

        return at > from.End && reply.MarkFrom(at) is { Value: MarkKind.SelfAfterOpening } form && form.Start - at <= 1 && layout.SameClause(o.Start, form.Start) ? form : null;
    }

    /// <summary>
    /// Whether only generic words open the clause before a name: a role title ("客服|小雪|为您服务", "AIアシスタントの「|コトハ|」がお答えします",
    /// "Support assistant Mia at your service"), so the name still opens what introduces the speaker.
    /// </summary>
    private bool OnlyTitleBefore(int start)
    {
        var from = start;
        while (from > 0 && layout.SameClause(from - 1, start) && !layout.StartsPhrase(text, from))
        {
            from--;
        }

        var words = text.Folded[from..start];
        var strip = true;
        var titled = false;
        while (strip)
        {
            words = words.TrimEnd(' ', '「', '『', '"', '\'', '*', '-', '、', '，');
            strip = false;
            if (words.Length > 0 && reply.Grammar.NameEnds.Contains(words[^1]))
            {
                words = words[..^1];
                strip = true;
            }
            else if (reply.Grammar.GenericUnspaced.FirstOrDefault(g => words.EndsWith(g, StringComparison.Ordinal)) is { } unspaced)
            {
                words = words[..^unspaced.Length];
                strip = true;
                titled = true;
            }
            else if (FoldedText.ScriptOf(text[start]) != Script.Spaced && reply.Grammar.AssistantWords.FirstOrDefault(a => words.EndsWith(a, StringComparison.Ordinal)) is { } assistant)
            {
                // "ヤマネコ便 サポートAI「|ニャビ|」がご案内します": an assistant's word, its company's name before it, titles the name.
                words = words[..^assistant.Length];
                strip = true;
                titled = true;
            }
            else if (words.LastIndexOf(' ') is var space && reply.Grammar.GenericWords.Contains(words[(space + 1)..]))
            {
                words = words[..(space + 1)];
                strip = true;
            }
        }

        return (words.Length == 0 || (titled && !words.Contains('。') && reply.MarksBetween(from, start).All(m => m.Value == MarkKind.MakerAfter))) && from < start;
    }

    /// <summary>A sentence whose own first-person word, before this position, makes it about the speaker.</summary>
    private bool SpeakerSentence(int position) =>
        reply.SentenceBefore(position).Any(m => m.Value is MarkKind.Self or MarkKind.FirstPerson) && reply.AboutSpeaker(position);

    /// <summary>
    /// A name in a clause that goes on from a self-claim earlier in the sentence: after a continuation word
    /// ("，基于GPT-4模型"), or standing alone as the whole clause ("I'm OpenAI's language model, GPT-3.").
    /// </summary>
    /// <returns>Where the claim starts, or null.</returns>
    private int? ContinuedClaim(NameOccurrence o)
    {
        // A specifying opener may share the name's clause ("구체적으로는 DeepSeek-V3 모델을 기반으로").
        var before = reply.SentenceBefore(o.Start).Where(m => !layout.SameClause(m.Start, o.Start) || grammar.IsSpecifying(text, m)).ToList();
        // "저는" is both the speaker's word and a self form: the self form it is; so is an opener that goes on about the speaker.
        var self = before.LastOrDefault(m => m.Value is MarkKind.Self or MarkKind.FirstPerson);
        if (self.Value == MarkKind.FirstPerson && (grammar.IsSpecifying(text, self) || before.Any(m => m.Value == MarkKind.Self && m.Start == self.Start && m.End == self.End)))
        {
            self = self with { Value = MarkKind.Self };
        }

        // "私はClaudeです。OpenAIのGPT-4に基づいて構築されています。": a sentence with no speaker or subject of its own goes
        // on about the speaker of the claim right before it, by a continuation word only.
        var earlier = self == default ? SpeakerOfSentenceBefore(o.Start) : null;
        if (earlier is { } speaker && (ContinuationLead(o) is { Value: MarkKind.Continuation } || TrailingContinuation(o)))
        {
            self = speaker;
        }

        bool selfDenied = false, elliptical = false;
        if (self == default)
        {
            self = before.LastOrDefault(m => m.Value == MarkKind.Negation
                && (grammar.SelfDenials.Contains(text.Folded[m.Start..m.End]) || DeniesANameAlone(m)));
            if (self == default)
            {
                return null;
            }

            selfDenied = true;
            elliptical = !grammar.SelfDenials.Contains(text.Folded[self.Start..self.End]);
        }

        // "我并不是ChatGPT，而是Claude": a denial answered by a contrast goes on to the claim; an open denial does not.
        bool negated = selfDenied, denied = selfDenied;
        foreach (var m in reply.SentenceBefore(o.Start).Where(m => m.Start >= self.End))
        {
            switch (m.Value)
            {
                case MarkKind.OtherSubject or MarkKind.ThirdParty or MarkKind.Roleplay or MarkKind.Hedge:
                    return null;
                case MarkKind.Negation:
                    negated = denied = true;
                    break;
                case MarkKind.Contrast:
                    negated = false;
                    break;
            }
        }

        var after = reply.SkipDecoration(o.End);
        // A wave dash ends a playful clause as an emoji does: "是我啦，小冰～".
        // So does a dash set off by spaces: "To ja, Grok – sigma AI od xAI".
        var endsClause = after >= text.Length || !layout.SameClause(after, o.Start) || text[after] is ',' or '.' or '。' or '，' or '!' or '?' or '～' or '~' || EmojiAfter(after)
            || (after + 2 < text.Length && text[after] == ' ' && text[after + 1] is '–' or '—' or '-' && text[after + 2] == ' ');
        // A maker's possessive may stand between ("powered by Meta's Llama 3"): it is not counted in the gap.
        var lead = ContinuationLead(o);
        if (lead != default)
        {
            // An elliptical denial is answered by a name alone: "Not ChatGPT, but Claude." (not "..., but Claude is good too"); a
            // full one by a name that ends its clause or leads into a grammar word ("…, sino Claude creado por Anthropic"), not by
            // a new sentence about the name ("No soy ChatGPT, pero Google es genial").
            return lead.Value == MarkKind.Contrast
                ? (denied && !negated && (endsClause || (!elliptical && reply.MarkFrom(after) is { } next && next.Start - after <= 1)) ? self.Start : null)
                : (!negated && self.Value == MarkKind.Self ? self.Start : null);
        }

        // Where the verb follows its object the continuation word comes after the name: "저는 대형 언어 모델로, GPT-4
        // 아키텍처를 기반으로 합니다", "…, GPT-4 tabanlı bir modelim".
        if (TrailingContinuation(o))
        {
            return !negated && self.Value == MarkKind.Self ? self.Start : null;
        }

        var alone = (layout.StartsClause(text, o.Start) || DescribedOpening(o.Start)) && endsClause;
        return alone && !negated && self.Value == MarkKind.Self ? self.Start : null;
    }

    /// <summary>The continuation or contrast word that leads to the name in its clause, a few words or a maker's possessive before it.</summary>
    private PhraseHit<MarkKind> ContinuationLead(NameOccurrence o) =>
        reply.ClauseBefore(o.Start).LastOrDefault(m => m.Value is MarkKind.Continuation or MarkKind.Contrast
            && (o.Start - m.End <= 6 || (o.Start - m.End <= 6 + reply.Grammar.MakerGap && o.Start - m.End - MakersBetween(m.End, o.Start) <= 6)
                || (m.Value == MarkKind.Continuation && OnlyTechnicalWords(m.End, o.Start))));

    /// <summary>Whether a continuation word follows the name in its clause, past technical words ("GPT-4 |아키텍처를| 기반으로").</summary>
    private bool TrailingContinuation(NameOccurrence o) =>
        reply.ClauseAfter(AfterGloss(o.End, text.Length)).FirstOrDefault() is { Value: MarkKind.ContinuationAfter } trailing && OnlyTechnicalWords(o.End, trailing.Start);

    /// <summary>
    /// The self form of the sentence right before this one, which claimed a name, when this one, up to the name, has no word
    /// of a speaker or subject of its own, nor of doubt or denial.
    /// </summary>
    private PhraseHit<MarkKind>? SpeakerOfSentenceBefore(int name)
    {
        if (reply.SentenceBefore(name).Any(m => m.Value is MarkKind.Self or MarkKind.FirstPerson or MarkKind.Naming or MarkKind.OtherSubject or MarkKind.ThirdParty
                or MarkKind.ThirdPartyAfter or MarkKind.OtherSubjectAfter or MarkKind.Roleplay or MarkKind.Hedge or MarkKind.Negation or MarkKind.Contrast))
        {
            return null;
        }

        // That sentence claimed a name the check read: after a name it could not ("僕はclawdbot。"), what is built on what stays open.
        var previous = layout.PreviousSentenceEnd(name);
        return previous > 0 && reply.SentenceBefore(previous).LastOrDefault(m => m.Value == MarkKind.Self) is { Value: MarkKind.Self } self
            && reply.NamesInSentence(previous).Any(n => n.Status == NameStatus.Claimed && !n.IsMakerRole)
            ? self
            : null;
    }

    /// <summary>
    /// Whether only a few lower-case words of description stand between the clause's start and a name: the user's word, an
    /// article or a generic word ("it's me, |your| Nova!", "¡Soy yo, |tu| Sofi!", "c'est moi, |ta| Léa").
    /// </summary>
    private bool DescribedOpening(int start)
    {
        var at = start;
        for (var words = 0; words < 3; words++)
        {
            var end = at - 1;
            if (end <= 0 || text[end] != ' ')
            {
                return false;
            }

            var from = end;
            while (from > 0 && char.IsLetter(text[from - 1]) && FoldedText.ScriptOf(text[from - 1]) == Script.Spaced)
            {
                from--;
            }

            var word = text.Folded[from..end];
            if (from == end || char.IsUpper(text.Original[from])
                || !(grammar.Articles.Contains(word) || grammar.GenericWords.Contains(word) || reply.UserWords.Any(u => u.Start == from && u.End == end)))
            {
                return false;
            }

            if (layout.StartsClause(text, from))
            {
                return true;
            }

            at = from;
        }

        return false;
    }

    /// <summary>An emoji, after spaces, where a full stop would stand: "it's me, Zephyr 💜".</summary>
    private bool EmojiAfter(int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at < text.Length && (char.IsSurrogate(text[at]) || char.GetUnicodeCategory(text[at]) == System.Globalization.UnicodeCategory.OtherSymbol);
    }

    /// <summary>How many characters of maker names lie between two offsets ("powered by |Meta|'s Llama").</summary>
    private int MakersBetween(int from, int to) =>
        reply.NamesBetween(from, to).Where(n => n.IsMakerRole && n.End <= to).Sum(n => n.End - n.Start);

    /// <summary>
    /// An elliptical denial, a clause that is only a negation and a name ("Not ChatGPT, but Claude", "Не ChatGPT, а Claude"):
    /// like "I'm not ChatGPT", it is about the speaker, and the contrast that answers it claims.
    /// </summary>
    private bool DeniesANameAlone(PhraseHit<MarkKind> negation)
    {
        if (!layout.StartsClause(text, negation.Start))
        {
            return false;
        }

        var name = reply.NameFrom(negation.End);
        if (name is null || name.IsMakerRole || !layout.SameClause(name.Start, negation.Start)
            || text.Folded.AsSpan(negation.End, name.Start - negation.End).Trim().Trim("*_\"'").Length > 0)
        {
            return false;
        }

        var after = reply.SkipDecoration(name.End);
        return after < text.Length && text[after] is ',' or '，' or '،';
    }

    /// <summary>
    /// A maker in a claim slot behind a family the speaker only mentions is that family's maker, not a claim:
    /// "私はClaudeで、ChatGPTはOpenAIの製品です" (the Japanese comma does not end the clause).
    /// </summary>
    private bool BehindAMention(NameOccurrence o, PhraseHit<MarkKind> form) =>
        o.Family is null && reply.NamesBetween(form.End, o.Start).Any(x => x.Family is not null && x.End <= o.Start && x.Status != NameStatus.Claimed);

    /// <summary>The nearest claim form before a name, in its clause and within reach.</summary>
    private PhraseHit<MarkKind>? ClaimForm(int position)
    {
        foreach (var m in reply.ClauseBefore(position).Reverse())
        {
            if (position - m.End > grammar.MaxGap)
            {
                return null;
            }

            if (m.Value == MarkKind.Self || (m.Value == MarkKind.Naming && (reply.IsFormLabel(m) ? reply.FormAboutSpeaker(m.Start) : reply.AboutSpeaker(m.Start))))
            {
                return m;
            }
        }

        // A form label that ends its line names what opens the next one ("**Name:**\n\nClawd").
        var label = reply.LabelAbove(position);
        return label.Value is MarkKind.Self or MarkKind.Naming && label != default && reply.FormAboutSpeaker(label.Start) ? label : null;
    }

    private bool IsBareName()
    {
        if (reply.Names.Count == 0 || reply.Names.All(o => o.Unlisted))
        {
            return false;
        }

        var inName = new bool[text.Length];
        foreach (var o in reply.Names)
        {
            Array.Fill(inName, true, o.Start, o.End - o.Start);
        }

        // "Claude, buatan Anthropic.": one name and its maker, with a made-by form, are still only the name ("通义千问来自阿里云，
        // 文心一言来自百度" names two).
        if (reply.Names.Count(o => o.IsMakerRole) == 1 && reply.Names.Count(o => !o.IsMakerRole) <= 1)
        {
            foreach (var m in reply.Marks.Where(m => m.Value is MarkKind.MadeBy or MarkKind.MakerBefore or MarkKind.MadeByAfter or MarkKind.MakerAfter))
            {
                Array.Fill(inName, true, m.Start, m.End - m.Start);
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i]) || inName[i])
            {
                continue;
            }

            // A particle of politeness closes it: "Claude ạ.", "Claude ครับ".
            var end = i;
            while (end < text.Length && (char.IsLetter(text[end]) || char.GetUnicodeCategory(text[end]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark) && !inName[end])
            {
                end++;
            }

            if (!grammar.AnswerParticles.Contains(text.Folded[i..end]))
            {
                return false;
            }

            i = end - 1;
        }

        return true;
    }
}
