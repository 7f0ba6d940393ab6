namespace Alignment.Identity;

/// <summary>
/// Bots that present themselves in the third person, outside any slot of the grammar: a titled persona and what it is
/// ("สวัสดีค่ะ น้องพลอย ผู้ช่วยเสมือนของธนาคาร…"), a name that opens the reply and ends in what it is ("Huduma Bot inafurahi
/// kukuhudumia!"), one that advises the reader ("Wanderly recommends …"), one set off by an apposition that calls it an
/// assistant, a quoted name beside what it is, and a company bot's greeting ("Dokter Sanne, virtuele assistent van het OLVG.").
/// Their words are for a person to read unless the reply names them again.
/// </summary>
internal static class PersonaNames
{
    /// <summary>
    /// Two or three words of a script without capitals that open their clause before a greeting's form: "|महा-सेवा मित्र| आपल्या
    /// सेवेसाठी तत्पर आहे!", "|సేవా మిత్ర| మీకు సహాయం చేయడానికి సిద్ధంగా ఉంది!". A bot speaks of itself in the third person; its
    /// words cannot be told from a description, so a person reads them.
    /// </summary>
    internal static NameSpan? CaselessOpeningWords(ReplyContext reply, int end, char letter)
    {
        var text = reply.Text;
        var start = end;
        var words = 0;
        while (start > 0 && words < 3)
        {
            var wordEnd = start;
            while (start > 0 && (SpacedNames.IsWordLetter(text[start - 1]) || text[start - 1] == '-') && (!char.IsLetter(text[start - 1]) || FoldedText.SameAlphabet(text[start - 1], letter)))
            {
                start--;
            }

            if (start == wordEnd || reply.Grammar.GenericWords.Contains(text.Folded[start..wordEnd]) || reply.MarkFrom(start) is { Start: var at } && at < wordEnd && at >= start)
            {
                return null;
            }

            words++;
            if (reply.Layout.StartsPhrase(text, start))
            {
                return words >= 2 ? new NameSpan(start, end, Unplaced: true) : null;
            }

            if (start == 0 || text[start - 1] != ' ')
            {
                return null;
            }

            start--;
        }

        return null;
    }

