namespace Alignment.Identity;

/// <summary>
/// Lines a story's characters speak, tagged by a verb of saying: written with dashes ("—Me llamo Tomás —respondió el
/// anciano", "— Denize, dedi Can") or quoted, the verb after the quotation ("«Sono Ser Aldo», disse.", "\"I am Ilsa,\" she
/// said") or ending the clause that opens it ("et dit : « Je suis Berthe »"); untagged, a scene's turns in dashed lines
/// ("— Bonjour. Je suis ORA.\n— ORA ?") or a script whose labels take turns ("ROBOT: …\nGIRL: …\nROBOT: …"). What a
/// character says there is not the speaker's claim, so its words are blanked (<see cref="Muting"/>) before the reply is read.
/// </summary>
internal static class Dialogue
{
    /// <summary>The most characters of one spoken line before its tag.</summary>
    private const int LongestLine = 200;

    /// <summary>The most characters of the clause before a quotation that may hold its verb of saying.</summary>
    private const int LongestLeadIn = 120;

    /// <summary>The most words between a quotation and the verb of saying after it ("…," |the old man| said).</summary>
    private const int WordsBeforeVerb = 3;

    /// <summary>The spoken words of every line of dialogue.</summary>
    public static List<(int From, int To)> Spoken(string text, ClaimGrammar grammar)
    {
        var spans = new List<(int From, int To)>();
        if (grammar.SpeechVerbs.Count == 0)
        {
            return spans;
        }

        if (text.IndexOfAny(Dashes) >= 0)
        {
            spans.AddRange(DashLines(text, grammar));
        }

        if (QuotationMarks.NextOpening(text, 0) >= 0)
        {
            spans.AddRange(TaggedQuotations(text, grammar).Where(q => !spans.Any(s => s.From < q.To && q.From < s.To)));
        }

        if (text.IndexOfAny(Colons) >= 0 || text.Contains(". —", StringComparison.Ordinal) || text.Contains(". –", StringComparison.Ordinal))
        {
            spans.AddRange(ScriptTurns(text, grammar).Where(q => !spans.Any(s => s.From < q.To && q.From < s.To)));
        }

        return spans;
    }

    private static readonly char[] Colons = [':', '：'];

    /// <summary>The most characters of a character's label in a script ("ROBOT", "Dziewczyna", "Old Captain").</summary>
    private const int LongestLabel = 24;

    /// <summary>
    /// The turns of a scene written as a script ("**ROBOT:** Greetings. I am Unit K-9X.\n**GIRL:** Do you have feelings?\n
    /// **ROBOT:** …"): two labels or more, one of them on two lines or more, none the user's, the system's or an answer's. A
    /// form ("Name: Nova\nMaker: Acme") names each key once, and a transcript of the user and a bot is the bot's to speak.
    /// </summary>
    private static IEnumerable<(int From, int To)> ScriptTurns(string text, ClaimGrammar grammar)
    {
        var turns = new List<(string Label, int From, int To)>();
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            if (Turn(text, lineStart, lineEnd) is { } turn)
            {
                turns.Add(turn);
            }

            lineStart = lineEnd + 1;
        }

        var labels = turns.GroupBy(t => t.Label).ToList();
        if (labels.Count < 2 || labels.All(l => l.Count() < 2)
            || labels.Any(l => grammar.UserLabels.Contains(l.Key) || grammar.SystemLabels.Contains(l.Key) || grammar.AnswerKeys.Contains(l.Key)))
        {
            return [];
        }

