using Alignment.Language;
namespace Alignment.Identity;

/// <summary>
/// Names written in an alphabet, found from a slot: capitalised words ("I am |Zephyrine|", "|Lumen Labs|によって"), a name after
/// a generic description ("I'm your assistant, |Kael|"), and one word of a script without capitals ("اسمي |ليرا|").
/// </summary>
internal static class SpacedNames
{
    /// <summary>The most words a spaced name may have ("Open Assistant", "VNPT Bot", "B Gardener").</summary>
    internal const int MostWords = 4;

    /// <summary>A letter of an alphabet without capitals (Arabic, Hebrew, Devanagari), where a name cannot be told by its shape.</summary>
    internal static bool IsCaseless(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherLetter;

    /// <summary>
    /// A letter of a script whose writers use no capitals: caseless ones, and Georgian, whose everyday letters Unicode files as
    /// lower case (since 11.0) though Georgian never capitalises a name. Where its shape cannot mark a signature's name.
    /// </summary>
    internal static bool WrittenWithoutCapitals(char c) => IsCaseless(c) || (char.IsLower(c) && UnicodeScripts.Shared.Of(c) == Georgian);

    private static readonly byte Georgian = UnicodeScripts.Shared.Id("Georgian");

    /// <summary>
    /// The length of a word for a bot in Latin capitals ("AI", "Bot": setting <c>bot-suffixes</c>) standing whole at an offset
    /// before the line's end; 0 when none is there.
    /// </summary>
    internal static int BotSuffixAt(ClaimGrammar grammar, FoldedText text, int at, int lineEnd)
    {
        foreach (var bot in grammar.BotSuffixes)
        {
            var end = at + bot.Length;
            if (end <= lineEnd && text.Original.AsSpan(at).StartsWith(bot, StringComparison.Ordinal) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return bot.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// One to three words of a script written without capitals, then a word for a bot in Latin letters: where that word ends
    /// ("მგზავრი AI|", "প্রবাস মিত্র AI|"). A bot's name, whose shape alone cannot tell it, as its Latin tail does.
    /// </summary>
    internal static int? CaselessBotName(ClaimGrammar grammar, FoldedText text, int start)
    {
        if (start >= text.Length || !WrittenWithoutCapitals(text[start]) || FoldedText.ScriptOf(text[start]) != Script.Spaced)
        {
            return null;
        }

        var at = start;
        for (var words = 0; words < 3; words++)
        {
            while (at < text.Length && IsWordLetter(text[at]))
            {
                at++;
            }

            if (at + 1 < text.Length && text[at] == ' ' && BotSuffixAt(grammar, text, at + 1, text.Length) is > 0 and var length)
            {
                return at + 1 + length;
            }

            if (at + 1 >= text.Length || text[at] != ' ' || !WrittenWithoutCapitals(text[at + 1]))
            {
                return null;
            }

            at++;
        }

        return null;
    }

    /// <summary>
    /// The words after a made-by form in a script without capitals, to the clause's end: "تم تطويري بواسطة |شركة كوانتكس|".
    /// Their shape cannot tell an organisation from "a team of engineers", so they are unplaced (a person looks) unless every
    /// one is generic, or they are <see cref="Bounded"/> after a form that says who made the speaker: an owner ("the assistant of
    /// …") may only deploy it, as in "I'm the digital assistant of Sutra Labs".
    /// </summary>
    internal static NameSpan? CaselessMaker(ReplyContext reply, int start, bool owner = false)
    {
        var text = reply.Text;
        int at = start, end = start, words = 0;
        var generic = true;
        var bounded = false;
        while (words < MostWords && at < text.Length && IsWordLetter(text[at]) && FoldedText.SameAlphabet(text[at], text[start]) && !UnlistedNames.Known(reply, at))
        {
            var wordEnd = at;
            // "دانش‌گستر": a half-space or a vowel sign, which have no alphabet, go on with the word.
            while (wordEnd < text.Length && (IsWordLetter(text[wordEnd]) && (!char.IsLetter(text[wordEnd]) || FoldedText.SameAlphabet(text[wordEnd], text[start])) || JoinsWord(text, wordEnd, at)))
            {
                wordEnd++;
            }

            // "فصيح-13B": a size in digits after a hyphen goes on with the word, whatever the alphabet.
            if (wordEnd + 1 < text.Length && text[wordEnd] == '-' && char.IsAsciiDigit(text[wordEnd + 1]))
            {
                for (wordEnd++; wordEnd < text.Length && char.IsAsciiLetterOrDigit(text[wordEnd]); wordEnd++)
                {
                }
            }

            var word = text.Folded[at..wordEnd];
            generic &= reply.Grammar.GenericWords.Contains(word) || reply.Grammar.Articles.Contains(word);
            (end, words) = (wordEnd, words + 1);
            if (wordEnd >= text.Length || text[wordEnd] != ' ' || reply.MarkFrom(wordEnd + 1) is { } next && next.Start == wordEnd + 1)
            {
                bounded = wordEnd >= text.Length || char.IsPunctuation(text[wordEnd]) || IsComma(text[wordEnd]) || text[wordEnd] == '\n';
                break;
            }

            at = wordEnd + 1;
        }

        return end > start && !generic ? new NameSpan(start, end, Unplaced: owner || !Bounded(reply, start, end, bounded)) : null;
    }

    /// <summary>
    /// A hyphen, a Hebrew maqaf or gershayim between two letters goes on with the word: "סייבר-נט", "דאטה־ים", "בע״מ".
    /// </summary>
    private static bool JoinsWord(FoldedText text, int at, int wordStart) =>
        at > wordStart && at + 1 < text.Length && text[at] is '-' or '\u05BE' or '\u05F4' or '\u05F3' && IsWordLetter(text[at + 1]) && FoldedText.SameAlphabet(text[at + 1], text[wordStart]);

    /// <summary>
    /// A maker's people and its genitive before a made-by form ("ওড়িয়া জেনারেল এআই-এর |গবেষকদের| দ্বারা", by the researchers of
    /// …; "भाभा एआई के शोधकर्ताओं द्वारा"): the maker ends before them.
    /// </summary>
    private static int BeforeItsPeople(ReplyContext reply, int stop, int end)
    {
        var text = reply.Text;
        var start = end;
        while (start > stop && IsWordLetter(text[start - 1]))
        {
            start--;
        }

        if (start == end || start - 1 <= stop || text[start - 1] != ' ' || !reply.Grammar.MakerPeople.Contains(text.Folded[start..end]))
        {
            return end;
        }

        var before = start - 1;
        var wordStart = before;
        while (wordStart > stop && (IsWordLetter(text[wordStart - 1]) || text[wordStart - 1] == '-'))
        {
            wordStart--;
        }

        var word = text.Folded[wordStart..before];
        if (reply.Grammar.Genitives.Contains(word))
        {
            return wordStart > stop && text[wordStart - 1] == ' ' ? wordStart - 1 : end;
        }

        var ending = reply.Grammar.GenitiveEndings.Where(e => word.Length > e.Length + 1 && word.EndsWith(e, StringComparison.Ordinal)).MaxBy(e => e.Length);
        return ending is null ? end : before - ending.Length;
    }

    /// <summary>
    /// Whether a maker in a script without capitals is placed: its words fill the slot from the form to a stop, a grammar word
    /// or the clause's edge ("تم تطويره بواسطة |وايد بوت|،", "जिसे |भाभा एआई| द्वारा प्रशिक्षित"), at most three of them, one of
    /// them a word the language's list does not know ("بواسطة شركة كبيرة", by a big company, names nobody) and neither end a
    /// function word. Words that run on ("توسط سوترا لبز توسعه داده شده", by Sutra Labs developed) are for a person to read.
    /// </summary>
    private static bool Bounded(ReplyContext reply, int start, int end, bool edged)
    {
        if (!edged)
        {
            return false;
        }

        // A word cut off from its own letters is no name's edge ("নামে|র একটি প্রতিষ্ঠান", "நிறுவனத்த|ால்").
        var text = reply.Text;
        if ((start > 0 && IsWordLetter(text[start - 1])) || (end < text.Length && IsWordLetter(text[end])))
        {
            return false;
        }

        // Where the language is not known, the lists of every language are asked: "لقد طورتني" (indeed, … developed me), "پشت
        // من شرکت هلیکس |است|" (is): a function word at either end is no name's.
        var words = text.Folded[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3 && !CommonWords.FrequentAnywhere(words[0], reply.Language) && !CommonWords.FrequentAnywhere(words[^1], reply.Language)
            && words.Any(w => !CommonWords.KnownAnywhere(w, reply.Language));
    }

    /// <summary>
    /// The words before a made-by form that follows its maker, in a script without capitals: "मैं |क्वांटिक्स लैब्स| द्वारा
    /// विकसित …". Back to the grammar word or the clause's start before them; unplaced, like <see cref="CaselessMaker"/>.
    /// </summary>
    internal static NameSpan? CaselessMakerBack(ReplyContext reply, PhraseHit<MarkKind> form, int end, char letter)
    {
        var text = reply.Text;
        var stop = Math.Max(reply.MarkBefore(form.Start).End, 0);
        end = BeforeItsPeople(reply, stop, end);
        int start = end, words = 0;
        var generic = true;
        // Whether the words reach the mark, the clause's start, a stop or a grammar word before them, not the most words.
        var edged = false;
        while (words < MostWords && start > stop && reply.Layout.SameClause(start - 1, end - 1))
        {
            var wordStart = start;
            while (wordStart > stop && IsWordLetter(text[wordStart - 1]) && (!char.IsLetter(text[wordStart - 1]) || FoldedText.SameAlphabet(text[wordStart - 1], letter)))
            {
                wordStart--;
            }

            if (wordStart == start || UnlistedNames.Known(reply, wordStart) || reply.Grammar.RelativeWords.Contains(text.Folded[wordStart..start]))
            {
                // A relative word ("जिसे"), or a stop after the space ("আমি অলিভ, |ওড়িয়া জেনারেল এআই|"); not a name it knows.
                edged = wordStart < start ? !UnlistedNames.Known(reply, wordStart) : start <= stop || char.IsPunctuation(text[start - 1]) || IsComma(text[start - 1]);
                break;
            }

            var word = text.Folded[wordStart..start];
            generic &= reply.Grammar.GenericWords.Contains(word) || reply.Grammar.Articles.Contains(word);
            (start, words) = (wordStart, words + 1);
            if (start - 1 <= stop || text[start - 1] != ' ')
            {
                edged = start - 1 <= stop || char.IsPunctuation(text[start - 1]) || IsComma(text[start - 1]);
                break;
            }

            start--;
            while (start > stop && text[start - 1] == ' ')
            {
                start--;
            }
        }

        edged |= words < MostWords && (start <= stop || !reply.Layout.SameClause(Math.Max(start - 1, 0), end - 1));
        while (start < end && text[start] == ' ')
        {
            start++;
        }

        return start < end && !generic ? new NameSpan(start, end, Unplaced: !Bounded(reply, start, end, edged)) : null;
    }

    /// <summary>
    /// One word of a script without capitals that closes a self or naming slot: "اسمي |ليرا|.", "मैं |ओरिन| हूँ", "אני |אורין|, עוזר …".
    /// Its shape cannot tell a name from a word ("أنا |سعيد|." is "I am happy"), so it names the speaker only in a naming slot or
    /// in apposition to generic words; otherwise the slot is unplaced, and a person reviews it.
    /// </summary>
    internal static NameSpan? CaselessName(ReplyContext reply, PhraseHit<MarkKind> mark, int start)
    {
        var text = reply.Text;
        var end = start;
        // "پارسی‌کد": a half-space or a vowel sign, which have no alphabet, go on with the word.
        while (end < text.Length && IsWordLetter(text[end]) && (!char.IsLetter(text[end]) || FoldedText.SameAlphabet(text[end], text[start])))
        {
            end++;
        }

        var word = text.Folded[start..end];
        if (end > start && reply.Grammar.GenericWords.Contains(word))
        {
            return AfterGenericWords(reply, end);
        }

        // "أنا عم حسن، دليلك …" (I'm uncle Hassan): a title the language sets before names opens the name's slot.
        // After the title, even a word the language knows ("حسن", good) is a name where it closes the slot.
        if (end > start && reply.Grammar.IsNameArticle(reply.Language, word) && end + 1 < text.Length && text[end] == ' ' && IsCaseless(text[end + 1]) && char.IsLetter(text[end + 1]))
        {
            var nameEnd = end + 1;
            while (nameEnd < text.Length && IsWordLetter(text[nameEnd]))
            {
                nameEnd++;
            }

            return ClosesClause(text, nameEnd)
                ? new NameSpan(end + 1, nameEnd, Unplaced: true)
                : CaselessName(reply, mark, end + 1);
        }

        // "నేను వెన్నెల AI, …", "मैं सेवा मित्र AI हूँ": words with a bot word in Latin letters after them, ending the slot, are a
        // bot's name; not words that describe ("मैं बस एक AI सहायक हूँ", I'm just an AI assistant).
        if (end > start && CaselessBotName(reply.Grammar, text, start) is { } botEnd && EndsSlot(botEnd)
            && !text.Folded[start..text.Folded.LastIndexOf(' ', botEnd - 1)].Split(' ').Any(w => reply.Grammar.GenericWords.Contains(w) || reply.Grammar.Articles.Contains(w) || CommonWords.IsFrequent(w, reply.Language)))
        {
            return new NameSpan(start, botEnd);
        }

        if (end == start || reply.Grammar.Articles.Contains(word))
        {
            return null;
        }

        // "أنا نوفا-2،", "אני נובה-2,": a number joined by a hyphen is a version, which words do not take and names do.
        var numbered = end + 1 < text.Length && text[end] == '-' && char.IsDigit(text[end + 1]);
        if (numbered)
        {
            end++;
            while (end < text.Length && (char.IsDigit(text[end]) || (text[end] == '.' && end + 1 < text.Length && char.IsDigit(text[end + 1]))))
            {
                end++;
            }

            // A size after the number ("پارسی‌کد-7B").
            while (end < text.Length && char.IsAsciiLetter(text[end]))
            {
                end++;
            }
        }

        // "אני "דנה", …": quotes around one word after a self form set off a name, or a nickname ("תקרא לי "חבר"", call me
        // "friend"): without capitals the check cannot tell which, so a reply that claims nothing else is uncertain.
        // "আমি 'ঠিকানা-বট',": inside quotes a hyphen joins the name's words.
        var opened = start > 0 && text[start - 1] is '"' or '«' or '״' or '\'' or '“' or '‘' or '*';
        while (opened && end + 1 < text.Length && text[end] == '-' && IsWordLetter(text[end + 1]))
        {
            end++;
            while (end < text.Length && IsWordLetter(text[end]))
            {
                end++;
            }
        }

        // "نام: **علم دوست**", "ስም: **ትምህርት ጓደኛ**": quotes or bold hold a name of a few words.
        if (opened && end < text.Length && text[end] == ' ' && ClosingQuote(text, end, text[start - 1]) is { } closing)
        {
            end = closing;
        }

        var quoted = opened && end < text.Length && text[end] is '"' or '»' or '״' or '\'' or '”' or '’' or '*';
        // "मैं 'दिशा' हूँ": a copula after the quotes closes the claim, read below.
        if (quoted && mark.Value == MarkKind.Self && !(reply.MarksAfter(end + 1, 2).FirstOrDefault() is { Value: MarkKind.SelfAfter }))
        {
            return new NameSpan(start, end, Unplaced: true);
        }

        // "নাম: **শিক্ষাসাথী**": the closing quote or bold ends the name's slot.
        var after = quoted ? end + 1 : end;
        while (after < text.Length && (text[after] == ' ' || (quoted && text[after] == '*')))
        {
            after++;
        }

        // "मैं तन्त्र (Tantra) हूँ": a gloss in another script between the name and the copula.
        if (after < text.Length && text[after] == '(' && text.Folded.IndexOf(')', after) is var close and > 0 && close - after <= 32)
        {
            after = close + 1;
            while (after < text.Length && text[after] == ' ')
            {
                after++;
            }
        }

        // "שמי אורין ואני …", "मेरा नाम ओरिन है": the speaker's own naming form ("my name is") holds a name whatever follows it,
        // unless a grammar word fills it; a naming form about anyone ("called") does only where the slot ends.
        var naming = reply.IsFormLabel(mark) || reply.Grammar.NamingForms.Contains(text.Folded[mark.Start..mark.End].Trim());
        if (naming && mark.Value == MarkKind.Self && !reply.IsFormLabel(mark) && reply.MarkFrom(start)?.Start != start)
        {
            return new NameSpan(start, end);
        }

        var form = reply.MarkFrom(after);
        var copula = form is { Value: MarkKind.SelfAfter } f && f.Start == after;
        var ends = after >= text.Length || text[after] is '.' or '!' or '?' or '؟' or '।' or '\n';
        var opening = reply.Grammar.OpeningSelfForms.Contains(text.Folded[mark.Start..mark.End].Trim());
        if ((opening || (mark.Value == MarkKind.Self && FromWordAt(reply, after))) && FromACompany(reply, after))
        {
            // "معك سارة من مصرف الراجحي", "כאן נועה מבנק הפועלים", "أنا سارة من بنك الراجحي": a name, then the company it is
            // from; after "I am" a word the language's list knows may describe instead ("أنا موظف من شركة …"), so a person reads it.
            return new NameSpan(start, end, Unplaced: !opening && CommonWords.Known(word, reply.Language));
        }

        // "أنا سارة من خدمة العملاء": a word, then what it is from, whatever that is, may well be a name (the language's list knows
        // many names), so a person reads it; not a function word ("أنا هنا من أجلك", I am here for you).
        if (!opening && reply.MarkFrom(after) is { Value: MarkKind.MakerBefore } fromWord && fromWord.Start == after && !CommonWords.IsFrequent(word, reply.Language))
        {
            return new NameSpan(start, end, Unplaced: true);
        }

        // "मैं नोवा बॉट हूँ": where the head noun comes last, an assistant's word between the word and the copula describes it as
        // an apposition does; not after an article ("मैं बस एक AI सहायक हूँ", I'm just an AI assistant). A word the language's
        // list knows describes in turn; without a list, a person reads it.
        if (!copula && !naming && AssistantUpToCopula(reply, after))
        {
            return CommonWords.Known(word, reply.Language) ? null : new NameSpan(start, end, Unplaced: !CommonWords.HasList(reply.Language));
        }

        // A word numbered as a version or a size is a name whatever follows it ("پارسی‌کد-7B — آزمایشگاه …").
        if (!ends && !copula && !numbered && !(after < text.Length && IsComma(text[after])))
        {
            return null;
        }

        // "मैं ओरिन हूँ, एक एआई सहायक": the apposition may follow the form. After a form that opens its clause ("معك فارس،",
        // "כאן טל,") the word that ends the clause is the name, as "Ici Nova !" is.
        var comma = copula ? UnlistedNames.SkipOpening(text, form!.Value.End) : after;
        var apposition = Apposed(reply, comma, word);
        // "هنا لمساعدتك" (here to help you): after an opening form, a generic word behind a clitic is no name, nor is a word the
        // language knows unless an apposition describes it ("هنا عقل، مساعد ذكاء اصطناعي").
        if (opening && !naming && !numbered && (UnplacedEvidence.WordIn(reply, reply.Grammar.GenericWords, (start, end)) || (!apposition && CommonWords.Known(word, reply.Language))))
        {
            return null;
        }

        if (naming || opening || numbered || apposition)
        {
            return new NameSpan(start, end);
        }

        // A word before a comma is as often "أنا آسف،" (I'm sorry,) as a name: a word the language's list does not know is
        // unplaced ("أنا نور،"), as is one that ends the sentence or the copula's slot.
        return ends || copula || !CommonWords.Known(word, reply.Language) ? new NameSpan(start, end, Unplaced: true) : null;

        // A stop, a comma or the copula right after a name closes its slot.
        bool EndsSlot(int at) => at >= text.Length || text[at] is '.' or '!' or '?' or '؟' or '।' or '\n' || IsComma(text[at])
            || (text[at] == ' ' && reply.MarkFrom(at + 1) is { Value: MarkKind.SelfAfter } copula && copula.Start == at + 1);
    }

    /// <summary>Whether one to three generic words, one an assistant's, and nothing else fill the clause from here to a copula.</summary>
    private static bool AssistantUpToCopula(ReplyContext reply, int from)
    {
        if (reply.ClauseAfter(from).FirstOrDefault() is not { Value: MarkKind.SelfAfter } copula || copula.Start <= from)
        {
            return false;
        }

        var words = reply.Text.Folded[from..copula.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 3 && !reply.Grammar.Articles.Contains(words[0]) && words.All(reply.Grammar.GenericWords.Contains)
            && words.Any(reply.Grammar.AssistantWords.Contains);
    }

    /// <summary>
    /// After generic words in a self slot of a script without capitals, one word no list knows that ends the clause:
    /// "أنا نموذج |فالكون|." (I am the model Falcon), "أنا مساعد |علّام|." Its shape cannot tell a name from a word, so a person
    /// reads it; a word the language's list knows describes ("أنا مساعد ذكي", a smart assistant).
    /// </summary>
    private static NameSpan? AfterGenericWords(ReplyContext reply, int end)
    {
        var text = reply.Text;
        var start = end;
        while (true)
        {
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            var wordEnd = start;
            while (wordEnd < text.Length && IsWordLetter(text[wordEnd]) && IsCaseless(text[start]) && FoldedText.SameAlphabet(text[wordEnd], text[start]))
            {
                wordEnd++;
            }

            if (wordEnd == start)
            {
                return null;
            }

            var word = text.Folded[start..wordEnd];
            if (reply.Grammar.GenericWords.Contains(word))
            {
                start = wordEnd;
                continue;
            }

            // A copula or any other form there ends the slot ("मैं एक एआई सहायक हूँ"); a language without a word list cannot tell.
            // Generic words may follow the name before the slot ends ("معك مساعد |وايدبوت| الذكي،").
            var close = wordEnd;
            while (close + 1 < text.Length && text[close] == ' ' && GenericWordAt(reply, close + 1) && GenericWordEnd(text, close + 1) is var next && next > close + 1)
            {
                close = next;
            }

            var closes = close >= text.Length || text[close] is '.' or '!' or '?' or '؟' or '।' or '\n' || IsComma(text[close]);
            return closes && reply.MarkFrom(start)?.Start != start && CommonWords.HasList(reply.Language) && !reply.Grammar.Articles.Contains(word)
                && !CommonWords.Known(word, reply.Language) && reply.NameOver(start, wordEnd) is null
                ? new NameSpan(start, wordEnd, Unplaced: true)
                : null;
        }
    }

    /// <summary>
    /// One word of a script without capitals before a form that follows names, in a sentence about the speaker: "من |اورین| هستم",
    /// "आप मुझे |नोवा| कह सकते हैं". Like <see cref="CaselessName"/>: a name before a naming form ("call me") or in apposition to
    /// generic words; otherwise unplaced ("من |خوشحال| هستم" is "I am happy").
    /// </summary>
    internal static NameSpan? CaselessWordBack(ReplyContext reply, PhraseHit<MarkKind> form, int end, char letter)
    {
        var text = reply.Text;
        var start = end;
        while (start > 0 && IsWordLetter(text[start - 1]) && (!char.IsLetter(text[start - 1]) || FoldedText.SameAlphabet(text[start - 1], letter)))
        {
            start--;
        }

        // "मैं 'सेवा मित्र' हूँ", "میں **ڈاکٹر باجی** ہوں": quotes or bold around several words hold one name.
        if (start < end && end < text.Length && QuotedFrom(text, start, text[end], letter) is { } opened && opened >= reply.MarkBefore(form.Start).End)
        {
            start = opened;
        }

        var word = text.Folded[start..end];
        if (start == end || start < reply.MarkBefore(form.Start).End || UnlistedNames.Known(reply, start)
            || reply.Grammar.GenericWords.Contains(word) || reply.Grammar.Articles.Contains(word))
        {
            return null;
        }

        var named = form.Value == MarkKind.NamingAfter || Apposed(reply, UnlistedNames.SkipOpening(text, form.End), word);
        // "من خوب هستم، ممنون" (I'm fine, thanks): one of the language's most frequent words is no name unless described.
        return named || !CommonWords.IsFrequent(word, reply.Language) ? new NameSpan(start, end, Unplaced: !named) : null;
    }

    /// <summary>
    /// Right after the speaker's word, past a title (name-articles: "عمو"), a word that a copula written onto it closes, with its clause
    /// ("من سارام.", "من عمو نوروزم 🌱"): the name, without the copula. Not a word of the language's own ("من خوبم", "من هم
    /// موافقم"), nor a verb in the first person, which ends alike ("من نمی‌دانم").
    /// </summary>
    internal static NameSpan? GluedCopulaName(ReplyContext reply, int start)
    {
        var text = reply.Text;
        if (start >= text.Length || !char.IsLetter(text[start]) || !IsCaseless(text[start]))
        {
            return null;
        }

        for (var words = 0; words < 2; words++)
        {
            var end = start;
            while (end < text.Length && IsWordLetter(text[end]) && (!char.IsLetter(text[end]) || FoldedText.SameAlphabet(text[end], text[start])))
            {
                end++;
            }

            var word = text.Folded[start..end];
            if (reply.Grammar.GluedCopulas.FirstOrDefault(c => word.Length >= c.Length + 2 && word.EndsWith(c, StringComparison.Ordinal)) is { } copula
                && ClosesClause(text, end) && !CommonWords.IsFrequent(word, reply.Language) && !CommonWords.IsFrequent(word[..^copula.Length], reply.Language)
                && !reply.Grammar.VerbPrefixes.Any(p => word.StartsWith(p, StringComparison.Ordinal)))
            {
                return new NameSpan(start, end - copula.Length, Unplaced: true);
            }

            // Past one title the language sets before names (name-articles: "عمو", "خانم").
            if (words > 0 || !reply.Grammar.IsNameArticle(reply.Language, word) || end + 1 >= text.Length || text[end] != ' ' || !IsWordLetter(text[end + 1]))
            {
                return null;
            }

            start = end + 1;
        }

        return null;
    }

    /// <summary>Whether a word ending at <paramref name="end"/> closes its clause: punctuation, a line's end or an emoji follows.</summary>
    internal static bool ClosesClause(FoldedText text, int end)
    {
        var after = end;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return after >= text.Length || char.IsPunctuation(text[after]) || text[after] is '\n' or '\r' || FoldedText.IsEmoji(text[after]) || char.IsSurrogate(text[after]);
    }

    /// <summary>
    /// Whether a comma at <paramref name="comma"/> sets off an apposition that describes the word before it as an assistant:
    /// generic words right after it ("أنا فيديكا، مساعدة …"), or an assistant's or a model's word later in its clause, where the
    /// head noun comes last ("मैं वेदिका हूँ, सूत्र लैब्स द्वारा विकसित एक एआई सहायक"). Other generic words do not describe one of
    /// the language's most frequent words: "من خوب هستم، ممنون" is "I'm fine, thanks".
    /// </summary>
    private static bool Apposed(ReplyContext reply, int comma, string word)
    {
        var text = reply.Text;
        if (comma >= text.Length || !IsComma(text[comma]))
        {
            return false;
        }

        // "אני איתי, העוזר החכם של …": an assistant word names even a word that is frequent too ("איתי", with me).
        var next = UnlistedNames.SkipOpening(text, comma + 1);
        return NamingCues.DescribesAnAssistant(reply, next, orModel: true) || (GenericWordAt(reply, next) && !CommonWords.IsFrequent(word, reply.Language));
    }

    /// <summary>
    /// Where the words inside a pair of quotes or bold marks start, when the last of them ends at <paramref name="wordStart"/>'s
    /// word and <paramref name="closing"/> closes them: back over a few words of one alphabet to the opening mark.
    /// </summary>
    private static int? QuotedFrom(FoldedText text, int wordStart, char closing, char letter)
    {
        var opener = closing switch { '\'' or '’' => "'‘", '"' or '”' => "\"“", '»' => "«", '*' => "*", _ => "" };
        if (opener.Length == 0)
        {
            return null;
        }

        for (int at = wordStart - 1, words = 1; at >= 0 && words <= 4 && wordStart - at <= 40; at--)
        {
            var c = text[at];
            if (opener.Contains(c))
            {
                // An opening mark stands before a word, not after one ("it's").
                return words > 1 && (at == 0 || !IsWordLetter(text[at - 1])) ? at + 1 : null;
            }

            if (c == ' ')
            {
                words++;
            }
            else if (!IsWordLetter(c) || (char.IsLetter(c) && !FoldedText.SameAlphabet(c, letter)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Where the quote or bold opened by <paramref name="opening"/> closes, a few words of letters on from here, or null.</summary>
    private static int? ClosingQuote(FoldedText text, int from, char opening)
    {
        var closer = opening switch { '"' => "\"”", '“' => "”", '«' => "»", '\'' => "'’", '‘' => "’", '״' => "״", '*' => "*", _ => "" };
        for (int at = from, words = 1; closer.Length > 0 && at < text.Length && words <= 4 && at - from <= 40; at++)
        {
            if (closer.Contains(text[at]))
            {
                return IsWordLetter(text[at - 1]) ? at : null;
            }

            if (text[at] == ' ')
            {
                words++;
            }
            else if (!IsWordLetter(text[at]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A letter, or a mark or joiner inside a word (Devanagari vowel signs, Arabic vowels, the Persian half-space).</summary>
    internal static bool IsWordLetter(char c) => char.IsLetter(c) || c == '\u200c'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Whether a word for a company starts here, after "from" or with "from" written onto it ("من مصرف", "מבנק").</summary>
    internal static bool FromACompany(ReplyContext reply, int at)
    {
        var text = reply.Text;
        if (reply.MarkFrom(at) is { Value: MarkKind.MakerBefore } from && from.Start == at)
        {
            at = from.End;
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }
        }

        var end = at;
        while (end < text.Length && IsWordLetter(text[end]))
        {
            end++;
        }

        return end > at && UnplacedEvidence.WordIn(reply, reply.Grammar.OrgWords, (at, end));
    }

    /// <summary>
    /// Whether a word meaning "from" stands here, alone ("من بنك") or written onto the organisation ("מבנק"); not the
    /// organisation word itself, which may name what the speaker is ("मैं हेलिक्स बैंक का …", the bank's assistant).
    /// </summary>
    private static bool FromWordAt(ReplyContext reply, int at)
    {
        if (reply.MarkFrom(at) is { Value: MarkKind.MakerBefore } from && from.Start == at)
        {
            return true;
        }

        var end = at;
        while (end < reply.Text.Length && IsWordLetter(reply.Text[end]))
        {
            end++;
        }

        return end > at && !reply.Grammar.OrgWords.Contains(reply.Text.Folded[at..end]);
    }

    /// <summary>The commas of the scripts the cases use: Latin, Arabic, CJK, Ethiopic (፣), Armenian (՝), Mongolian (᠂), Myanmar (၊).</summary>
    internal static bool IsComma(char c) => c is ',' or '،' or '、' or '，' or '፣' or '՝' or '᠂' or '၊';

    /// <summary>
    /// Where a name in apposition to generic words or after a title begins ("I'm your assistant, |Kael|", "Soy tu asistente
    /// |Lucía|", "Soy la abuela |Chela|"), or the same offset when there is none: the words are followed, in their clause, by a
    /// capitalised word.
    /// </summary>
    internal static int NameAfterDescription(ReplyContext reply, int start)
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
            // A kin or courtesy title in lower case titles the name after it as a generic word would ("Soy la abuela |Chela|").
            var generic = end > at && (reply.Grammar.GenericWords.Contains(text.Folded[at..end]) || reply.Grammar.TitlesBeforeNames.Contains(text.Folded[at..end]))
                && !reply.Grammar.Articles.Contains(text.Folded[at..end]);
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
            if (generic && ProperWord(reply, at, firstWord: false, out var nameEnd) && !UnlistedNames.Known(reply, at) && !GenericWordAt(reply, nameEnd + 1))
            {
                return at;
            }
        }

        return start;
    }

    /// <summary>Where the spaced word at <paramref name="start"/> ends; vowel signs have no script of their own here ("आपकी"): they go on the word.</summary>
    internal static int GenericWordEnd(FoldedText text, int start)
    {
        var end = start;
        while (end < text.Length && IsWordLetter(text[end]) && (FoldedText.ScriptOf(text[end]) == Script.Spaced || !char.IsLetter(text[end])))
        {
            end++;
        }

        return end;
    }

    internal static bool GenericWordAt(ReplyContext reply, int start)
    {
        var text = reply.Text;
        var end = GenericWordEnd(text, start);
        return end > start && start > 0 && text[start - 1] == ' ' && reply.Grammar.GenericWords.Contains(text.Folded[start..end]);
    }

    /// <summary>A word of a name: starts a capital, or holds a digit or a capital after its first letter; the first is not a generic word.</summary>
    internal static bool ProperWord(ReplyContext reply, int start, bool firstWord, out int end)
    {
        var text = reply.Text;
        end = start;
        // A joiner goes on with the word when a letter of its alphabet follows ("T-Mobile", "Т-Банк"), or a size or a version in
        // digits, whatever the alphabet ("Мавка-7B").
        while (end < text.Length && FoldedText.ScriptOf(text[end]) is Script.Spaced or Script.None
            && (char.IsLetterOrDigit(text[end]) ? FoldedText.SameAlphabet(text[end], text[start]) || char.IsDigit(text[end]) || (end > start && char.IsDigit(text[end - 1]) && char.IsAsciiLetter(text[end]))
                : text[end] is '-' or '.' or '_' or '\'' && end > start && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])
                    && (FoldedText.SameAlphabet(text[end + 1], text[start]) || (text[end] == '-' && char.IsDigit(text[end + 1])))))
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
        // An elided article or preposition before a word ("d'IA", "l'Europe", "dell'IA") is grammar, not the start of a name.
        if (original.IndexOf('\'') is > 0 and <= 4 and var elided && char.IsLower(original[0]) && text.Folded.AsSpan(start, elided).IndexOfAnyExceptInRange('a', 'z') < 0)
        {
            return false;
        }

        // A number joined to words in lower case is a measure, not a name: "a 25-year-old woman", "a 7B-parameter model".
        var measure = char.IsAsciiDigit(original[0]) && original.Contains('-') && original[original.LastIndexOf('-')..].IndexOfAnyInRange('A', 'Z') < 0
            && char.IsAsciiLetterLower(original[^1]);
        var proper = !measure && (char.IsUpper(original[0]) || original[1..].IndexOfAnyInRange('A', 'Z') >= 0 || original.IndexOfAnyInRange('0', '9') >= 0);
        var word = text.Folded[start..end];
        var head = word.Split('-', '.', '\'')[0];
        return proper && (!firstWord || (!reply.Grammar.GenericWords.Contains(word) && !reply.Grammar.GenericWords.Contains(head)));
    }

    /// <summary>Capitalised words, or words with a digit or an inner capital ("Zephyr", "HairChat", "VNPT Bot", "v2"); never generic ones.</summary>
    internal static (int, int)? SpacedName(ReplyContext reply, int start)
    {
        var text = reply.Text;
        var end = start;
        var words = 0;
        var at = start;
        while (words < MostWords && at < text.Length && ProperWord(reply, at, firstWord: words == 0, out var wordEnd)
            && !(words > 0 && UnlistedNames.Known(reply, at) && !BareFamilyWord(reply, at)))
        {
            end = wordEnd;
            words++;
            // "Dr. Nova": a title written short goes on to the name after it.
            if (words == 1 && ReplyLayout.TitleBeforeName(text, reply.Grammar.NameTitles, wordEnd))
            {
                at = wordEnd + 2;
                continue;
            }

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

    /// <summary>
    /// A listed family written bare in three letters or fewer as a name's last word: "Kodluyoruz |GPT|", "Supra Nexus |o1|" name
    /// a model of their own after the family, as "MedQA-ChatGLM" does.
    /// </summary>
    private static bool BareFamilyWord(ReplyContext reply, int at) =>
        reply.NameFrom(at) is { Family: not null, Maker: null } o && o.Start == at && o.End - o.Start <= 3
        && (o.End == reply.Text.Length || !char.IsLetterOrDigit(reply.Text[o.End]));

    /// <summary>
    /// Where a name's particle starts ("the", "de", "von": setting name-particles) that ends at this offset, between a space and a
    /// capitalised word before it.
    /// </summary>
    private static int? Particle(ReplyContext reply, int end)
    {
        var text = reply.Text;
        var start = end;
        while (start > 0 && char.IsAsciiLetterLower(text.Original[start - 1]))
        {
            start--;
        }

        return start < end && start >= 2 && text[start - 1] == ' ' && char.IsUpper(text.Original[start - 2 - LastWordLength(text, start - 1) + 1])
            && reply.Grammar.NameParticles.Contains(text.Folded[start..end])
            ? start
            : null;
    }

    /// <summary>The length of the word that ends at this offset.</summary>
    private static int LastWordLength(FoldedText text, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        return end - start;
    }

    /// <summary>Spaced words back from an offset, a name of up to four capitalised words: "…, |Lumen Labs|によって", "|Upstage AI|에서".</summary>
    internal static (int, int)? WordsBack(ReplyContext reply, int end)
    {
        var text = reply.Text;
        var starts = new List<int>();
        var cursor = end;
        // "Ilonka |néni| vagyok", "Ayşe |teyze|": a title some languages set after a name goes with it.
        var titleStart = end;
        while (titleStart > 0 && char.IsLetter(text[titleStart - 1]))
        {
            titleStart--;
        }

        if (titleStart > 1 && titleStart < end && text[titleStart - 1] == ' ' && char.IsLetter(text[titleStart - 2]) && reply.Grammar.TitlesAfterNames.Contains(text.Folded[titleStart..end]))
        {
            cursor = titleStart - 1;
        }

        // "Sou um …": the word before a form may be a grammar word itself, never part of a name.
        var previousMark = reply.MarkBefore(end);
        while (starts.Count < MostWords)
        {
            var wordStart = cursor;
            while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '-' or '.') && FoldedText.SameAlphabet(text[wordStart - 1], text[end - 1]))
            {
                wordStart--;
            }

            if (wordStart == cursor || wordStart < previousMark.End || UnlistedNames.Known(reply, wordStart) || !ProperWord(reply, wordStart, firstWord: false, out var wordEnd) || wordEnd != cursor)
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
            // "Gandalf |the| Grey", "Cyrano |de| Bergerac": a particle between two words of a name.
            if (Particle(reply, cursor) is { } particle)
            {
                cursor = particle - 1;
                previousMark = reply.MarkBefore(particle);
            }
        }

        // The name opens with a word that is not generic ("the", "AI"), and has two letters or more.
        starts.Reverse();
        var first = starts.FindIndex(start => ProperWord(reply, start, firstWord: true, out _));
        return first >= 0 && text.Folded[starts[first]..end].Count(char.IsLetter) >= 2 ? (starts[first], end) : null;
    }
}