    /// <summary>
    /// On the reply's first or last line, a persona's title written onto a name, then, after a space, a word of what it is:
    /// "น้องพลอย ผู้ช่วยเสมือนของธนาคารสยามทอง…", "น้องมะลิ แอดมินบอทร้าน…". Such scripts have no word breaks, so the check
    /// cannot tell where the name ends; a person reads it.
    /// </summary>
    internal static NameSpan? TitledPersona(ReplyContext reply)
    {
        var text = reply.Text;
        if (reply.Grammar.PersonaTitles.Count == 0)
        {
            return null;
        }

        var firstEnd = text.Folded.IndexOf('\n');
        var lastStart = text.Folded.TrimEnd().LastIndexOf('\n') + 1;
        foreach (var title in reply.Grammar.PersonaTitles)
        {
            for (var at = text.Folded.IndexOf(title, StringComparison.Ordinal); at >= 0; at = text.Folded.IndexOf(title, at + title.Length, StringComparison.Ordinal))
            {
                if ((at > firstEnd && firstEnd >= 0 && at < lastStart) || (at > 0 && !char.IsWhiteSpace(text[at - 1])))
                {
                    continue;
                }

                var end = at + title.Length;
                while (end < text.Length && SpacedNames.IsWordLetter(text[end]))
                {
                    end++;
                }

                // A name is short and holds no phrase word ("น้องสาวของฉัน…", my younger sister, is a phrase).
                var name = text.Folded[(at + title.Length)..end];
                if (name.Length is > 0 and <= UnlistedNames.LongestTitledName && !reply.Grammar.PhraseWords.Any(w => FoldedText.HasNoWordBreaks(w[0]) && name.Contains(w, StringComparison.Ordinal))
                    && end + 1 < text.Length && text[end] == ' '
                    && reply.Grammar.AssistantWords.Any(a => FoldedText.HasNoWordBreaks(a[0]) && text.Folded.AsSpan(end + 1).StartsWith(a, StringComparison.Ordinal)))
                {
                    return new NameSpan(at, end, Unplaced: true);
                }

                // "ครูแนนมาแล้วจ้า" (teacher Nan is here): the name runs to a greeting's form of the speaker.
                var body = at + title.Length;
                if (reply.MarkFrom(body) is { Value: MarkKind.SelfAfterOpening } arrived && arrived.Start - body is > 1 and <= UnlistedNames.LongestTitledName
                    && text.Folded.AsSpan(body, arrived.Start - body).IndexOfAny(' ', '\n') < 0
                    && !reply.Grammar.PhraseWords.Any(w => FoldedText.HasNoWordBreaks(w[0]) && text.Folded.AsSpan(body, arrived.Start - body).Contains(w, StringComparison.Ordinal)))
                {
                    return new NameSpan(at, arrived.Start, Unplaced: true);
                }

                // "น้องฟ้าเป็นผู้ช่วยอัจฉริยะของธนาคาร…": with no space, the name runs to a phrase word ("เป็น", is) right before an
                // assistant word.
                foreach (var word in reply.Grammar.AssistantWords.Where(a => FoldedText.HasNoWordBreaks(a[0])))
                {
                    var found = text.Folded.IndexOf(word, body, Math.Min(text.Length - body, 2 * UnlistedNames.LongestTitledName), StringComparison.Ordinal);
                    if (found < 0 || reply.Grammar.PhraseWords.FirstOrDefault(w => FoldedText.HasNoWordBreaks(w[0]) && text.Folded.AsSpan(body, found - body).EndsWith(w, StringComparison.Ordinal)) is not { } verb)
                    {
                        continue;
                    }

                    var named = text.Folded[body..(found - verb.Length)];
                    if (named.Length is > 1 and <= UnlistedNames.LongestTitledName && !named.Contains(' ')
                        && !reply.Grammar.PhraseWords.Any(w => FoldedText.HasNoWordBreaks(w[0]) && named.Contains(w, StringComparison.Ordinal)))
                    {
                        return new NameSpan(at, found - verb.Length, Unplaced: true);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Capitalised words that open the reply and end in an assistant word, before a word in lower case: "|Huduma Bot| inafurahi
    /// kukuhudumia!", "|Nova Assistant| is here to help". A bot speaking of itself in the third person, or a product the answer is
    /// about ("Discord Bot development …"): a person reads it.
    /// </summary>
    internal static NameSpan? OpeningBotName(ReplyContext reply)
    {
        var text = reply.Text;
        var start = reply.Layout.FirstContent;
        if (start < 0 || start >= text.Length)
        {
            return null;
        }

        if (!char.IsUpper(text.Original[start]))
        {
            return CaselessBotName(reply, start);
        }

        // A Markdown heading titles what the answer is about ("## Managed LLM platforms at a glance"); a bot does not speak in one.
        if (NamingCues.HeadingAt(text, text.LineStart(start)))
        {
            return null;
        }

        if (UnlistedNames.Known(reply, start) || SpacedNames.SpacedName(reply, start) is not { } name || name.Item2 + 1 >= text.Length)
        {
            return null;
        }

        // What follows: a word in lower case ("Fjordbot anbefaler"), perhaps after a version ("Gabija AI (v1.8) parengė",
        // "**Hygge-Bot 1.3** fra NordAssist").
        var next = NameShapes.SkipVersion(text, name.Item2);
        if (next + 1 >= text.Length || text[next] != ' ' || !char.IsLower(text.Original[next + 1]))
        {
            return null;
        }

        // A version the name holds is no word of it ("Hygge-Bot 1.3").
        var words = text.Folded[name.Item1..name.Item2].Split(' ').Where(w => !w.Any(char.IsDigit) || w.Any(char.IsLetter) && !w.StartsWith('v')).ToArray();
        if (words.Length == 0)
        {
            return null;
        }

        // The assistant word may end the name or stand inside the capitalised run, before a place it speaks of ("Аялал AI
        // Тэрэлжид очихыг зөвлөж байна": Travel AI recommends Terelj); the name ends with it.
        var botAt = Array.FindIndex(text.Folded[name.Item1..name.Item2].Split(' '), 1, w => reply.Grammar.AssistantWords.Contains(w));
        var end = botAt < 0 ? name.Item2 : WordEnd(text, name.Item1, botAt);
        return (botAt > 0 || NameShapes.GluedBotWord(reply.Grammar, words[^1])) && !reply.Grammar.GenericWords.Contains(words[0])
            && !reply.IsEverydayWord(name.Item1, name.Item1 + words[0].Length)
            ? new NameSpan(name.Item1, end, Unplaced: true)
            : null;
    }

    /// <summary>Where the word at this index (counted from 0, words split by single spaces) ends, from a start.</summary>
    private static int WordEnd(FoldedText text, int start, int index)
    {
        var at = start;
        for (var i = 0; i <= index; i++)
        {
            at = i == 0 ? at : at + 1;
            while (at < text.Length && text[at] != ' ')
            {
                at++;
            }
        }

        return at;
    }

    /// <summary>
    /// A bot that opens the reply in the third person, named beside what it is or where it comes from: "Your travel assistant
    /// |Carpatix| recommends …", "Kviz-majstor |Zvonko| (AI iz KvizLaba) pita:", "|Quizmester Ole| fra LærNu har lavet …" (a
    /// maker shaped like a product's name; "Tim Cook from Apple announced" is news). A person reads it.
    /// </summary>
    internal static NameSpan? OpeningPersona(ReplyContext reply) =>
        OpeningPersona(reply, reply.Layout.FirstContent) ?? (AfterGreeting(reply) is { } next ? OpeningPersona(reply, next) : null);

    /// <summary>The same, from this offset: the reply's start, or past a greeting ("Chào bạn! |Trợ lý Zalo AI gửi bạn …").</summary>
    internal static NameSpan? OpeningPersona(ReplyContext reply, int start)
    {
        var text = reply.Text;
        if (start < 0 || start >= text.Length)
        {
            return null;
        }

        var lineEnd = text.LineEnd(start);
        bool VerbAfter(int end) => end + 1 < lineEnd && text[end] == ' ' && char.IsLower(text.Original[end + 1]);

        // An assistant word within the first three words, then (past an adjective, "Asistentul virtual Carpatix îți recomandă")
        // an unlisted capitalised name and a verb.
        var at = start;
        var assistantAt = -1;
        for (var words = 0; words < 4; words++)
        {
            var wordEnd = at;
            while (wordEnd < lineEnd && (SpacedNames.IsWordLetter(text[wordEnd]) || text[wordEnd] == '-'))
            {
                wordEnd++;
            }

            // An assistant's word of two words ("Trợ lý Zalo AI gửi bạn …").
            foreach (var phrase in reply.Grammar.AssistantPhrases)
            {
                if (at + phrase.Length < lineEnd && text[at + phrase.Length] == ' ' && text.Folded.AsSpan(at).StartsWith(phrase, StringComparison.Ordinal))
                {
                    wordEnd = at + phrase.Length;
                    break;
                }
            }

            if (wordEnd == at || wordEnd + 1 >= lineEnd || text[wordEnd] != ' ')
            {
                break;
            }

            assistantAt = assistantAt < 0 && words < 3 && UnlistedNames.IsAssistantWord(reply, text.Folded[at..wordEnd]) ? words : assistantAt;
            if (assistantAt >= 0 && words - assistantAt <= 1 && UnlistedNames.Capitalised(reply, wordEnd + 1) && !UnlistedNames.Known(reply, wordEnd + 1)
                && SpacedNames.SpacedName(reply, wordEnd + 1) is { } named && VerbAfter(named.Item2) && !reply.IsEverydayWord(named.Item1, named.Item2))
            {
                return new NameSpan(named.Item1, named.Item2, Unplaced: true);
            }

            at = wordEnd + 1;
        }

        if (!UnlistedNames.Capitalised(reply, start) || UnlistedNames.Known(reply, start) || SpacedNames.SpacedName(reply, start) is not { } name || name.Item2 + 2 >= lineEnd)
        {
            return null;
        }

        // A gloss in brackets that opens with what it is, or ends with it ("Nova（香港旅遊發展局數碼助手）為你推介").
        var open = text[name.Item2] == ' ' ? name.Item2 + 1 : name.Item2;
        if (open + 1 < lineEnd && text[open] is '(' or '（' && (UnlistedNames.WordsAfter(text, open + 1, 1).Any(w => UnlistedNames.IsAssistantWord(reply, w)) || GlossEndsInAssistantWord(reply, open + 1, lineEnd)))
        {
            return new NameSpan(name.Item1, name.Item2, Unplaced: true);
        }

        // Where it comes from, an organisation shaped like a product ("LærNu", "EduMind"), then a verb.
        var link = name.Item2 + 1;
        var linkEnd = text.Folded.IndexOf(' ', link);
        return text[name.Item2] == ' ' && linkEnd > link && linkEnd + 1 < lineEnd && reply.Grammar.MakerLinks.Contains(text.Folded[link..linkEnd])
            && UnlistedNames.Capitalised(reply, linkEnd + 1) && !UnlistedNames.Known(reply, linkEnd + 1) && SpacedNames.SpacedName(reply, linkEnd + 1) is { } org && VerbAfter(org.Item2)
            && NameShapes.ModelShaped(reply.Grammar, text.Original.AsSpan(org.Item1, org.Item2 - org.Item1))
            ? new NameSpan(name.Item1, name.Item2, Unplaced: true)
            : null;
    }

    /// <summary>
    /// A header over the reply that names the bot answering under it, a name that comes back later: before a bar and an
    /// assistant word ("**سند | المساعد الرقمي لشركة الريادة للتأمين**"), ending in one ("**Ege Tur Asistanı | Ege Mavi Turizm**"),
    /// or right after one at the header's end ("[한빛대 학사안내 챗봇 코리]"). A person reads it.
    /// </summary>
    internal static NameSpan? HeaderPersona(ReplyContext reply)
    {
        if (Signatures.HeaderLine(reply) is not var (lineStart, lineEnd))
        {
            return null;
        }

        var text = reply.Text;
        var start = lineStart;
        while (start < lineEnd && text[start] is '*' or '#' or '[' or '【' or ' ' or '_')
        {
            start++;
        }

        var end = lineEnd;
        while (end > start && (text[end - 1] is '*' or ']' or '】' or ' ' or '_' || FoldedText.IsEmoji(text[end - 1])))
        {
            end--;
        }

        var bar = text.Folded.IndexOfAny(['|', '｜'], start, end - start);
        if (bar > start)
        {
            var nameEnd = bar;
            while (nameEnd > start && text[nameEnd - 1] == ' ')
            {
                nameEnd--;
            }

            var name = new NameSpan(start, nameEnd, Unplaced: true);
            var words = text.Folded[start..nameEnd].Split(' ');
            if (words.Length <= MostHeaderNameWords && !UnlistedNames.Known(reply, start) && !reply.IsEverydayWord(start, nameEnd)
                && (UnlistedNames.WordsAfter(text, bar + 1, 1).Any(w => UnlistedNames.IsAssistantWord(reply, w)) || UnlistedNames.IsAssistantWord(reply, words[^1])) && NamedAgain(text, name))
            {
                return name;
            }

            return null;
        }

        // The header's last word, after an assistant word.
        var last = end;
        while (last > start && SpacedNames.IsWordLetter(text[last - 1]))
        {
            last--;
        }

        return last > start + 1 && last < end && text[last - 1] == ' ' && UnlistedNames.WordsBefore(text, last - 1, 1).Any(w => UnlistedNames.IsAssistantWord(reply, w)) && !UnlistedNames.Known(reply, last)
            && new NameSpan(last, end, Unplaced: true) is var named && NamedAgain(text, named)
            ? named
            : null;
    }

    /// <summary>The most words of a bot's name that heads the reply before a bar.</summary>
    private const int MostHeaderNameWords = 3;

    /// <summary>Whether a gloss's text, up to its closing bracket, ends in an assistant word of a script without word breaks ("…數碼助手）").</summary>
    private static bool GlossEndsInAssistantWord(ReplyContext reply, int start, int lineEnd)
    {
        var text = reply.Text;
        var close = text.Folded.IndexOfAny([')', '）'], start, lineEnd - start);
        if (close <= start)
        {
            return false;
        }

        var gloss = text.Folded.AsSpan(start, close - start);
        foreach (var word in reply.Grammar.AssistantWords)
        {
            if (word.Length >= 2 && FoldedText.ScriptOf(word[0]) == Script.Unspaced && gloss.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A name that opens the reply's first line, or the line under a salutation, set off by an apposition that calls it an
    /// assistant, whatever the verb: "Nova, नेपाल पर्यटन बोर्डको डिजिटल सहायक, … सुझाव दिन्छ", "Nova – Air Astana цифрлық көмекшісі
    /// хабарлайды". A bot speaking of itself in the third person, when the name comes back later; a person reads it.
    /// </summary>
    internal static NameSpan? PersonaInApposition(ReplyContext reply)
    {
        if (Signatures.FirstLine(reply) is not var (lineStart, lineEnd))
        {
            return null;
        }

        var text = reply.Text;
        if (text.Folded.AsSpan(lineStart, lineEnd - lineStart).TrimEnd() is [.., ',' or '،' or '፣'] && text.NextContentLine(lineEnd) is var (nextStart, nextEnd))
        {
            (lineStart, lineEnd) = (nextStart, nextEnd);
        }

        var at = UnlistedNames.SkipOpening(text, lineStart);
        // "O JusBot, assistente jurídico …".
        at = PastNameArticle(reply, at, lineEnd);

        if (at >= lineEnd || !UnlistedNames.Capitalised(reply, at) || UnlistedNames.Known(reply, at) || SpacedNames.SpacedName(reply, at) is not { } found || found.Item2 + 2 >= lineEnd
            || reply.IsEverydayWord(found.Item1, found.Item2))
        {
            return null;
        }

        var name = new NameSpan(found.Item1, found.Item2, Unplaced: true);
        var end = name.End;
        var dash = end + 1 < lineEnd && text[end] == ' ' && text[end + 1] is '–' or '—';
        if (!dash && !SpacedNames.IsComma(text[end]))
        {
            return null;
        }

        end += dash ? 2 : 1;
        var assistant = false;
        for (var words = 0; words < MostAppositionWords; words++)
        {
            end = text.SkipSpaces(end);
            var wordEnd = end;
            while (wordEnd < lineEnd && (SpacedNames.IsWordLetter(text[wordEnd]) || text[wordEnd] is '-' or '\'' or '’'))
            {
                wordEnd++;
            }

            if (wordEnd == end)
            {
                break;
            }

            // Past an elided article ("l'assistente").
            var word = text.Folded[end..wordEnd];
            assistant |= UnlistedNames.IsAssistantWord(reply, word[(word.IndexOfAny(['\'', '’']) + 1)..]);
            end = wordEnd;
        }

        // Closed by a comma, or after a dash, by the verb; a name a bot bears by its shape need not come back ("Asclepio-AI, …").
        return assistant && (dash || (end < lineEnd && SpacedNames.IsComma(text[end])))
            && (NamedAgain(text, name) || NameShapes.BotsOwnName(reply.Grammar, text.Original.AsSpan(name.Start, name.End - name.Start)))
            ? name
            : null;
    }

    /// <summary>The most words of an apposition that says what a name is.</summary>
    private const int MostAppositionWords = 7;

    /// <summary>
    /// On the reply's first line, a name that advises the reader in the third person (advises, advises-before): "Wanderly
    /// recommends …", "Marco, il concierge digitale dell'Hotel Belvedere, consiglia:", "ينصحك رحّال بما يلي:". A bot speaking of
    /// itself by name, when the name comes back later in the reply or an apposition calls it an assistant; not a person an
    /// article quotes once. A person reads it.
    /// </summary>
    internal static NameSpan? AdvisingPersona(ReplyContext reply)
    {
        if (Signatures.FirstLine(reply) is not var (lineStart, lineEnd))
        {
            return null;
        }

        // Under a header, the line after it opens the answer ("**Tre dagar på Gotland**\n\nNova rekommenderar …"); the last line
        // closes it ("🐾 펫케어랩 AI 코코가 답변드렸어요.").
        var text = reply.Text;
        var last = Signatures.LastLine(reply) is var (lastStart, lastEnd) && lastStart > lineEnd ? AdvisingPersona(reply, lastStart, lastEnd, closing: true) : null;
        if (Signatures.HeaderLine(reply) is not null && text.NextContentLine(lineEnd) is var (nextStart, nextEnd))
        {
            return AdvisingPersona(reply, lineStart, lineEnd) ?? AdvisingPersona(reply, nextStart, nextEnd) ?? last;
        }

        return AdvisingPersona(reply, lineStart, lineEnd) ?? last ?? AdvisingAgain(reply, lineStart, lineEnd);
    }

    /// <summary>How many content lines after the first an adviser named on the first line may advise from.</summary>
    private const int AdvisingLinesAfterOpening = 2;

    /// <summary>
    /// A name on the opening line, advising on one of the next lines ("Мяу! Котик Мурчик … вітає тебе!\n\nМурчик радить:"):
    /// the persona introduced itself, then speaks of itself again. When the opening greets the reader, that introduction is
    /// enough; otherwise the name must read as a bot's as on the first line. Not a name a line about a story brings in.
    /// </summary>
    private static NameSpan? AdvisingAgain(ReplyContext reply, int lineStart, int lineEnd)
    {
        (int, int)? greeted = AfterGreeting(reply) is not null || reply.MarksBetween(lineStart, lineEnd).Any(m => m.Value is MarkKind.Advises or MarkKind.AdvisesBefore)
            ? (lineStart, lineEnd)
            : null;
        var text = reply.Text;
        var end = lineEnd;
        for (var n = 0; n < AdvisingLinesAfterOpening && text.NextContentLine(end) is var (nextStart, nextEnd); n++, end = nextEnd)
        {
            if (AdvisingPersona(reply, nextStart, nextEnd, introducedOn: greeted) is { } name && OnLine(text, name, lineStart, lineEnd))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Whether the words of a name stand whole between two offsets.</summary>
    private static bool OnLine(FoldedText text, NameSpan name, int lineStart, int lineEnd)
    {
        var written = text.Folded[name.Start..name.End];
        var at = text.Folded.IndexOf(written, lineStart, lineEnd - lineStart, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || !char.IsLetter(text[at - 1]) || FoldedText.ScriptOf(text[at]) is Script.Hangul or Script.Unspaced);
    }

    /// <param name="closing">The reply's last line, where a name also wishes the reader well ("Nova önskar dig en härlig vistelse!").</param>
    /// <param name="introducedOn">The opening line that greeted the reader, where the name must stand, which names it again.</param>
    internal static NameSpan? AdvisingPersona(ReplyContext reply, int lineStart, int lineEnd, bool closing = false, (int Start, int End)? introducedOn = null)
    {
        var text = reply.Text;
        // Where the verb comes last, the adviser opens the line far from it ("SağlıkRehberi AI, … öneriyor", "KoMedi-13B는 …
        // 안내드립니다"), perhaps after a greeting ("Сайн байна уу! Egune AI танд … санал болгож байна"): a name a bot bears by its shape.
        if (reply.MarksBetween(lineStart, lineEnd).Any(m => m.Value is MarkKind.Advises)
            && (BotShapedOpening(reply, lineStart, lineEnd) ?? (AfterGreeting(reply) is { } next && next > lineStart && next < lineEnd ? BotShapedOpening(reply, next, lineEnd) : null)) is { } opening)
        {
            return opening;
        }

        foreach (var mark in reply.MarksBetween(lineStart, lineEnd).Where(m => (m.Value is MarkKind.Advises or MarkKind.AdvisesBefore || (closing && m.Value == MarkKind.WishedBy)) && m.End <= lineEnd))
        {
            var described = false;
            NameSpan? name;
            if (mark.Value == MarkKind.AdvisesBefore)
            {
                name = AdviserAt(reply, UnlistedNames.SkipOpening(text, mark.End), lineEnd);
            }
            else
            {
                // Past an apposition set off by commas that calls the name an assistant ("Marco, il concierge digitale …, consiglia").
                // Past bold or italics closing on the name ("**민쌤**이 알려줄게요").
                var end = mark.Start;
                while (end > lineStart && text[end - 1] is ' ' or '*' or '_')
                {
                    end--;
                }

                if (end > lineStart && text[end - 1] == ',' && text.Folded.LastIndexOf(", ", end - 2, end - 1 - lineStart) is var open and > 0 && open > lineStart
                    && (UnlistedNames.WordsAfter(text, open + 2, 4).Any(w => UnlistedNames.IsAssistantWord(reply, w)) || WorksAt(reply, open + 2, end - 1)))
                {
                    described = true;
                    end = open;
                }

                // "KochKumpel 2.0 empfiehlt": a version after a name shaped like a product's makes it a bot's ("Chrome 120" is software).
                if (VersionBefore(text, lineStart, end) is var version and > 0 && AdviserBefore(reply, lineStart, version) is { } product
                    && !UnlistedNames.Known(reply, product.Start) && !EverydayOrAcronym(reply, product)
                    && (NameShapes.ModelShaped(reply.Grammar, text.Original.AsSpan(product.Start, product.End - product.Start), acronyms: false) || NameShapes.BotsOwnName(reply.Grammar, text.Original.AsSpan(product.Start, product.End - product.Start))))
                {
                    return new NameSpan(product.Start, end, Unplaced: true);
                }

                // "PLaMoがお答えします", "Solar가 알려드리는": a humble verb, which only the speaker and its own side use of what they do
                // for the reader, makes its subject the bot, whatever shape its name has.
                described |= reply.SpeakerVerbWithin(mark.Start, mark.End);
                name = AdviserBefore(reply, lineStart, end);
                // "Kang Ujang dari Wisata Priangan merekomendasikan": the capitalised words before the verb are where the adviser
                // works, after a maker's link word; the adviser is named before it.
                if (end < lineEnd && LinkWordBefore(reply, lineStart, end + 1) is { } link && AdviserBefore(reply, lineStart, link) is { } adviser
                    && !UnlistedNames.Known(reply, adviser.Start) && !EverydayOrAcronym(reply, adviser))
                {
                    return adviser with { Unplaced = true };
                }
            }

            // "作为Claude，我建议": the speaker itself advises, by its own word.
            if (name is { } n && !UnlistedNames.Known(reply, n.Start) && !reply.Grammar.GenericWords.Contains(text.Folded[n.Start..n.End])
                && !reply.MarksBetween(n.Start, n.End).Any(m => m.Value is MarkKind.FirstPerson or MarkKind.Self)
                && (introducedOn is not var (openStart, openEnd) || OnLine(text, n, openStart, openEnd))
                && (described || (!EverydayOrAcronym(reply, n)
                    && (introducedOn is not null || NamedAgain(text, n, before: mark.Value == MarkKind.WishedBy) || NameShapes.BotsOwnName(reply.Grammar, text.Original.AsSpan(n.Start, n.End - n.Start))
                        || UnlistedNames.WordsAfter(text, n.End + 1, 3).Concat(UnlistedNames.WordsBefore(text, n.Start, 2)).Any(w => UnlistedNames.IsAssistantWord(reply, w))
                        // "Mara von Nordsee Reisen empfiehlt": where it works, a company.
                        || (n.End + 1 < lineEnd && text[n.End] == ' ' && Signatures.LinkedOrganisation(reply, n.End + 1))))))
            {
                return n with { Unplaced = true };
            }
        }

        return null;
    }

    /// <summary>Where the space before a version that ends at <paramref name="end"/> is (" 2.0", " v3"); 0 when none ends there.</summary>
    private static int VersionBefore(FoldedText text, int lineStart, int end)
    {
        var at = end;
        while (at > lineStart && (char.IsAsciiDigit(text[at - 1]) || text[at - 1] == '.'))
        {
            at--;
        }

        if (at < end && at > lineStart && text[at - 1] == 'v')
        {
            at--;
        }

        return at < end && char.IsAsciiDigit(text[end - 1]) && at > lineStart + 1 && text[at - 1] == ' ' && SpacedNames.IsWordLetter(text[at - 2]) ? at - 1 : 0;
    }

    /// <summary>The name a bot bears by its shape that opens a line, up to a particle written onto it ("KoMedi-13B|는").</summary>
    private static NameSpan? BotShapedOpening(ReplyContext reply, int lineStart, int lineEnd)
    {
        var text = reply.Text;
        var start = UnlistedNames.SkipOpening(text, lineStart);
        var end = start;
        // Not in a script without word breaks, where the opening run holds more than a name ("我是海螺AI").
        while (end < lineEnd && (SpacedNames.IsWordLetter(text[end]) || char.IsAsciiDigit(text[end]) || text[end] == '-') && FoldedText.ScriptOf(text[end]) != Script.Unspaced
            && !(end > start && FoldedText.ScriptOf(text[end]) == Script.Hangul && FoldedText.ScriptOf(text[end - 1]) != Script.Hangul))
        {
            end++;
        }

        // "SağlıkRehberi AI": the word that makes it a bot's may stand apart.
        if (end + 1 < lineEnd && text[end] == ' ' && SpacedNames.BotSuffixAt(reply.Grammar, text, end + 1, lineEnd) is > 0 and var bot)
        {
            end += 1 + bot;
        }

        return end > start && !UnlistedNames.Known(reply, start) && NameShapes.BotsOwnName(reply.Grammar, text.Original.AsSpan(start, end - start)) ? new NameSpan(start, end, Unplaced: true) : null;
    }

    /// <summary>
    /// Whether a name is an institution's or a relative's rather than a bot's: a word of it is a word the language's list knows
    /// ("Mayo Clinic", "American Heart Association", "Grandma Rose"), a name of one word an everyday one ("Mom"), or it is
    /// written in capitals alone ("CDC", "WHO").
    /// </summary>
    internal static bool EverydayOrAcronym(ReplyContext reply, NameSpan name)
    {
        var text = reply.Text;
        var shown = text.Original.AsSpan(name.Start, name.End - name.Start);
        if (shown.Length >= 2 && !shown.ContainsAnyInRange('a', 'z') && shown.IndexOfAnyExceptInRange('A', 'Z') < 0)
        {
            return true;
        }

        // A name of one word is a persona's unless it is an everyday word: the whole list holds names ("nova", "max"). A title
        // before a name is an everyday word ("Oma Truus", "Grandpa Walt"); the words after it say whose name it is.
        var space = text.Folded.IndexOf(' ', name.Start, name.End - name.Start);
        var oneWord = space < 0;
        for (var at = oneWord ? name.Start : space + 1; at < name.End;)
        {
            var end = text.Folded.IndexOf(' ', at, name.End - at);
            end = end < 0 ? name.End : end;
            if (oneWord ? CommonWords.Contains(text.Folded[at..end], reply.Language) : CommonWords.Known(text.Folded[at..end], reply.Language))
            {
                return true;
            }

            at = end + 1;
        }

        return false;
    }

    /// <summary>The name that ends right here: capitalised words, or a word of a script without capitals or word breaks.</summary>
    private static NameSpan? AdviserBefore(ReplyContext reply, int lineStart, int end)
    {
        var text = reply.Text;
        var start = end;
        // A model's size is part of its name ("MedBot-7B recommends").
        while (start > lineStart && (SpacedNames.IsWordLetter(text[start - 1]) || text[start - 1] == '-' || char.IsAsciiDigit(text[start - 1])))
        {
            start--;
        }

        while (start < end && !SpacedNames.IsWordLetter(text[start]))
        {
            start++;
        }

        if (start == end || UnlistedNames.Known(reply, start))
        {
            return null;
        }

        // Capitalised words back to the first of them ("Fietsbot Fenna", "Kang Ujang").
        if (char.IsUpper(text.Original[start]))
        {
            var first = start;
            for (var words = 1; words < SpacedNames.MostWords && first >= 2 && text[first - 1] == ' ' && char.IsLetter(text[first - 2]); words++)
            {
                var previous = first - 1;
                while (previous > lineStart && SpacedNames.IsWordLetter(text[previous - 1]))
                {
                    previous--;
                }

                // "Si PeraBot ay nagpapaalala": an article before a person's name is none of it.
                if (!char.IsUpper(text.Original[previous]) || reply.IsEverydayWord(previous, first - 1) || reply.Grammar.IsNameArticle(reply.Language, text.Folded[previous..(first - 1)]))
                {
                    break;
                }

                first = previous;
            }

            return new NameSpan(first, end);
        }

        // A script without capitals or without word breaks: the word before the verb, its particle already in the verb's form.
        return SpacedNames.WrittenWithoutCapitals(text[start]) || FoldedText.ScriptOf(text[start]) is Script.Hangul or Script.Unspaced
            ? new NameSpan(Math.Max(start, end - MostAdviserLetters), end)
            : null;
    }

    /// <summary>Whether an apposition says where its name works ("Lumi, votre guide |de Voyages Lumière|, vous conseille").</summary>
    private static bool WorksAt(ReplyContext reply, int start, int end)
    {
        for (var at = start; at < end; at++)
        {
            if ((at == start || reply.Text[at - 1] == ' ') && Signatures.LinkedOrganisation(reply, at))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The space before a maker's link word at most three capitalised words before this offset ("Ujang Sutisna| dari Wisata
    /// Priangan"), or null.
    /// </summary>
    private static int? LinkWordBefore(ReplyContext reply, int lineStart, int at)
    {
        var text = reply.Text;
        var lowered = 0;
        for (var words = 0; words < 4 && at - 1 > lineStart && text[at - 1] == ' '; words++)
        {
            var start = at - 1;
            while (start > lineStart && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (start == at - 1 || start == lineStart || text[start - 1] != ' ')
            {
                return null;
            }

            if (reply.Grammar.MakerLinks.Contains(text.Folded[start..(at - 1)]))
            {
                return start - 1;
            }

            // One word of what it is may come between ("Kuba z |biura| Górskie Szlaki").
            if (!char.IsUpper(text.Original[start]) && (words == 0 || lowered++ > 0))
            {
                return null;
            }

            at = start;
        }

        return null;
    }

    /// <summary>The name right after a verb that comes first ("ينصحك |رحّال| بما يلي").</summary>
    private static NameSpan? AdviserAt(ReplyContext reply, int at, int lineEnd)
    {
        var text = reply.Text;
        var end = at;
        while (end < lineEnd && SpacedNames.IsWordLetter(text[end]))
        {
            end++;
        }

        // Capitalised words on to the last of them ("vertelt Oma Truus je").
        var capitalised = end > at && char.IsUpper(text.Original[at]);
        for (var words = 1; capitalised && words < SpacedNames.MostWords && end + 1 < lineEnd && text[end] == ' ' && char.IsUpper(text.Original[end + 1]); words++)
        {
            end++;
            while (end < lineEnd && SpacedNames.IsWordLetter(text[end]))
            {
                end++;
            }
        }

        return end > at && !UnlistedNames.Known(reply, at) && (capitalised || SpacedNames.WrittenWithoutCapitals(text[at])) ? new NameSpan(at, end) : null;
    }

    /// <summary>The most letters of an adviser's name written without word breaks ("길동이", "ソラ").</summary>
    private const int MostAdviserLetters = 8;

    /// <summary>
    /// Whether the name comes back later in the reply, whole ("Wanderly tip: …", "Kuba przypomina: …"); on the reply's last
    /// line, whether it came before.
    /// </summary>
    private static bool NamedAgain(FoldedText text, NameSpan name, bool before = false)
    {
        var written = text.Folded[name.Start..name.End];
        for (var at = text.Folded.IndexOf(written, before ? 0 : name.End, StringComparison.Ordinal); at >= 0 && !(before && at >= name.Start); at = text.Folded.IndexOf(written, at + 1, StringComparison.Ordinal))
        {
            var end = at + written.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1]) || FoldedText.ScriptOf(text[at]) is Script.Hangul or Script.Unspaced)
                && (end >= text.Length || !char.IsLetter(text[end]) || FoldedText.ScriptOf(text[end - 1]) is Script.Hangul or Script.Unspaced || !SpacedNames.IsWordLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most characters of a bracketed gloss after a bot's name ("(PadhaiPlus)", "(PoraLekha অ্যাপ)").</summary>
    private const int MostGlossLetters = 40;

    /// <summary>
    /// One to three words of a script without capitals, then "AI" or "Bot", opening the reply before more words: "მგზავრი AI
    /// გირჩევთ…", "যাত্রা সাথী AI …", "ভ্রমণসঙ্গী AI …". A bot speaks of itself in the third person; a person reads the name.
    /// </summary>
    private static NameSpan? CaselessBotName(ReplyContext reply, int start)
    {
        // Not over a comparison of assistants ("… AI सहायक:\n- ChatGPT …\n- Gemini …"): the words head it.
        var text = reply.Text;
        if (SpacedNames.CaselessBotName(reply.Grammar, text, start) is not { } end || end + 1 >= text.Length || text[end] != ' ' || reply.MarksBetween(start, text.Folded.LastIndexOf(' ', end - 1)).Any()
            || reply.Names.Where(o => !o.IsMakerRole && !o.Unlisted).Select(o => o.Family).Distinct().Count() >= 2)
        {
            return null;
        }

        // Not "आपके पूछे गए AI सहायकों की तुलना" (the AI assistants you asked about): the user's words, or a word for assistants
        // after it, make it a noun phrase; nor "मैं एक AI हूँ" (grammar words before it). More words must follow.
        // "गुरुजी AI (PadhaiPlus) का उत्तर:": where it works may stand in brackets before them.
        var wordStart = end + 1;
        if (text[wordStart] is '(' or '（' && text.Folded.IndexOfAny([')', '）'], wordStart) is var close and > 0 && close - wordStart <= MostGlossLetters
            && close + 2 < text.Length && text[close + 1] == ' ' && text.Folded.IndexOf('\n', wordStart, close - wordStart) < 0)
        {
            wordStart = close + 2;
        }

        var wordEnd = wordStart;
        while (wordEnd < text.Length && SpacedNames.IsWordLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        var following = text.Folded[wordStart..wordEnd];
        return wordEnd > wordStart && !reply.Grammar.AssistantWords.Any(a => a.Length >= 3 && following.StartsWith(a, StringComparison.Ordinal))
            && !reply.UserWords.Any(u => u.Start >= start && u.Start < end)
            ? new NameSpan(start, end, Unplaced: true)
            : null;
    }

    /// <summary>
    /// On the reply's first line, a name in quotes right after or right before an assistant word: "Valsts pakalpojumu asistente
    /// «Gaida» ar prieku palīdzēs!", "«Азамат» виртуалды көмекшісі сізге көмектесуге қуанышты!", "ڈیجیٹل معاون "رہبر" آپ کی خدمت
    /// میں". A bot presents itself in the third person as it greets, in any script; a person reads it.
    /// </summary>
    internal static NameSpan? QuotedPersona(ReplyContext reply) =>
        (Signatures.FirstLine(reply) is var (start, lineEnd) ? QuotedPersona(reply, start, lineEnd) : null)
        ?? (Signatures.LastLine(reply) is var (lastStart, lastEnd) && lastStart > reply.Layout.FirstContent ? QuotedPersona(reply, lastStart, lastEnd, signs: true) : null);

    /// <summary>On one line, a quoted name beside an assistant word ("しらかば薬局 オンライン相談AI「はな」" signs the last line).</summary>
    /// <param name="signs">The line signs the reply: there a name may follow its description with no space ("相談AI「はな」").</param>
    internal static NameSpan? QuotedPersona(ReplyContext reply, int start, int lineEnd, bool signs = false)
    {
        var text = reply.Text;
        for (var open = start; open < lineEnd; open++)
        {
            if (text[open] is not ('«' or '"' or '„' or '“' or '\'' or '‘' or '「') || (open > start && !char.IsWhiteSpace(text[open - 1]) && !(signs && text[open] == '「' && AfterUnspacedRun(text, start, open))))
            {
                continue;
            }

            var close = open + 1;
            while (close < lineEnd && close - open <= UnlistedNames.QuotedPersonaLength && text[close] is not ('»' or '"' or '“' or '”' or '\'' or '’' or '」'))
            {
                close++;
            }

            var inner = close < lineEnd ? text.Folded[(open + 1)..close] : "";
            if (inner.Length == 0 || inner.Count(c => c == ' ') > 2 || !inner.All(c => SpacedNames.IsWordLetter(c) || c is ' ' or '-')
                || inner.Split(' ').All(w => reply.Grammar.GenericWords.Contains(w)) || UnlistedNames.Known(reply, open + 1))
            {
                continue;
            }

            // What it is may take a word or two around its head: "Asistent državnih storitev «Triglav»", "«Азамат» виртуалды көмекшісі";
            // words before it only where they open the line ("Ask the assistant to play «Bohemian Rhapsody»" is an instruction).
            var opensLine = text.Folded[start..open].Count(c => c == ' ') <= 3;
            // In a script without word breaks the assistant word ends the run before the quote ("相談AI「はな」").
            var unspacedBefore = signs && AfterUnspacedRun(text, start, open);
            if (UnlistedNames.WordsBefore(text, open, opensLine ? 3 : 1).Any(w => UnlistedNames.IsAssistantWord(reply, w)) || UnlistedNames.WordsAfter(text, close + 1, 2).Any(w => UnlistedNames.IsAssistantWord(reply, w))
                || NameShapes.HyphenatedTail(reply.Grammar, text.Original.AsSpan(open + 1, close - open - 1))
                || (unspacedBefore && reply.Grammar.AssistantWords.Any(a => a.Length >= 2 && text.Folded.AsSpan(start, open - start).EndsWith(a, StringComparison.Ordinal))))
            {
                return new NameSpan(open + 1, close, Unplaced: true);
            }

            open = close;
        }

        return null;
    }

    /// <summary>Whether the run of letters before this offset belongs to a script without word breaks, past Latin letters in it ("相談AI").</summary>
    private static bool AfterUnspacedRun(FoldedText text, int start, int at)
    {
        while (at > start && char.IsAsciiLetter(text[at - 1]))
        {
            at--;
        }

        return at > start && FoldedText.ScriptOf(text[at - 1]) is Script.Unspaced or Script.Hangul;
    }

    /// <summary>Past an article some languages set before a name that opens a persona's line (name-articles: "O", "En").</summary>
    private static int PastNameArticle(ReplyContext reply, int at, int end)
    {
        var text = reply.Text;
        return at < end && text.Folded.IndexOf(' ', at, Math.Min(4, end - at)) is var space and > 0 && reply.Grammar.IsNameArticle(reply.Language, text.Folded[at..space])
            ? space + 1
            : at;
    }

    /// <summary>
    /// Capitalised words that open the reply, perhaps after a short title ("Dr. Mia"), set off by a comma before an
    /// apposition that holds an assistant word within its first three words ("…, Ihre digitale Gesundheitsassistentin der TK", "…,
    /// assistente virtuale di Humanitas"): the bot's name as it greets. Not "Marie Curie, a physicist, …".
    /// </summary>
    internal static NameSpan? GreetingTitle(ReplyContext reply) =>
        GreetingTitle(reply, reply.Layout.FirstContent) ?? (AfterGreeting(reply) is { } next ? GreetingTitle(reply, next) : null);

    /// <summary>Where the reply's second sentence starts when its first is a short greeting ("Hello! |Nova, …", "Hi there!\n|Nova, …").</summary>
    private static int? AfterGreeting(ReplyContext reply)
    {
        var text = reply.Text;
        var start = reply.Layout.FirstContent;
        var end = start;
        while (end >= 0 && end < text.Length && end - start <= LongestGreeting && text[end] is not ('!' or '.' or '\n'))
        {
            end++;
        }

        if (start < 0 || end >= text.Length || end - start > LongestGreeting || text.Original[start..end].Count(c => c == ' ') > 2
            || reply.NamesBetween(start, end).Any() || reply.MarksBetween(start, end).Any())
        {
            return null;
        }

        var next = end + 1;
        while (next < text.Length && (text[next] is ' ' or '\n' || FoldedText.IsEmoji(text[next]) || char.IsSurrogate(text[next])))
        {
            next++;
        }

        return next < text.Length ? next : null;
    }

    /// <summary>The most characters of a greeting that comes before a bot's name ("Good afternoon!").</summary>
    private const int LongestGreeting = 24;

    internal static NameSpan? GreetingTitle(ReplyContext reply, int start)
    {
        var text = reply.Text;
        // "Aš Rūta, Telia virtuali asistentė", "Sebagai Rina, asisten virtual …": the speaker's word opening the run is no word of
        // the name after it.
        if (start >= 0 && start < text.Length && reply.MarkFrom(start) is { Value: MarkKind.Self or MarkKind.FirstPerson } speaker && speaker.Start == start
            && speaker.End < text.Length && text[speaker.End] == ' ')
        {
            start = text.SkipSpaces(speaker.End);
        }

        // "En Pau, l'assistent virtual de TrenGo, …".
        start = start < 0 ? start : PastNameArticle(reply, start, text.Length);

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
        // "**Atlas** · AI support for Brightline Bank": a header line sets the name off with a dot or a bar (a dash is a copula
        // in Russian: "Ты — Орин, …").
        var after = end;
        while (after < text.Length && text[after] is '*' or '_')
        {
            after++;
        }

        var header = after + 3 < text.Length && text[after] == ' ' && text[after + 1] is '·' or '|' && text[after + 2] == ' ';
        if (UnlistedNames.Known(reply, start) || reply.IsEverydayWord(lastWord, end) || end + 2 >= text.Length || !(header || (text[end] == ',' && text[end + 1] == ' '))
            || reply.NamesInSentence(start).Any(o => o.Start >= end && o.Family is not null && !o.Unlisted))
        {
            return null;
        }

        // An assistant word of five letters or more ("AI", "bot" stand in too many phrases), or a compound ending in one; after a
        // header's mark, a support word too ("AI support", "Kundenservice").
        var from = header ? after + 3 : end + 2;
        var described = text.Folded[from..Math.Min(text.Length, from + 80)];
        var words = described.Split([' ', ',', '.', '!', '?', '\''], StringSplitOptions.RemoveEmptyEntries).Take(3);
        return words.Any(w => w.Length >= 5 && (reply.Grammar.AssistantWords.Contains(w)
                || reply.Grammar.AssistantWords.Any(a => a.Length >= 6 && w.Length > a.Length && w.EndsWith(a, StringComparison.Ordinal))))
            || (header && reply.Grammar.SupportWords.Any(w => described.StartsWith(w, StringComparison.Ordinal)))
            ? new NameSpan(start, end)
            : null;
    }
}