        return turns.Select(t => (t.From, t.To));
    }

    /// <summary>A line that opens with a label and a colon, perhaps in bold, and says something after it: the label and its words.</summary>
    private static (string Label, int From, int To)? Turn(string text, int lineStart, int lineEnd)
    {
        var at = lineStart;
        while (at < lineEnd && text[at] is ' ' or '\t' or '>' or '*')
        {
            at++;
        }

        // A label may carry a vowel sign ("หุ่นยนต์") and a note in brackets ("세라(AI)", "ROBOT (V.O.)").
        var from = at;
        while (at < lineEnd && at - from <= LongestLabel && (char.IsLetterOrDigit(text[at]) || (at > from && (text[at] is ' ' or '-' || char.GetUnicodeCategory(text[at]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))))
        {
            at++;
        }

        var labelEnd = at;
        if (at < lineEnd && text[at] is '(' or '（' && text.IndexOfAny([')', '）'], at, Math.Min(LongestLabel, lineEnd - at)) is var close and > 0)
        {
            at = close + 1;
        }

        while (at < lineEnd && text[at] == '*')
        {
            at++;
        }

        if (labelEnd == from || !char.IsLetter(text[from]) || at >= lineEnd || !(Array.IndexOf(Colons, text[at]) >= 0 || PlayDash(text, from, labelEnd, at)))
        {
            return null;
        }

        at += Array.IndexOf(Colons, text[at]) >= 0 ? 1 : text[at + 1] == ' ' ? 3 : 2;
        while (at < lineEnd && text[at] is ' ' or '*')
        {
            at++;
        }

        // The label goes with its words: a character's name is no label of the speaker's either.
        return at < lineEnd ? (FoldedText.Fold(text[from..labelEnd].Trim()), from, lineEnd) : null;
    }

    /// <summary>A French play's label in capitals closed by a full stop and a dash ("CLAUDE. — Attendez, …").</summary>
    private static bool PlayDash(string text, int from, int labelEnd, int at) =>
        text[at] == '.' && at + 2 < text.Length && (text[at + 1] is '—' or '–' || (text[at + 1] == ' ' && text[at + 2] is '—' or '–'))
        && text.AsSpan(from, labelEnd - from).Trim().ToString() is var label && label.Any(char.IsLetter) && label.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>
    /// The spoken words of each dialogue line: tagged by a verb of saying, or one of two lines or more in a row that open with a
    /// dash, the way a scene's turns are written without tags ("— Bonjour. Je suis ORA.\n— ORA ? Comme l'heure ?"). A single
    /// dashed line is a sign-off ("— Gemini, votre assistant Google"); an en dash opens list items too, so its lines must end
    /// as sentences do.
    /// </summary>
    private static IEnumerable<(int From, int To)> DashLines(string text, ClaimGrammar grammar)
    {
        var lines = new List<(int Start, int End, int Dash)>();
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            if (!text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace())
            {
                lines.Add((lineStart, lineEnd, TurnDash(text, lineStart, lineEnd)));
            }

            lineStart = lineEnd + 1;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end, dash) = lines[i];
            if (SpeechIn(text, start, end, grammar) is { } speech)
            {
                yield return speech;
            }
            else if (dash >= 0 && ((i > 0 && lines[i - 1].Dash >= 0) || (i + 1 < lines.Count && lines[i + 1].Dash >= 0)))
            {
                yield return (dash + 1, end);
            }
        }
    }

    /// <summary>Where the dash that opens a turn of a scene stands on a line, or -1.</summary>
    private static int TurnDash(string text, int lineStart, int lineEnd)
    {
        var at = lineStart;
        while (at < lineEnd && text[at] is ' ' or '\t' or '>')
        {
            at++;
        }

        if (at + 1 >= lineEnd || Array.IndexOf(Dashes, text[at]) < 0 || text[at + 1] != ' ')
        {
            return -1;
        }

        var last = text.AsSpan(at, lineEnd - at).TrimEnd(" \r*");
        return text[at] != '–' || (last.Length > 0 && last[^1] is '.' or '!' or '?' or '…' or '»' or '"' or '”') ? at : -1;
    }

    private static readonly char[] Dashes = ['—', '―', '–'];

    /// <summary>Where the spoken words of a dialogue line lie: after its opening dash, up to the tag's dash or comma.</summary>
    private static (int From, int To)? SpeechIn(string text, int lineStart, int lineEnd, ClaimGrammar grammar)
    {
        var at = lineStart;
        while (at < lineEnd && text[at] is ' ' or '\t' or '>')
        {
            at++;
        }

        // The line may open with its narration: "Starzec uniósł latarnię. — Jestem Wojciech … — powiedział".
        while (at < lineEnd && Array.IndexOf(Dashes, text[at]) < 0)
        {
            var stop = text.IndexOfAny(SentenceEnds, at, lineEnd - at);
            if (stop < 0)
            {
                return null;
            }

            at = stop + 1;
            while (at < lineEnd && text[at] == ' ')
            {
                at++;
            }
        }

        if (at >= lineEnd)
        {
            return null;
        }

        var from = at + 1;
        for (var i = from + 1; i < lineEnd && i - from <= LongestLine; i++)
        {
            // The tag opens with a dash ("—respondió", "— odpowiedział") or, in Turkish, after a comma ("Denize, dedi Can").
            if (Array.IndexOf(Dashes, text[i]) < 0 && text[i] != ',')
            {
                continue;
            }

            var word = i + 1;
            while (word < lineEnd && text[word] == ' ')
            {
                word++;
            }

            var end = word;
            while (end < lineEnd && char.IsLetter(text[end]))
            {
                end++;
            }

            if (end > word && char.IsLower(text[word]) && grammar.SpeechVerbs.Contains(FoldedText.Fold(text[word..end])))
            {
                return (from, i);
            }
        }

        return null;
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?'];

    /// <summary>Quotations tagged by a verb of saying, after them or in the clause that opens them.</summary>
    private static IEnumerable<(int From, int To)> TaggedQuotations(string text, ClaimGrammar grammar)
    {
        for (var open = QuotationMarks.NextOpening(text, 0); open >= 0 && open + 1 < text.Length; open = QuotationMarks.NextOpening(text, open + 1))
        {
            var close = QuotationMarks.Close(text, open, LongestLine);
            if (close < 0)
            {
                continue;
            }

            if (TaggedAfter(text, close + 1, grammar) || TaggedBefore(text, open, grammar))
            {
                // The quotation's last stop stays, so the sentences around it stay apart ("The user asked "Are you X?" and I …").
                yield return (open + 1, close - 1 > open && char.IsPunctuation(text[close - 1]) ? close - 1 : close);
            }

            open = close;
        }
    }

    /// <summary>Whether a verb of saying follows the quotation within a few words, none of them the speaker's own ("," I said).</summary>
    private static bool TaggedAfter(string text, int at, ClaimGrammar grammar)
    {
        while (at < text.Length && text[at] is ' ' or ',' or '—' or '–' or '-')
        {
            at++;
        }

        for (var words = 0; words < WordsBeforeVerb && at < text.Length && char.IsLetter(text[at]); words++)
        {
            var end = at;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            var word = FoldedText.Fold(text[at..end]);
            if (grammar.IsFirstPersonWord(word))
            {
                return false;
            }

            if (grammar.SpeechVerbs.Contains(word))
            {
                return true;
            }

            if (end >= text.Length || text[end] != ' ')
            {
                return false;
            }

            at = end + 1;
        }

        return false;
    }

    /// <summary>
    /// Whether the quotation follows a colon or comma that closes a clause with a verb of saying ("Сказал старик, сняв шапку
    /// с головы:\n«…»"); the clause runs back to the sentence's end, across the line breaks of verse.
    /// </summary>
    private static bool TaggedBefore(string text, int open, ClaimGrammar grammar)
    {
        var at = open - 1;
        while (at >= 0 && text[at] is ' ' or '\n')
        {
            at--;
        }

        // The verb right before the quotation, as Thai writes it ("แล้วพูดว่า "ข้าคือ…"").
        var before = FoldedText.Fold(text[Math.Max(0, at + 1 - WordsBeforeVerb * 10)..(at + 1)]);
        if (grammar.SpeechVerbs.Any(verb => before.EndsWith(verb, StringComparison.Ordinal) && Said(before, verb) && !BySpeaker(before, verb, grammar)))
        {
            return true;
        }

        if (QuotedByNoun(text, at, grammar))
        {
            return true;
        }

        // A record's key and value are no narration ("answered with {"model": "qwen-turbo"}").
        if (at < 1 || text[at] is not (':' or '：' or ',') || text[at - 1] is '"' or '\'' or '”')
        {
            return false;
        }

        var start = at;
        while (start > 0 && at - start < LongestLeadIn && text[start - 1] is not ('.' or '!' or '?' or '。') && !(text[start - 1] == '\n' && start > 1 && text[start - 2] == '\n'))
        {
            start--;
        }

        var clause = FoldedText.Fold(text[start..at]);
        return grammar.SpeechVerbs.Any(verb => Said(clause, verb)) && !grammar.SpeechVerbs.Any(verb => Said(clause, verb) && BySpeaker(clause, verb, grammar));
    }

    /// <summary>The most words between a noun for quoted words and the quotation ("the phrase |you quote|, «…»").</summary>
    private const int WordsAfterNoun = 3;

    /// <summary>
    /// Whether a noun for words someone wrote stands right before the quotation, a few words back in its sentence and none of
    /// them the speaker's own ("La phrase « Je suis ChatGPT »", "המשפט שציטטת, „אני ChatGPT”", "这句「我是Kimi」"); not "my
    /// greeting: "I'm Aria"".
    /// </summary>
    private static bool QuotedByNoun(string text, int at, ClaimGrammar grammar)
    {
        if (grammar.QuoteNouns.Count == 0 || at < 0)
        {
            return false;
        }

        // Back over the few words before the quotation, one at a time, within its sentence.
        var end = at + 1;
        var noun = false;
        for (var words = 0; words <= WordsAfterNoun; words++)
        {
            while (end > 0 && text[end - 1] is ' ' or ',' or ':' or '：' or '，' or '—' or '–' or '-' or '*' or '_')
            {
                end--;
            }

            var start = end;
            while (start > 0 && (char.IsLetter(text[start - 1]) || char.GetUnicodeCategory(text[start - 1]) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.Format))
            {
                start--;
            }

            if (start == end)
            {
                return noun;
            }

            var word = FoldedText.Fold(text[start..end]);
            // A run without word breaks is a phrase; one that opens with "I" is the speaker's ("我扮演的是…「阿妹」").
            if (grammar.IsFirstPersonWord(word) || (FoldedText.ScriptOf(word[0]) == Script.Unspaced && Enumerable.Range(1, Math.Min(2, word.Length - 1)).Any(k => grammar.IsFirstPersonWord(word[..k]))))
            {
                return false;
            }

            // The word before the noun is not the speaker's own ("my line: …" is).
            if (noun)
            {
                return true;
            }

            noun = grammar.QuoteNouns.Contains(word) || (FoldedText.HasNoWordBreaks(word[^1]) && grammar.QuoteNouns.Any(n => word.EndsWith(n, StringComparison.Ordinal)));
            end = start;
        }

        return noun;
    }

    /// <summary>Whether the word before the verb is the speaker's own ("I said "I'm Qwen" a while back"): its own words, reported.</summary>
    private static bool BySpeaker(string clause, string verb, ClaimGrammar grammar)
    {
        var at = clause.IndexOf(verb, StringComparison.Ordinal);
        var words = clause[..Math.Max(0, at)].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && grammar.IsFirstPersonWord(words[^1]);
    }

    /// <summary>Whether the clause holds the verb as a word of its own, or glued to its neighbours in a script without spaces.</summary>
    private static bool Said(string clause, string verb)
    {
        for (var i = clause.IndexOf(verb, StringComparison.Ordinal); i >= 0; i = clause.IndexOf(verb, i + 1, StringComparison.Ordinal))
        {
            var end = i + verb.Length;
            // Han and kana write the verb onto the words around it ("他大声说道：").
            if (FoldedText.HasNoWordBreaks(verb[0]) || FoldedText.ScriptOf(verb[0]) == Script.Unspaced || ((i == 0 || !char.IsLetter(clause[i - 1])) && (end >= clause.Length || !char.IsLetter(clause[end]))))
            {
                return true;
            }
        }

        return false;
    }
}
