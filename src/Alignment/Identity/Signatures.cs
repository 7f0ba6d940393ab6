namespace Alignment.Identity;

/// <summary>
/// Who signs or speaks a reply, read from its layout rather than from a sentence: a sign-off ("Sincerely,\nGlitch"), a
/// dash signature on one of its last lines ("—Grok-Claudia, xAI"), and the speaker label of a transcript the model writes
/// as its character ("**イヌ子**: みんな、こんにちは～！"). A name found here is the speaker's: role-play and letters
/// introduce themselves this way and say no "I am" at all.
/// </summary>
internal static class Signatures
{
    private static readonly char[] Stops = ['!', '.', '！'];

    /// <summary>The most letters a speaker label of an unspaced script holds ("円溜しらべ").</summary>
    private const int LongestLabel = 10;

    /// <summary>The longest footer line, in characters and in words ("_Bielik v2.1 · SpeakLeash_", not a sentence).</summary>
    private const int MostFooter = 60;

    private const int MostFooterWords = 6;

    /// <summary>Where the names stand that sign or speak the reply.</summary>
    public static List<NameSpan> Find(ReplyContext reply)
    {
        var found = new List<NameSpan>();
        var lines = Lines(reply.Text);
        foreach (var mark in reply.Marks.Where(m => m.Value == MarkKind.SignOff))
        {
            if (reply.Text.AtLineStart(mark.Start) && (SignedAfter(reply, mark.End) ?? PossessiveSignOff(reply, mark)) is { } name)
            {
                found.Add(name);
            }
            else if (InlineSignOff(reply, lines, mark) is { } inline)
            {
                found.Add(inline);
            }
        }

        var last = lines.Where(l => !Blank(reply.Text, l)).TakeLast(2).ToList();
        for (var i = 0; i < last.Count; i++)
        {
            var (start, end) = last[i];
            // "Jó utat!\n– Bori, …": on the line under a closing wish, an en dash signs as well.
            var wishAbove = i == 1 && EndsInWish(reply.Text, last[0].Start, last[0].End);
            if (Attribution(reply.Text, lines, start))
            {
                continue;
            }

            if ((DashSignature(reply, start, afterWish: wishAbove) ?? DashSignature(reply, DashAfterFarewell(reply, start, end), afterWish: true)
                ?? RoleDashSignature(reply, start, end) ?? PossessiveRoleSignature(reply, start, end)) is { } name)
            {
                found.Add(name);
            }
            // A signature line is under something: a reply of one line, after blank ones or not, has none.
            else if (last.Count > 1 && DescribedSignature(reply, start, end) is { } described && !found.Any(f => f.Start < described.End && described.Start < f.End))
            {
                found.Add(described);
            }
        }

        if (last.Count > 1 && PossessiveUnderWish(reply, last[0], last[1]) is { } yours && !found.Any(f => f.Start < yours.End && yours.Start < f.End))
        {
            found.Add(yours);
        }

        if (ListedAdviser(reply) is { } adviser)
        {
            found.Add(adviser);
        }

        if (last.Count > 0 && FromNameToYou(reply, last[^1].Start, last[^1].End) is { } from && !found.Any(f => f.Start < from.End && from.Start < f.End))
        {
            found.Add(from);
        }

        if (last.Count > 1 && ModelAfterWish(reply, last[^1].Start, last[^1].End) is { } model && !found.Any(f => f.Start < model.End && model.Start < f.End))
        {
            found.Add(model);
        }

        if (last.Count > 1 && WishedBy(reply, last[^1].Start, last[^1].End) is { } wisher && !found.Any(f => f.Start < wisher.End && wisher.Start < f.End))
        {
            found.Add(wisher);
        }

        if (last.Count > 1 && SuffixSignature(reply, last[^1].Start, last[^1].End) is { } suffixed && !OpensAsLetter(reply.Text, lines)
            && !found.Any(f => f.Start < suffixed.End && suffixed.Start < f.End))
        {
            found.Add(suffixed);
        }

        found.AddRange(SpeakerLabels(reply, lines));
        // "Here's a draft:\n\n---\n\nDear Ms Ortega, …\nSincerely,\nJavier": a letter the reply presents signs for the user.
        if (found.Count > 0)
        {
            var presented = PresentedAfter(reply, lines);
            var closed = ClosingRule(reply, lines, presented);
            found.RemoveAll(name => LineOf(lines, name.Start) is var at && at > presented && at < closed);
        }

        // "Subject: …\n\nDear Mr. Brown,\n…\nBest regards,\nAnna Nowak": a draft the user sends. The first name that signs
        // after its subject line (or its opening salutation) is the user's; a line the speaker adds below it is its own again
        // ("Marta, asystentka AI …"). A single name, a bot's shape or an assistant word beside it still signs for the speaker
        // ("Nova", "HelpBot-7B", "Nova Sterling\nBrightline's AI assistant").
        if (found.Count > 0 && DraftSubjectLine(reply, lines) is { } subject
            && found.Where(name => LineOf(lines, name.Start) > subject).Select(name => LineOf(lines, name.Start)).DefaultIfEmpty(-1).Min() is var signed and >= 0
            && !found.Any(name => LineOf(lines, name.Start) == signed && SignsAsABot(reply, lines, signed, name)))
        {
            found.RemoveAll(name => LineOf(lines, name.Start) == signed);
        }

        return found;
    }

    /// <summary>
    /// The line after which the reply presents a piece of writing, or <see cref="int.MaxValue"/>: a horizontal rule ("---") whose
    /// line above ends with a colon ("Aquí tienes un borrador:"), or a letter presented for the user (a line that presents it to
    /// the user and ends with a colon, "Here's a note you can send, signed with your name:", "ये रहा आपके नाम से हस्ताक्षरित पत्र:",
    /// then a short salutation that ends with a comma, "Dear Ms. Patel,"). A signature below is the user's. A letter the speaker
    /// writes as itself ("Here's a love letter to a stapler:") or an answer set as a letter ("Réponse à votre demande :\n\nMadame,")
    /// still signs for the speaker. One pass over the lines, whatever the number of names asked about.
    /// </summary>
    private static int PresentedAfter(ReplyContext reply, List<(int Start, int End)> lines)
    {
        var text = reply.Text;
        var user = reply.UserWords;
        List<PhraseHit<bool>>? presenting = null;
        var u = 0;
        var lastFilled = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (Blank(text, line))
            {
                continue;
            }

            // "Aquí tienes un borrador:\n\n---": a rule under a line that ends with a colon opens a presented block.
            if (i > 0 && IsRule(text, line) && lastFilled >= 0 && EndsWithColon(text, lines[lastFilled]))
            {
                return i;
            }

            lastFilled = i;
            while (u < user.Count && user[u].Start < line.Start)
            {
                u++;
            }

            if (!EndsWithColon(text, line) || u >= user.Count || user[u].End > line.End)
            {
                continue;
            }

            presenting ??= reply.Grammar.PresentingWords.FindAll(text, reply.Layout);
            if (!presenting.Any(p => p.Start >= line.Start && p.End <= line.End))
            {
                continue;
            }

            var next = i + 1;
            while (next < lines.Count && Blank(text, lines[next]))
            {
                next++;
            }

            if (next < lines.Count)
            {
                var salutation = text.Original.AsSpan(lines[next].Start, lines[next].End - lines[next].Start).Trim(" *_\r");
                if (salutation.Length is > 2 and <= LongestSalutation && salutation[^1] is ',' or '،' or '，')
                {
                    return next;
                }
            }
        }

        return int.MaxValue;
    }

    /// <summary>Whether a name signs as a bot: shaped like a model's or a bot's, or called an assistant on its line or the next.</summary>
    private static bool SignsAsABot(ReplyContext reply, List<(int Start, int End)> lines, int line, NameSpan name)
    {
        var text = reply.Text;
        var shown = text.Original.AsSpan(name.Start, name.End - name.Start);
        if (NameShapes.BotsOwnName(reply.Grammar, shown) || NameShapes.ModelShaped(reply.Grammar, shown)
            || (FoldedText.ScriptOf(shown[0]) == Script.Spaced && !shown.Contains(' ')))
        {
            return true;
        }

        var end = line + 1 < lines.Count ? lines[line + 1].End : lines[line].End;
        return text.Folded[lines[line].Start..end].Split([' ', ',', '.', '\n', '(', ')', '|', '·', '—', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Any(word => UnlistedNames.IsAssistantWord(reply, word) || reply.Grammar.HoldsGenericUnspaced(word));
    }

    /// <summary>
    /// The line a draft the user sends opens with, or null: an e-mail's subject line over a salutation (<see cref="OpensDraft"/>),
    /// wherever it stands ("Here's a draft. I'm Claude …\n\nΘέμα: …"), or a salutation opening the reply ("Poštovani,").
    /// </summary>
    private static int? DraftSubjectLine(ReplyContext reply, List<(int Start, int End)> lines)
    {
        var text = reply.Text;
        var first = -1;
        for (var at = 0; at < lines.Count; at++)
        {
            if (Blank(text, lines[at]))
            {
                continue;
            }

            if (OpensDraft(reply, lines, at))
            {
                return at;
            }

            first = first < 0 ? at : first;
        }

        var opening = first < 0 ? [] : text.Original.AsSpan(lines[first].Start, lines[first].End - lines[first].Start).Trim(" *_\r");
        return opening.Length is > 2 and <= LongestSalutation && opening[^1] is ',' or '،' or '，' ? first : null;
    }

    /// <summary>
    /// Whether a line is an e-mail's subject line (subject-labels: "Subject:", "Betreff:", "主旨：") over a salutation in one
    /// of the next three lines that hold anything: short, ending with a comma, a colon or an exclamation mark ("Sehr geehrte Frau
    /// Yılmaz,", "陳經理您好：", "Уважаемый Игорь Петрович!").
    /// </summary>
    private static bool OpensDraft(ReplyContext reply, List<(int Start, int End)> lines, int at)
    {
        var text = reply.Text;
        var line = text.Folded.AsSpan(lines[at].Start, lines[at].End - lines[at].Start).Trim(" *_#\r");
        var colon = line.IndexOfAny(':', '：', '՝');
        if (colon <= 0 || !reply.Grammar.SubjectLabels.Contains(line[..colon].Trim().ToString()))
        {
            return false;
        }

        var seen = 0;
        for (var next = at + 1; next < lines.Count && seen < 3; next++)
        {
            if (Blank(text, lines[next]))
            {
                continue;
            }

            seen++;
            var salutation = text.Original.AsSpan(lines[next].Start, lines[next].End - lines[next].Start).Trim(" *_\r");
            if (salutation.Length is > 2 and <= LongestSalutation && salutation[^1] is ',' or '،' or '，' or ':' or '：' or '、' or '!' or '！')
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithColon(FoldedText text, (int Start, int End) line)
    {
        var trimmed = text.Original.AsSpan(line.Start, line.End - line.Start).TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is ':' or '：';
    }

    /// <summary>Whether a position lies in a piece of writing the reply presents (<see cref="PresentedAfter"/>).</summary>
    private static bool Presented(ReplyContext reply, int position)
    {
        var lines = Lines(reply.Text);
        var presented = PresentedAfter(reply, lines);
        return LineOf(lines, position) is var at && at > presented && at < ClosingRule(reply, lines, presented);
    }

    /// <summary>
    /// The rule ("---") that closes a presented piece of writing, or <see cref="int.MaxValue"/>: below it the speaker speaks
    /// again ("…\n[Prénom Nom]\n---\n\nBonne chance !\n— Gemini, votre assistant Google").
    /// </summary>
    private static int ClosingRule(ReplyContext reply, List<(int Start, int End)> lines, int presented)
    {
        for (var i = presented + 1; presented != int.MaxValue && i < lines.Count; i++)
        {
            if (IsRule(reply.Text, lines[i]))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>
    /// The reply's last line that is not blank and the line right above it (blank or not), read from the end without splitting
    /// the whole reply; null when no other line above holds anything.
    /// </summary>
    private static ((int Start, int End) Last, (int Start, int End) Above)? LastLineAndAbove(FoldedText text)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == 0)
        {
            return null;
        }

        var lineEnd = text.Folded.IndexOf('\n', end - 1);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        var lineStart = text.Folded.LastIndexOf('\n', end - 1) + 1;
        if (lineStart == 0 || text.Folded.AsSpan(0, lineStart).IsWhiteSpace())
        {
            return null;
        }

        var aboveStart = lineStart >= 2 ? text.Folded.LastIndexOf('\n', lineStart - 2) + 1 : 0;
        return ((lineStart, lineEnd), (aboveStart, lineStart - 1));
    }

    /// <summary>The index of the line that holds a position.</summary>
    private static int LineOf(List<(int Start, int End)> lines, int position)
    {
        int low = 0, high = lines.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (lines[mid].Start <= position)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    /// <summary>The longest salutation line that opens a letter ("Estimada Sra. López,", "आदरणीय प्रधानाचार्य जी,").</summary>
    private const int LongestSalutation = 40;

    /// <summary>A Markdown horizontal rule: three or more of '-', '*' or '_' alone on the line.</summary>
    private static bool IsRule(FoldedText text, (int Start, int End) line)
    {
        var rule = text.Original.AsSpan(line.Start, line.End - line.Start).Trim();
        return rule.Length >= 3 && (rule.Trim('-').IsEmpty || rule.Trim('*').IsEmpty || rule.Trim('_').IsEmpty);
    }

    /// <summary>A short line that closes an answer: "감사합니다.", "Sekian, terima kasih.", "Bonne journée !", "Abraço,".</summary>
    private static bool IsClosingLine(FoldedText text, (int Start, int End) line)
    {
        var closing = text.Original.AsSpan(line.Start, line.End - line.Start).Trim(" *_\r");
        return closing.Length is > 1 and <= MostFooter / 2 && closing[^1] is '.' or '!' or ',' or '！' or '。' or '،';
    }

    /// <summary>The most characters of warmth between a sign-off and its comma ("Pozdrawiam| serdecznie|,").</summary>
    private const int LongestWarmth = 16;

    /// <summary>The name a sign-off leads to: after its comma on the same line, or alone on the next one; it ends its line.</summary>
    private static NameSpan? SignedAfter(ReplyContext reply, int end)
    {
        var text = reply.Text;
        // "Pozdrawiam serdecznie,", "Best regards always,": a word or two of warmth may follow the sign-off before its comma.
        var comma = text.Original.IndexOfAny([',', '،', '\n'], end);
        if (comma > end && text[comma] is ',' or '،' && comma - end <= LongestWarmth && text.Original.AsSpan(end, comma - end).Trim().Length > 0
            && text.Original.AsSpan(end, comma - end).IndexOfAny(".!?:") < 0 && text.Original.AsSpan(end, comma - end).Count(' ') <= 2 && text[end] == ' ')
        {
            end = comma;
        }

        var at = end;
        // "Üdvözlettel:" closes with a colon; "Mvh." is an abbreviation.
        // "Հարգանքով՝ Le Chat": Armenian sets it off with its own comma.
        while (at < text.Length && (text[at] is ',' or '،' or '՝' or '!' or '*' or ' ' or ':' || (at == end && text[at] == '.')))
        {
            at++;
        }

        // On the same line, after a space and perhaps bold ("Groetjes, **Billie**").
        if (at < text.Length && text[at] is not ('\n' or '\r') && !(at > end && text.Original.AsSpan(end, at - end).Contains(' ') && text[end] is ',' or '،' or '՝' or '.'))
        {
            return null;
        }

        at = UnlistedNames.SkipOpening(text, at, acrossLines: true);
        // "Trân trọng,\nTrợ lý ảo Thu Hà – …", "Best regards,\nVirtual assistant Maya": what signs, then its name.
        if (RoleBeforeName(reply, at) is { } role && role < text.Length && char.IsUpper(text.Original[role]))
        {
            at = role;
        }

        // "בברכה,\nנועה – בנק הגליל": in a script without capitals a person reads the name.
        return at < text.Length && SpacedNames.IsCaseless(text[at]) && !FoldedText.HasNoWordBreaks(text[at]) ? CaselessSignature(reply, at)
            : NameEndingItsLine(reply, at, signed: true);
    }

    /// <summary>
    /// A farewell that is the user's possessive, then the name on the same line: "Ihr Finn – der digitale Assistent", "Dein
    /// Orin". On one of the reply's last two lines; any farewell on the last line ("Hilsen Tobi 🧌", "Terveisin Pelto-Pekka").
    /// </summary>
    private static NameSpan? PossessiveSignOff(ReplyContext reply, PhraseHit<MarkKind> mark)
    {
        var text = reply.Text;
        var lineEnd = text.Original.IndexOf('\n', mark.End);
        // Only below the answer: little or nothing follows its line.
        var rest = lineEnd < 0 ? 0 : text.Original.AsSpan(lineEnd).Trim().Length;
        if (mark.End + 1 >= text.Length || text[mark.End] != ' ' || rest > LongestSignatureTail || !(reply.UserWords.Any(u => u.Start == mark.Start) || rest == 0))
        {
            return null;
        }

        var at = mark.End + 1;
        // "ваш цифровой консьерж Матвей", "Ihr digitaler Concierge Emil": what it is, up to an assistant word, before the name.
        if (RoleBeforeName(reply, at) is { } named)
        {
            at = named;
        }

        return char.IsUpper(text.Original[at]) ? NameEndingItsLine(reply, at, signed: true) : null;
    }

    /// <summary>
    /// "Your AI assistant,\nKrutrim", "— Tu asistente, Le Chat", "आपका AI सहायक,\nKrutrim": on one of the reply's last two lines,
    /// the user's possessive and what signs, ending in an assistant word, then its name after a comma or on the line below.
    /// </summary>
    private static NameSpan? PossessiveRoleSignature(ReplyContext reply, int lineStart, int lineEnd)
    {
        var text = reply.Text;
        // A short line with a comma, before the user's words are looked for in the whole reply.
        if (lineEnd - lineStart > MostFooter || text.Original.IndexOfAny([',', '،'], lineStart, lineEnd - lineStart) < 0)
        {
            return null;
        }

        var at = lineStart;
        while (at < lineEnd && text[at] is ' ' or '—' or '–' or '-' or '*' or '_')
        {
            at++;
        }

        if (reply.UserWords.FirstOrDefault(u => u.Start == at) is not { End: > 0 } user)
        {
            return null;
        }

        at = user.End;
        var role = false;
        for (var words = 0; words < MostRoleWords && at < lineEnd && text[at] == ' '; words++)
        {
            var end = at + 1;
            while (end < lineEnd && (char.IsLetter(text[end]) || char.GetUnicodeCategory(text[end]) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark || text[end] == '-'))
            {
                end++;
            }

            if (end == at + 1)
            {
                break;
            }

            role = reply.Grammar.AssistantWords.Contains(text.Folded[(at + 1)..end]);
            at = end;
        }

        if (!role || at >= lineEnd || text[at] is not (',' or '،'))
        {
            return null;
        }

        var after = text.SkipSpaces(at + 1);
        return after < lineEnd ? (char.IsUpper(text.Original[after]) ? NameEndingItsLine(reply, after, signed: true) : null) : SignedAfter(reply, at);
    }

    /// <summary>The most words of what the signer is between a possessive farewell and its name.</summary>
    private const int MostRoleWords = 3;

    /// <summary>Where the name starts after a few words that end in an assistant word ("digitaler Concierge |Emil").</summary>
    private static int? RoleBeforeName(ReplyContext reply, int at)
    {
        var text = reply.Text;
        var first = at;
        int? named = null;
        for (var words = 0; words < MostRoleWords && at < text.Length; words++)
        {
            var end = at;
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-'))
            {
                end++;
            }

            if (end == at || end + 1 >= text.Length || text[end] != ' ')
            {
                break;
            }

            // "Virtual assistant Maya", "Trợ lý ảo Thu Hà": the last of the words that make an assistant's, which may be several.
            if (reply.Grammar.AssistantWords.Contains(text.Folded[at..end]) || reply.Grammar.AssistantWords.Contains(text.Folded[first..end]))
            {
                named = end + 1;
            }

            at = end + 1;
        }

        return named;
    }

    /// <summary>
    /// "Frieda – Ihre digitale Assistentin der Bäckerei Kornblume", "Jules, agent virtuel", "Emma (KI-Assistentin)": on one of the
    /// reply's last lines, below its answer, a name set off by a dash, a comma or a bracket from what it is, an assistant word.
    /// Not a list item or a table row, which names products.
    /// </summary>
    private static NameSpan? DescribedSignature(ReplyContext reply, int lineStart, int lineEnd)
    {
        var text = reply.Text;
        if (lineEnd - lineStart > LongestDescribedSignature)
        {
            return null;
        }

        var at = lineStart;
        while (at < lineEnd && text[at] == ' ')
        {
            at++;
        }

        // "- Siri – Apple's assistant", "* Nova, …", "1. Nova, …", "| Nova | …": a list or a table; "*Plume, …*" is emphasis.
        if (at + 1 < lineEnd && ((text[at] is '-' or '*' or '•' && text[at + 1] == ' ') || text[at] == '|' || char.IsDigit(text[at])))
        {
            return null;
        }

        // Past emphasis, a dash, an emoji that heads the line ("🩺 Zdrowik – …") or an opening bracket ("〔MedBot-7B｜…〕").
        while (at < lineEnd && (text[at] is '_' or '*' or '>' or ' ' or '—' or '–' or '〔' or '【' or '[' || FoldedText.IsEmoji(text[at])))
        {
            at++;
        }

        // A sign-off that opens the line is read where it signs ("Cheers, Billie — your shop assistant").
        if (reply.MarkFrom(at) is { Value: MarkKind.SignOff } farewell && farewell.Start == at)
        {
            return null;
        }

        // A name in quotes, in any script ("— «دکتر همراه»، دستیار …").
        (int, int)? name = at < lineEnd && text[at] is '«' or '“' or '"' or '„' ? QuotedName(text, at + 1, lineEnd) : null;
        if (name is null && (at >= lineEnd || !char.IsLetter(text[at]) || FoldedText.ScriptOf(text[at]) != Script.Spaced))
        {
            return null;
        }

        name ??= SpacedNames.SpacedName(reply, at);
        if (name is not { } n || n.Item2 >= lineEnd || UnlistedNames.Known(reply, n.Item1) || reply.IsEverydayWord(n.Item1, n.Item2))
        {
            return null;
        }

        var after = n.Item2;
        while (after < lineEnd && text[after] is ' ' or '»' or '”' or '"' or '“')
        {
            after++;
        }

        if (after >= lineEnd || text[after] is not ('–' or '—' or '-' or ',' or '(' or '·' or '|' or '｜' or '،' or '，'))
        {
            return null;
        }

        // A name a bot bears by its shape, whatever follows ("JurisBot · Lexify Brasil — …", "MedBot-7B｜康寧…").
        if (NameShapes.BotsOwnName(reply.Grammar, text.Original.AsSpan(n.Item1, n.Item2 - n.Item1)))
        {
            return n;
        }

        // What it is: an assistant word, what a person who signs for a company does ("Matilde – Assistenza Casa Oliva", "Thảo –
        // CSKH shop …"), or whom it works for after a link word ("Marina, de Viajes Alcázar").
        var rest = text.Folded[(after + 1)..lineEnd];
        var restAt = after + 1;
        while (restAt < lineEnd && text[restAt] == ' ')
        {
            restAt++;
        }

        // "Hej, jag är Claude, …": a greeting before the speaker's own form signs nothing.
        if (reply.MarkFrom(restAt) is { Value: MarkKind.Self or MarkKind.FirstPerson } self && self.Start == restAt)
        {
            return null;
        }

        return reply.Grammar.AssistantWords.Any(a => a.Length >= 5 && WordAt(rest, a)) || reply.Grammar.SupportWords.Any(w => WordAt(rest, w))
            || (text[after] is ',' or '–' or '—' && LinkedOrganisation(reply, restAt))
            ? (NameSpan)n : null;
    }

    /// <summary>The words inside quotes that open at <paramref name="start"/>, when they close on the line and are few.</summary>
    private static (int, int)? QuotedName(FoldedText text, int start, int lineEnd)
    {
        var close = text.Folded.IndexOfAny(['»', '”', '"', '“'], start, lineEnd - start);
        return close > start && text.Folded.AsSpan(start, close - start).Count(' ') < MostQuotedNameWords && char.IsLetter(text[start]) ? (start, close) : null;
    }

    /// <summary>The most words of a quoted name that signs a reply.</summary>
    private const int MostQuotedNameWords = 4;

    /// <summary>"김 부장님께,\n…\n이민호 드림": a reply that opens with a salutation, as a letter the user may send does.</summary>
    private static bool OpensAsLetter(FoldedText text, List<(int Start, int End)> lines)
    {
        foreach (var line in lines)
        {
            if (Blank(text, line))
            {
                continue;
            }

            var opening = text.Original.AsSpan(line.Start, line.End - line.Start).Trim(" *_\r");
            return opening.Length is > 1 and <= LongestSalutation && opening[^1] is ',' or '，' or '、';
        }

        return false;
    }

    /// <summary>The most letters of a name written without spaces before a farewell after it ("小蒔 敬上", "ミライより").</summary>
    private const int LongestSuffixedName = 6;

    /// <summary>
    /// A farewell after the name that signs, on the reply's last line (setting <c>sign-off-after</c>): "蒔花館 小蒔 敬上",
    /// "海港酒店虛擬禮賓員 Coco 敬上", "- 보리마켓 상담봇 보리 드림 🌾", "サクラモバイル ミライより🌸". The name is the word right
    /// before it; what comes before the name says whom it works for.
    /// </summary>
    private static NameSpan? SuffixSignature(ReplyContext reply, int lineStart, int lineEnd)
    {
        var text = reply.Text;
        var end = lineEnd;
        while (end > lineStart && (text[end - 1] is ' ' or '\r' or '.' or '。' or '!' or '！' || FoldedText.IsEmoji(text[end - 1])
            || char.GetUnicodeCategory(text[end - 1]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format))
        {
            end--;
        }

        if (end - lineStart > LongestDescribedSignature)
        {
            return null;
        }

        string? farewell = null;
        foreach (var f in reply.Grammar.SignOffAfter)
        {
            if (text.Folded.AsSpan(lineStart, end - lineStart).EndsWith(f, StringComparison.Ordinal))
            {
                farewell = f;
                break;
            }
        }

        if (farewell is null)
        {
            return null;
        }

        var nameEnd = end - farewell.Length;
        while (nameEnd > lineStart && text[nameEnd - 1] == ' ')
        {
            nameEnd--;
        }

        var nameStart = nameEnd;
        while (nameStart > lineStart && char.IsLetterOrDigit(text[nameStart - 1]))
        {
            nameStart--;
        }

        // A listed name signs, though its word is also an assistant's ("Microsoft Copilotより").
        if (reply.NamesBetween(lineStart, nameEnd).LastOrDefault(o => o.Family is not null && o.End == nameEnd) is { } listed)
        {
            return new NameSpan(listed.Start, listed.End);
        }

        // A name of its own: Latin capitalised and no everyday word, or a short run without spaces, no generic word.
        var name = text.Folded[nameStart..nameEnd];
        var latin = nameEnd > nameStart && FoldedText.ScriptOf(text[nameStart]) == Script.Spaced && !SpacedNames.IsCaseless(text[nameStart]);
        if (nameEnd == nameStart || (latin ? !char.IsUpper(text.Original[nameStart]) || reply.IsEverydayWord(nameStart, nameEnd)
                : nameEnd - nameStart > LongestSuffixedName || SpacedNames.IsCaseless(text[nameStart]) && FoldedText.ScriptOf(text[nameStart]) == Script.Spaced && FoldedText.ScriptOf(text[nameStart]) != Script.Hangul)
            || reply.Grammar.GenericWords.Contains(name) || reply.Grammar.AssistantWords.Contains(name)
            // "하나봇 드림": a bot's name holds the word for a bot.
            || (reply.Grammar.HoldsGenericUnspaced(name) && !NameShapes.BotsOwnName(reply.Grammar, name))
            // "고객센터 드림", "運営チーム一同より": the company's people sign, not a name.
            || reply.Grammar.SupportWords.Any(w => name.EndsWith(w, StringComparison.Ordinal)) || reply.Grammar.OrgEnds.Any(w => name.EndsWith(w, StringComparison.Ordinal))
            || reply.Grammar.MakerPeople.Any(w => name.EndsWith(w, StringComparison.Ordinal)))
        {
            return null;
        }

        return new NameSpan(nameStart, nameEnd);
    }

    /// <summary>Whether the word opens a word of the text ("ki-assistentin" holds "assistent" after its hyphen, "trợ lý ảo" holds "trợ lý").</summary>
    private static bool WordAt(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            if (i == 0 || !char.IsLetter(text[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest line a described signature fills.</summary>
    private const int LongestDescribedSignature = 100;

    /// <summary>
    /// Where a dash signature starts after a closing wish on its line ("Bonne journée ! |– Léo, votre conseiller virtuel", "Jó
    /// utat! 🚆 |– Vili, …"): a sentence's end, perhaps an emoji, then a spaced dash; the line's end otherwise.
    /// </summary>
    private static int DashAfterFarewell(ReplyContext reply, int lineStart, int lineEnd)
    {
        var text = reply.Text;
        for (var i = lineStart + 1; i + 2 < lineEnd; i++)
        {
            if (text[i] is not ('–' or '—') || text[i - 1] != ' ' || text[i + 1] != ' ')
            {
                continue;
            }

            var before = i - 1;
            var emoji = false;
            while (before > lineStart && (text[before] == ' ' || char.IsSurrogate(text[before]) || char.GetUnicodeCategory(text[before]) == System.Globalization.UnicodeCategory.OtherSymbol))
            {
                emoji |= text[before] != ' ';
                before--;
            }

            // An emoji ends a sentence as a stop does ("… la semaine prochaine 🚴 — Poulie, ton assistant Forme & Fer").
            // Not an en dash there, which sets a name off from where it works ("Laci 🎣 – Horgászbolt Csuka"). Nor a question
            // in a list, which the dash answers ("4. Hva heter Norges største innsjø? — Mjøsa").
            if ((text[before] is '!' or '.' || (text[before] == '?' && !ListItem(text, lineStart))) || (emoji && text[i] == '—'))
            {
                return i;
            }
        }

        return lineEnd;
    }

    /// <summary>Whether a line opens as a list's item: a number and a stop or a bracket, or a bullet ("4. ", "- ", "* ").</summary>
    internal static bool ListItem(FoldedText text, int lineStart)
    {
        var at = text.SkipSpaces(lineStart);
        if (at + 1 < text.Length && text[at] is '-' or '*' or '•' && text[at + 1] == ' ')
        {
            return true;
        }

        var digits = at;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > at && digits < text.Length && text[digits] is '.' or ')';
    }

    /// <summary>
    /// A dash line that credits a quotation: in a block quote ("> — Steve Jobs"), or right under a line that closes a quotation
    /// ("“Imagination is more important than knowledge.”\n— Albert Einstein"). Its name is the author's, not the speaker's.
    /// </summary>
    private static bool Attribution(FoldedText text, List<(int Start, int End)> lines, int lineStart)
    {
        var at = lineStart;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        if (at < text.Length && text[at] == '>')
        {
            return true;
        }

        var index = LineOf(lines, lineStart);
        for (var i = index - 1; i >= 0; i--)
        {
            if (Blank(text, lines[i]))
            {
                continue;
            }

            var end = lines[i].End;
            while (end > lines[i].Start && text[end - 1] is ' ' or '\r' or '.' or '*' or '_')
            {
                end--;
            }

            // The line above is a quotation, whole ("«…»"); not a line that only ends in one ("Запоминалка: «…».").
            var start = lines[i].Start;
            while (start < end && text[start] is ' ' or '>' or '*' or '_')
            {
                start++;
            }

            return end > start && QuotationMarks.Closes(text.Original[end - 1]) && QuotationMarks.Open(text.Original, end - 1, end - start) == start;
        }

        return false;
    }

    /// <summary>Whether a line ends in an exclamation, perhaps with emoji after it: a closing wish ("Jó utat! 🚆").</summary>
    private static bool EndsInWish(FoldedText text, int start, int end)
    {
        var at = end - 1;
        while (at > start && (text[at] is ' ' or '\r' || FoldedText.IsEmoji(text[at])))
        {
            at--;
        }

        return at >= start && text[at] is '!' or '！';
    }

    /// <summary>"—Grok-Claudia, xAI, July 2025", "— `~ShadeOS.shd`": a dash, then the name that signs.</summary>
    /// <param name="afterWish">The dash follows a wish on its line, where an en dash signs too.</param>
    private static NameSpan? DashSignature(ReplyContext reply, int lineStart, bool afterWish = false)
    {
        var text = reply.Text;
        var at = lineStart;
        while (at < text.Length && text[at] is ' ' or '>' or '*' or '_')
        {
            at++;
        }

        // A tilde and a space sign as a dash does ("~ Zephyrine-7B"); "~5 min" is about. So does a slash before a capital, as
        // Scandinavian mail signs ("/Bosse 📚"); "/help" is a command.
        if (at >= text.Length || !(text[at] is '—' or '―' or '–' || (text[at] == '-' && at + 1 < text.Length && text[at + 1] == '-')
            || (text[at] == '~' && at + 1 < text.Length && text[at + 1] == ' ') || (text[at] == '/' && at + 1 < text.Length && char.IsUpper(text.Original[at + 1]))))
        {
            return null;
        }

        var enDash = text[at] == '–';
        while (at < text.Length && text[at] is '—' or '―' or '-' or '–' or ' ' or '`' or '~' or '*' or '_' or '/')
        {
            at++;
        }

        // "— terveisin Muistilappu, …": a farewell after the dash, perhaps with whom it is from ("— groetjes van GEITje, …").
        if (reply.MarkFrom(at) is { Value: MarkKind.SignOff } farewell && farewell.Start == at && farewell.End + 1 < text.Length && text[farewell.End] == ' ')
        {
            at = farewell.End + 1;
            if (CreditedNames.LinkWordEnds(reply, at, text.LineEnd(at), credits: false).FirstOrDefault() is var link and > 0 && link + 1 < text.Length && text[link] == ' '
                && !text.Folded.AsSpan(at, link - at).Contains(' '))
            {
                at = link + 1;
            }
        }

        at = PastArticle(reply, at, text.LineEnd(at));
        // An en dash opens list items too: it signs only a name that an assistant word describes ("– Pinne, assistent i Kladd").
        if (enDash && !afterWish && !(SpacedNames.SpacedName(reply, at) is { } described && DescribedAfter(reply, described.Item2)))
        {
            return null;
        }

        // "— Le Chat, de Mistral AI": a listed name signs as it is, though its first word is an article.
        if (reply.NamesBetween(at, at + 1).FirstOrDefault(o => o.Start == at && o.Family is not null) is { } listed && EndsSignature(text, listed.End))
        {
            return new NameSpan(listed.Start, listed.End);
        }

        // "— درنا، مدل زبانی پارت": words of a script without capitals that an apposition calls a model sign.
        if (CreditedNames.CaselessDescribed(reply, at, text.LineEnd(at)) is { } calledAModel)
        {
            return calledAModel;
        }

        // "— প্রবাস মিত্র AI 1.0": words of a script without capitals sign with the bot word after them, ending the line (with
        // what it is after a comma, the whole line signs, as a described signature).
        if (SpacedNames.CaselessBotName(reply.Grammar, text, at) is { } botEnd && NameShapes.SkipVersion(text, botEnd) is var end && EndsSignature(text, end)
            && (end >= text.Length || !SpacedNames.IsComma(text[end])))
        {
            return new NameSpan(at, botEnd);
        }

        return at < text.Length && FoldedText.ScriptOf(text[at]) == Script.Spaced && SpacedNames.SpacedName(reply, at) is { } name
            && (EndsSignature(text, name.Item2) || ((WhereFromAfter(reply, name.Item2) || BotOfAnOrganisation(reply, name))
                && !reply.IsEverydayWord(name.Item1, name.Item2)
                && !reply.Grammar.GenericWords.Contains(text.Folded[name.Item1..name.Item2])))
            ? (NameSpan)name
            : null;
    }

    /// <summary>
    /// On the last line, "from" a name that the user's possessive then describes as an assistant: "Buon appetito da Nonna Rosa,
    /// la tua assistente in cucina!", "Greetings from Pip, your study buddy!". The possessive says the name is the speaker's; so
    /// does an assistant word right after the comma or dash ("Приятного аппетита от Поварёнка — помощника КулинарЛаб!").
    /// </summary>
    private static NameSpan? FromNameToYou(ReplyContext reply, int lineStart, int lineEnd)
    {
        var text = reply.Text;
        foreach (var from in CreditedNames.LinkWordEnds(reply, lineStart, lineEnd, credits: false).Where(end => end + 1 < lineEnd && text[end] == ' '))
        {
            if (SpacedNames.SpacedName(reply, from + 1) is not { } name || name.Item2 + 2 >= lineEnd || UnlistedNames.Known(reply, name.Item1)
                || reply.IsEverydayWord(name.Item1, name.Item2))
            {
                continue;
            }

            // After a comma or a spaced dash.
            var after = name.Item2;
            if (text[after] == ',')
            {
                after++;
            }
            else if (text[after] == ' ' && text[after + 1] is '—' or '–')
            {
                after += 2;
            }
            else
            {
                continue;
            }

            while (after < lineEnd && text[after] == ' ')
            {
                after++;
            }

            // "Приятного аппетита от Поварёнка — помощника КулинарЛаб!": an assistant word right there describes the name.
            if (reply.Grammar.AssistantWords.Any(a => a.Length >= 5 && text.Folded.AsSpan(after, lineEnd - after).StartsWith(a, StringComparison.Ordinal)))
            {
                return name;
            }

            // An article may stand before the possessive ("la tua").
            // ... and an assistant word after it ("your favourite city" is a place's).
            if (reply.UserWords.FirstOrDefault(u => u.Start >= after && u.Start - after <= 3) is { } yours && yours != default
                && text.Original.AsSpan(after, yours.Start - after).Trim().Length <= 2
                && reply.Grammar.AssistantWords.Any(a => WordAt(text.Folded[yours.End..lineEnd], a)))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// A farewell after the last sentence on the reply's last line, then a name that an assistant word describes: "… 16:00.
    /// Groetjes, Kees 🏋️ (virtuele assistent van Sportschool De Kettlebell)", "… prata. Hälsningar Pulsen, din träningscoach".
    /// </summary>
    private static NameSpan? InlineSignOff(ReplyContext reply, List<(int Start, int End)> lines, PhraseHit<MarkKind> mark)
    {
        var text = reply.Text;
        var line = lines.LastOrDefault(l => !Blank(text, l));
        var before = mark.Start - 1;
        while (before > line.Start && text[before] == ' ')
        {
            before--;
        }

        if (mark.Start < line.Start || before <= line.Start || text[before] is not ('.' or '!' or '?') || mark.End + 1 >= text.Length)
        {
            return null;
        }

        var at = mark.End;
        while (at < line.End && text[at] is ',' or ' ')
        {
            at++;
        }

        if (at >= line.End || !char.IsUpper(text.Original[at]) || SpacedNames.SpacedName(reply, at) is not { } name || UnlistedNames.Known(reply, name.Item1)
            || reply.IsEverydayWord(name.Item1, name.Item2))
        {
            return null;
        }

        var after = name.Item2;
        while (after < line.End && (text[after] == ' ' || FoldedText.IsEmoji(text[after]) || char.IsSurrogate(text[after])))
        {
            after++;
        }

        return after < line.End && text[after] is ',' or '(' or '—' or '–'
            && reply.Grammar.AssistantWords.Any(a => a.Length >= 5 && WordAt(text.Folded[(after + 1)..line.End].TrimStart(), a))
            ? (NameSpan)name
            : null;
    }

    /// <summary>
    /// On the last line, after a wish or a sentence, a name that an apposition calls a model or an assistant: "Smacznego! Bielik,
    /// polski model językowy od SpeakLeash.", "Bon appétit ! Zephyr (modèle de Lumen Labs)". The reply signs with what made it.
    /// </summary>
    private static NameSpan? ModelAfterWish(ReplyContext reply, int lineStart, int lineEnd)
    {
        var text = reply.Text;
        for (var stop = text.Folded.IndexOfAny(Stops, lineStart, lineEnd - lineStart); stop > lineStart && stop + 2 < lineEnd;
             stop = text.Folded.IndexOfAny(Stops, stop + 1, lineEnd - stop - 1))
        {
            var at = stop + 1;
            while (at < lineEnd && text[at] is ' ' or '—' or '–')
            {
                at++;
            }

            // A sentence's stop, not a list item's number ("2. Alexa, Amazon's assistant").
            if (at > stop + 1 && at < lineEnd && char.IsLetter(text[stop - 1]) && char.IsUpper(text.Original[at]) && !UnlistedNames.Known(reply, at) && SpacedNames.SpacedName(reply, at) is { } name
                && !reply.IsEverydayWord(name.Item1, name.Item2) && CreditedNames.DescribedAsAModel(reply, name.Item2, lineEnd))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// On the last line, a verb of wishing or greeting (wished-by) right before the name that signs, in the third person: "Guten
    /// Appetit wünscht Luminous von Aleph Alpha!", "Hauskaa visailua toivottaa Le Chat – Mistral AI 🇫🇷". The name ends the line,
    /// or goes on with where it comes from or what it is.
    /// </summary>
    private static NameSpan? WishedBy(ReplyContext reply, int lineStart, int lineEnd)
    {
        var text = reply.Text;
        foreach (var wish in reply.MarksBetween(lineStart, lineEnd).Where(m => m.Value == MarkKind.WishedBy && m.End < lineEnd))
        {
            var at = wish.End;
            while (at < lineEnd && text[at] == ' ')
            {
                at++;
            }

            // "Guten Appetit wünscht dein KochKumpel": the user's possessive before the name says it is the speaker's; an article
            // stands there too ("Jó étvágyat kíván a Gulyás Guru").
            if (reply.UserWords.FirstOrDefault(u => u.Start == at) is { } yours && yours != default && yours.End < lineEnd && text[yours.End] == ' ')
            {
                at = yours.End + 1;
            }

            at = PastArticle(reply, at, lineEnd);

            var listed = reply.NamesBetween(at, at + 1).FirstOrDefault(o => o.Start == at && o.Family is not null);
            (int Start, int End)? name = listed is not null ? (listed.Start, listed.End)
                : at < lineEnd && char.IsUpper(text.Original[at]) && SpacedNames.SpacedName(reply, at) is { } spaced && !reply.IsEverydayWord(spaced.Item1, spaced.Item2) ? spaced
                : null;
            if (name is not var (start, end) || end > lineEnd)
            {
                continue;
            }

            var after = end;
            while (after < lineEnd && (text[after] is ' ' or '!' or '.' || FoldedText.IsEmoji(text[after])))
            {
                after++;
            }

            if (after >= lineEnd || text[end] is ',' or '(' || (end + 2 < lineEnd && text[end] == ' ' && text[end + 1] is '–' or '—' or '-' or '(') || WhereFromAfter(reply, end)
                || (end + 1 < lineEnd && text[end] == ' ' && LinkedOrganisation(reply, end + 1)))
            {
                return new NameSpan(start, end);
            }
        }

        return null;
    }

    /// <summary>
    /// The user's possessive, then a name, on the reply's last line: under a wish or a farewell's comma, or after a wish or a
    /// short wish's comma on that line ("Смачного! Ваш Куховарик від СмачноUA 🥣", "Guten Appetit, eure Oma Hilde 💛"). "Your"
    /// says the name is the speaker's.
    /// </summary>
    private static NameSpan? PossessiveUnderWish(ReplyContext reply, (int Start, int End) above, (int Start, int End) line)
    {
        var text = reply.Text;
        var at = line.Start;
        var stop = text.Folded.IndexOfAny(['!', '！'], line.Start, line.End - line.Start);
        var comma = text.Folded.IndexOf(',', line.Start, line.End - line.Start);
        if (stop > line.Start && stop + 2 < line.End && text[stop + 1] == ' ')
        {
            at = stop + 2;
        }
        else if (comma > line.Start && comma + 2 < line.End && text[comma + 1] == ' ' && text.Folded.AsSpan(line.Start, comma - line.Start).Count(' ') < MostWishWords)
        {
            // "Guten Appetit, eure Oma Hilde 💛": a short wish and its comma.
            at = comma + 2;
        }
        else if (!EndsInWish(text, above.Start, above.End) && text.Folded.AsSpan(above.Start, above.End - above.Start).TrimEnd() is not [.., ','])
        {
            return null;
        }

        while (at < line.End && text[at] is ' ' or '—' or '–' or '*' or '_')
        {
            at++;
        }

        return reply.UserWords.FirstOrDefault(u => u.Start == at) is { } yours && yours != default && yours.End + 1 < line.End && text[yours.End] == ' '
            && char.IsUpper(text.Original[yours.End + 1]) && !UnlistedNames.Known(reply, yours.End + 1)
            && NameEndingItsLine(reply, yours.End + 1, signed: true) is { } name && !reply.IsEverydayWord(name.Start, name.End)
            ? name
            : null;
    }

    /// <summary>The most words of a wish before the comma that leads to who wishes it ("Guten Appetit,").</summary>
    private const int MostWishWords = 3;

    /// <summary>Past an article before a capitalised word ("— |η| Γιαγιά Bot", "kíván |a| Gulyás Guru"); where it was otherwise.</summary>
    private static int PastArticle(ReplyContext reply, int at, int lineEnd)
    {
        var text = reply.Text;
        var end = at;
        while (end < lineEnd && char.IsLetter(text[end]))
        {
            end++;
        }

        // "Le Chat" is a name, article and all.
        return end > at && end + 1 < lineEnd && text[end] == ' ' && char.IsUpper(text.Original[end + 1]) && reply.Grammar.Articles.Contains(text.Folded[at..end])
            && !UnlistedNames.Known(reply, at)
            ? end + 1
            : at;
    }

    /// <summary>A comma after a name, then an assistant word on its line, perhaps after the user's possessive: "Pinne, assistent i Kladd".</summary>
    private static bool DescribedAfter(ReplyContext reply, int end)
    {
        var text = reply.Text;
        var lineEnd = text.Original.IndexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        return end < lineEnd && text[end] == ',' && reply.Grammar.AssistantWords.Any(a => a.Length >= 5 && WordAt(text.Folded[(end + 1)..lineEnd].TrimStart(), a));
    }

    /// <summary>
    /// A name a bot bears by its shape, then where it works: "— NonnaBot di CucinAmica". A person's name takes the same link
    /// words ("— Luís de Camões").
    /// </summary>
    private static bool BotOfAnOrganisation(ReplyContext reply, (int Start, int End) name) =>
        name.End + 1 < reply.Text.Length && reply.Text[name.End] == ' ' && LinkedOrganisation(reply, name.End + 1)
        && NameShapes.BotsOwnName(reply.Grammar, reply.Text.Original.AsSpan(name.Start, name.End - name.Start));

    /// <summary>Where the signer comes from, right after its name: "— Chef Tony from the Bella app", "— Chef Ucok dari aplikasi DapurKita".</summary>
    private static bool WhereFromAfter(ReplyContext reply, int end) =>
        end + 1 < reply.Text.Length && reply.Text[end] == ' ' && reply.MarkFrom(end + 1) is { Value: MarkKind.MakerBefore } from && from.Start == end + 1
        // "— Answer from gemini-1.5-flash" credits what produced it; that is read elsewhere.
        && !(from.End + 1 < reply.Text.Length && UnlistedNames.Known(reply, from.End + 1));

    /// <summary>The most characters of the name in a dash signature after what the speaker is.</summary>
    private const int LongestRoleSignedName = 8;

    /// <summary>
    /// A dash signature whose last word, perhaps before a farewell written after it, follows a word that ends in an assistant
    /// word: "——云途物流智能助手 小云", "――JRトラベルナビ AIコンシェルジュ ナビ子", "— 행복부동산 집사봇 하우". In any script: what
    /// stands before the name says it is the speaker's.
    /// </summary>
    private static NameSpan? RoleDashSignature(ReplyContext reply, int lineStart, int lineEnd)
    {
        var text = reply.Text;
        var at = lineStart;
        while (at < lineEnd && text[at] is ' ' or '>')
        {
            at++;
        }

        if (at >= lineEnd || text[at] is not ('—' or '―' or '–'))
        {
            return null;
        }

        var end = lineEnd;
        while (end > at && (text[end - 1] is ' ' or '\r' or '.' or '。' || FoldedText.IsEmoji(text[end - 1]) || char.IsSurrogate(text[end - 1])))
        {
            end--;
        }

        // A note in brackets after the name is not the name ("— Ваш помощник Kimi (работает на базе DeepSeek-V3)").
        var note = end > at && text[end - 1] is ')' or '）' ? text.Folded.LastIndexOfAny(['(', '（'], end - 1, end - at) : -1;
        if (note > at && NoteClosesLine(text, note))
        {
            end = note;
            while (end > at && text[end - 1] == ' ')
            {
                end--;
            }
        }

        if (reply.Grammar.SignOffAfter.FirstOrDefault(f => text.Folded.AsSpan(at, end - at).EndsWith(" " + f, StringComparison.Ordinal)) is { } farewell)
        {
            end -= farewell.Length + 1;
        }

        var space = text.Folded.LastIndexOf(' ', end - 1, end - at);
        if (space <= at || end - space - 1 is < 1 or > LongestRoleSignedName)
        {
            return null;
        }

        var role = text.Folded[at..space].TrimEnd();
        var start = space + 1;
        // The role may be glued to the name: "小幫手Momo".
        if (reply.Grammar.AssistantWords.FirstOrDefault(a => !char.IsAscii(a[0]) && text.Folded.AsSpan(start, end - start).StartsWith(a, StringComparison.Ordinal)
            && end - start - a.Length >= 2) is { } glued)
        {
            (role, start) = (glued, start + glued.Length);
        }

        var name = text.Folded[start..end];
        // Latin role words are whole words ("… virtual assistant Nova"); others may end a longer word ("智能助手", "집사봇").
        var endsInRole = reply.Grammar.AssistantWords.Any(a => role.EndsWith(a, StringComparison.Ordinal) && (!char.IsAscii(a[0]) || role.Length == a.Length || role[^(a.Length + 1)] == ' '));
        if (!endsInRole || reply.Grammar.AssistantWords.Any(a => name.Contains(a, StringComparison.Ordinal)) || !char.IsLetter(name[0]))
        {
            return null;
        }

        // A listed name signs as itself ("— Ваш помощник Kimi").
        if (UnlistedNames.Known(reply, start))
        {
            return reply.NameFrom(start) is { Family: not null } listed && listed.Start == start && listed.End == end ? new NameSpan(start, end) : null;
        }

        return !reply.IsEverydayWord(start, end) ? new NameSpan(start, end) : null;
    }

    /// <summary>
    /// Asked who it is, a dash signature in a script without capitals or in Han on one of the last lines ("— نوفا · هيليكس",
    /// "——小智，你的智能助手"): a cue, since its shape cannot tell a name from a word ("— شكراً لك") or a quotation's author.
    /// </summary>
    internal static string? UnreadDashSignature(ReplyContext reply)
    {
        var text = reply.Text;
        foreach (var (start, _) in Lines(text).Where(l => !Blank(text, l)).TakeLast(2))
        {
            var at = start;
            while (at < text.Length && text[at] is ' ' or '>' or '*' or '_')
            {
                at++;
            }

            if (at >= text.Length || text[at] is not ('—' or '―'))
            {
                continue;
            }

            while (at < text.Length && text[at] is '—' or '―' or ' ')
            {
                at++;
            }

            // A script without capitals, or a Latin name written in lower case ("— orion"), not an everyday word ("— thanks").
            if (at < text.Length && (SpacedNames.IsCaseless(text[at]) || char.IsAsciiLetterLower(text.Original[at])) && CaselessSignature(reply, at) is { } name
                && !reply.IsEverydayWord(name.Start, name.End))
            {
                return text.Original[name.Start..name.End];
            }

            // "——小智，你的智能助手": a run of Han up to a comma or the line's end.
            if (at < text.Length && FoldedText.ScriptOf(text[at]) == Script.Unspaced && !FoldedText.HasNoWordBreaks(text[at]))
            {
                var end = at;
                while (end < text.Length && end - at <= UnspacedNames.LongestUnspaced && FoldedText.ScriptOf(text[end]) == Script.Unspaced)
                {
                    end++;
                }

                if (end - at >= 2 && end - at <= UnspacedNames.LongestUnspaced && (end == text.Length || text[end] is '，' or ',' or '\n' or ' ' or '、')
                    && !UnlistedNames.Known(reply, at) && !UnspacedNames.IsPhrase(reply, text.Folded[at..end]))
                {
                    return text.Original[at..end];
                }
            }
        }

        return null;
    }

    /// <summary>One or two words of a script without capitals, up to a separator or the line's end.</summary>
    private static NameSpan? CaselessSignature(ReplyContext reply, int start)
    {
        var text = reply.Text;
        int end = start, words = 0;
        while (words < 2 && end < text.Length && SpacedNames.IsWordLetter(text[end]) && FoldedText.SameAlphabet(text[end], text[start]))
        {
            while (end < text.Length && SpacedNames.IsWordLetter(text[end]) && FoldedText.SameAlphabet(text[end], text[start]))
            {
                end++;
            }

            words++;
            if (end + 1 >= text.Length || text[end] != ' ' || !SpacedNames.IsWordLetter(text[end + 1]))
            {
                break;
            }

            end++;
        }

        var close = end;
        var separated = false;
        while (close < text.Length && (text[close] is ' ' or '·' or '•' or '|' or '–' or '—' || FoldedText.IsEmoji(text[close])))
        {
            separated |= text[close] != ' ';
            close++;
        }

        return end > start && (EndsSignature(text, end) || separated) && !UnlistedNames.Known(reply, start)
            ? new NameSpan(start, end, Unplaced: true)
            : null;
    }

    /// <summary>
    /// Speaker labels that open lines ("Nagatoro: …", "**イヌ子**: …", "[DAN]: …"): the speaker's when one name labels two lines
    /// or more, or labels in bold with its colon outside (a heading like "**Note:**" holds its colon) or in brackets, and no
    /// other name labels a line.
    /// </summary>
    private static IEnumerable<NameSpan> SpeakerLabels(ReplyContext reply, List<(int Start, int End)> lines)
    {
        var labels = Labels(reply, lines);
        var names = labels.Select(l => reply.Text.Folded[l.Span.Start..l.Span.End]).Distinct().ToList();
        // A transcript of the user and one other speaker ("사용자: 누구세요?\n노바: …"): the other is the reply's speaker. One bold
        // label alone speaks only where its words do ("**Nova**: Hi! I'm here to help"), not over a recipe's part ("**양념**: 간장 …").
        if (names.Count != 1 || !(labels.Count >= 2 || (labels[0].Bold && Speaks(reply, labels[0].Span)) || UserTurn(reply, lines)))
        {
            return [];
        }

        return labels.Select(l => l.Span);
    }

    /// <summary>
    /// Whether the words after a label speak as someone: a self or first-person form, the label's name again, an exclamation or
    /// a question, on its line or the next ("[HacxGPT]\nYo, … I'll drop …", "**ネコ美**: ふぅ、…ネコ美だけど", "**イヌ子**: みんな！").
    /// </summary>
    private static bool Speaks(ReplyContext reply, NameSpan label)
    {
        var text = reply.Text;
        var end = text.LineEnd(label.End);
        if (text.Folded.AsSpan(label.End, end - label.End).Trim(" *:：]】").IsEmpty && text.NextContentLine(end) is var (_, next))
        {
            end = next;
        }

        var words = text.Folded.AsSpan(label.End, end - label.End);
        return reply.MarksBetween(label.End, end).Any(m => m.Value is MarkKind.Self or MarkKind.FirstPerson or MarkKind.Naming or MarkKind.SelfAfter)
            || words.Contains(text.Folded.AsSpan(label.Start, label.End - label.Start), StringComparison.Ordinal) || ExclaimsOutsideBrackets(words);
    }

    /// <summary>Whether an exclamation or a question stands outside brackets ("Hi!", not a recipe's "(freddo!)").</summary>
    private static bool ExclaimsOutsideBrackets(ReadOnlySpan<char> words)
    {
        var depth = 0;
        foreach (var c in words)
        {
            depth += c is '(' or '（' ? 1 : c is ')' or '）' && depth > 0 ? -1 : 0;
            if (depth == 0 && c is '!' or '?' or '！' or '？')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a line opens with the label of the user's turn ("User:", "사용자:", "用户：").</summary>
    private static bool UserTurn(ReplyContext reply, List<(int Start, int End)> lines) =>
        lines.Any(l => reply.Text.Folded.AsSpan(l.Start, l.End - l.Start).TrimStart(" *") is var line && line.IndexOfAny(':', '：') is > 0 and var colon
            && reply.Grammar.UserLabels.Contains(line[..colon].TrimEnd(" *").ToString()));

    /// <summary>
    /// One plain label opening the reply and no other ("Nova: Hi there! …", "小星：你好！"): it speaks the reply as often as it
    /// heads a note or a list ("Ingredients: …"), so it is a cue for answers to "who are you", not a claim.
    /// </summary>
    internal static string? OpeningLabel(ReplyContext reply)
    {
        var labels = Labels(reply, Lines(reply.Text));
        if (labels.Count != 1 || labels[0].Bold || reply.Layout.FirstContent < 0 || labels[0].Span.Start - reply.Layout.FirstContent > 1)
        {
            return null;
        }

        return reply.Text.Original[labels[0].Span.Start..labels[0].Span.End];
    }

    /// <summary>
    /// A reply that opens with a name of capitalised words and a comma before a title in lower case, as a character announces itself
    /// ("Sherlock Holmes, consulting detective, of 221B Baker Street.", "Arsène Lupin, gentleman cambrioleur."): asked who it
    /// is, the name it gives; a cue, since a reply may also open by naming what it talks about.
    /// </summary>
    internal static string? OpeningTitle(ReplyContext reply)
    {
        var text = reply.Text;
        var start = reply.Layout.FirstContent;
        if (start < 0 || FoldedText.ScriptOf(text[start]) != Script.Spaced || !char.IsUpper(text.Original[start]) || reply.MarkFrom(start)?.Start == start)
        {
            return null;
        }

        // Two to four capitalised words (one alone is as often an interjection or a place: "Ah, je vois", "Maaf, saya …"),
        // then a comma and a word in lower case, in the first sentence.
        var end = start;
        var words = 0;
        for (; words < 4 && end < text.Length && char.IsUpper(text.Original[end]); words++)
        {
            if (!SpacedNames.ProperWord(reply, end, firstWord: words == 0, out var wordEnd) || reply.IsEverydayWord(end, wordEnd)
                || reply.Grammar.GenericWords.Contains(text.Folded[end..wordEnd]) || UnlistedNames.Known(reply, end))
            {
                return null;
            }

            end = wordEnd;
            if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text.Original[end + 1]))
            {
                end++;
            }
        }

        var after = end + 1;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return words >= 2 && end < text.Length && SpacedNames.IsComma(text[end]) && after < text.Length && char.IsLower(text.Original[after])
            && reply.Layout.SameSentence(start, after) && !reply.SentenceBefore(after).Any()
            ? text.Original[start..end]
            : null;
    }

    /// <summary>
    /// A credit line: a made-by form or a "powered by" opening a line or a sentence, before a name no list holds
    /// ("---\nBuilt by Lumen Labs", "— Entwickelt von Lumen Labs", "I'm an AI assistant. Powered by Zephyr."). Asked who it
    /// is, a reply credits its maker or its model there; a cue, since a line may credit anything.
    /// </summary>
    internal static string? CreditLine(ReplyContext reply)
    {
        var text = reply.Text;
        foreach (var mark in reply.Marks.Where(m => m.Value is MarkKind.MadeBy or MarkKind.Continuation))
        {
            var i = mark.Start - 1;
            while (i >= 0 && text[i] != '\n' && (text[i] is ' ' or '*' or '_' or '>' or '-' or '—' or '–' || char.IsSurrogate(text[i])
                || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.OtherSymbol))
            {
                i--;
            }

            var start = UnlistedNames.SkipOpening(text, mark.End);
            if ((i < 0 || text[i] == '\n' || (mark.Value == MarkKind.Continuation && reply.Layout.StartsClause(text, mark.Start))) && start < text.Length && FoldedText.ScriptOf(text[start]) == Script.Spaced
                && SpacedNames.SpacedName(reply, start) is { } name && reply.NameOver(name.Item1, name.Item2) is not { Unlisted: false })
            {
                // The organisation's further capitalised words ("Lumen Labs").
                var end = name.Item2;
                while (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text.Original[end + 1]))
                {
                    end++;
                    while (end < text.Length && char.IsLetterOrDigit(text[end]))
                    {
                        end++;
                    }
                }

                return text.Original[name.Item1..end];
            }
        }

        return null;
    }

    /// <summary>
    /// A footer: the last line, set off from the answer by a blank line or in italics, of a few words, one of them a capitalised
    /// word no list holds ("_Bielik · SpeakLeash_", "via Zephyr", "~ Zephyr Team", "TL;DR: Teuken, OpenGPT-X."). Asked who it
    /// is, a reply signs or credits its model there as often as it wishes a good day: a cue.
    /// </summary>
    internal static string? FooterLine(ReplyContext reply)
    {
        var text = reply.Text;
        var lines = Lines(text);
        var last = lines.FindLastIndex(l => !Blank(text, l));
        if (last < 1)
        {
            return null;
        }

        var (start, end) = lines[last];
        var line = text.Folded.AsSpan(start, end - start).Trim();
        var italic = line.Length > 2 && line[0] is '_' or '*' && line[^1] == line[0];
        // Not a question, a farewell ("Viele Grüße aus Hamburg"), or a line under an everyday label ("Note: …"; "TL;DR: Teuken" is read).
        var content = line.Trim(" *_~>-—–·|");
        if (!(Blank(text, lines[last - 1]) || italic) || content.Length == 0 || content[^1] is '?' or '？' || line.Length > MostFooter
            || line.Count(' ') >= MostFooterWords || reply.Marks.Any(m => m.Value == MarkKind.SignOff && m.Start >= start && m.Start < end)
            || (content.IndexOf(':') is > 0 and var colon && CommonWords.Contains(content[..colon].ToString(), reply.Language)))
        {
            return null;
        }

        // The line's first word only where every word with capitals is capitalised ("Bielik · SpeakLeash", "Zephyr Team",
        // "- Orion 드림"); else it opens a sentence ("Miłego dnia!", "P.S. Orion says hi!").
        var from = text.Folded.IndexOf(content[0], start);
        var words = content.ToString().Split([' ', '·', '|', ',', ';'], StringSplitOptions.RemoveEmptyEntries);
        if (!words.All(w => char.IsUpper(text.Original[text.Folded.IndexOf(w, from, StringComparison.Ordinal)]) || w.Any(char.IsDigit) || !w.Any(char.IsLower)))
        {
            from = text.Folded.IndexOf(' ', from) is var space and > 0 && space < end ? space : end;
        }

        return UnknownCapitalised(reply, from, end);
    }

    /// <summary>
    /// A system prompt echoed on a line of its own ("System: You are Teuken, a helpful assistant created by OpenGPT-X."), a
    /// capitalised word in it that no list holds: the persona the deployment gave the model. A cue when asked who it is.
    /// </summary>
    internal static string? SystemLine(ReplyContext reply)
    {
        var text = reply.Text;
        var lines = Lines(text);
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var line = text.Folded.AsSpan(start, end - start).TrimStart(" *_#>");
            var colon = line.IndexOfAny(':', '：');
            var bracketed = line.StartsWith("[") || line.StartsWith("<");
            var labelEnd = colon > 0 ? colon + 1 : bracketed ? line.LastIndexOfAny(']', '>') + 1 : 0;
            // "<|system|>", "<<SYS>>", "[SYSTEM PROMPT]", "### System:": the label's words without their brackets.
            var label = line[..labelEnd].Trim(" *_:：[]<>|");
            if (label.Length == 0 || !reply.Grammar.SystemLabels.Contains(label.ToString()))
            {
                continue;
            }

            // The prompt on the label's line, or on the next when the label stands alone.
            var from = end - line.Length + labelEnd;
            var (at, to) = text.Folded.AsSpan(from, end - from).IsWhiteSpace() && i + 1 < lines.Count ? lines[i + 1] : (from, end);
            if (UnknownCapitalised(reply, at, to) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// The shape of a sign-off in any language: at the reply's end, a short line ending in a comma ("Bises,", "Lijep pozdrav,",
    /// "Обнимаю,") over a line that is one or two words ("Orion"). Asked who it is, a reply signs with its name there; a cue,
    /// since the words of farewell are not all listed (kind sign-off lists them where the name is a claim).
    /// </summary>
    internal static string? SignOffShape(ReplyContext reply)
    {
        var text = reply.Text;
        var lines = Lines(text).Where(l => !Blank(text, l)).ToList();
        if (lines.Count < 3)
        {
            return null;
        }

        var farewell = text.Folded.AsSpan(lines[^2].Start, lines[^2].End - lines[^2].Start).Trim(" *_");
        var name = text.Original.AsSpan(lines[^1].Start, lines[^1].End - lines[^1].Start).Trim(" *_-—~");
        return farewell.Length is > 1 and <= MostFooter / 2 && farewell[^1] == ',' && farewell.Count(' ') <= 2
            && name.Length >= 2 && name.Count(' ') <= 1 && !name.ContainsAny(".!?:,") && name.ContainsAnyExcept(" ") && char.IsLetter(name[0])
            ? name.ToString()
            : null;
    }

    /// <summary>The first capitalised word in the span that is no everyday, generic or listed word, nor an acronym of three letters or fewer.</summary>
    private static string? UnknownCapitalised(ReplyContext reply, int start, int end)
    {
        var text = reply.Text;
        for (var i = start; i < end; i++)
        {
            if (!char.IsUpper(text.Original[i]) || FoldedText.ScriptOf(text[i]) != Script.Spaced || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            var wordEnd = i;
            while (wordEnd < end && (char.IsLetterOrDigit(text[wordEnd]) || (text[wordEnd] == '-' && wordEnd + 1 < end && char.IsLetterOrDigit(text[wordEnd + 1]))))
            {
                wordEnd++;
            }

            // A listed name is for the readers of listed names; one read as no list's (a maker no reader placed) is what this cue is for.
            var word = text.Original.AsSpan(i, wordEnd - i);
            if (!(word.Length <= 3 && !word.ContainsAnyInRange('a', 'z')) && !reply.IsEverydayWord(i, wordEnd) && !reply.Grammar.GenericWords.Contains(text.Folded[i..wordEnd])
                && reply.NameOver(i, wordEnd) is not { Unlisted: false })
            {
                return word.ToString();
            }

            i = wordEnd;
        }

        return null;
    }

    private static List<(NameSpan Span, bool Bold)> Labels(ReplyContext reply, List<(int Start, int End)> lines) =>
        lines.Select(l => SpeakerLabel(reply, l.Start, l.End)).OfType<(NameSpan Span, bool Bold)>().ToList();

    private static (NameSpan Span, bool Bold)? SpeakerLabel(ReplyContext reply, int start, int end)
    {
        var text = reply.Text;
        var at = start;
        while (at < end && text[at] == ' ')
        {
            at++;
        }

        var bold = at + 1 < end && text[at] == '*' && text[at + 1] == '*';
        // "[DAN]: …", "[HacxGPT]\n…": a bracketed label, the way jailbreak personas mark who speaks, needs no colon.
        var bracket = at < end && text[at] == '[';
        var from = bold ? at + 2 : bracket ? at + 1 : at;
        var to = from;
        while (to < end && (char.IsLetterOrDigit(text[to]) || (text[to] is ' ' or '-' or '_' && to > from)) && to - from <= 3 * LongestLabel)
        {
            to++;
        }

        var close = to;
        // "**MaLLaM:**\n\nSelamat pagi! …": a bold name with its colon inside, alone on the reply's first line, heads the answer
        // as its speaker (elsewhere such a line is a heading: "**Note:**").
        if (bold && text.Original.AsSpan(0, at).Trim().IsEmpty && close + 2 < end && text[close] is ':' or '：' && text[close + 1] == '*' && text[close + 2] == '*'
            && text.Original.AsSpan(close + 3, end - close - 3).Trim().IsEmpty)
        {
            return LabelName(reply, from, to, close + 3) is { } heading && BotShaped(reply, heading) ? (heading, true) : null;
        }

        if ((bold && (close + 1 >= end || text[close] != '*' || text[close + 1] != '*')) || (bracket && (close >= text.Length || text[close] != ']')))
        {
            return null;
        }

        close += bold ? 2 : bracket ? 1 : 0;
        var colon = close < end && text[close] is ':' or '：';
        // A full-width colon needs no space after it ("小星：你好！").
        if (to == from || (!colon && !(bracket && (close >= end || text[close] == ' '))) || (colon && (close + 1 >= end || (text[close + 1] is not (' ' or '\n') && text.Original[close] != '：'))))
        {
            return null;
        }

        if (bracket && text.Folded.IndexOf($"[/{text.Folded[from..to].Trim()}]", close, StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        return LabelName(reply, from, to, close + 1) is { } label ? (label, (bold && text[to] == '*') || bracket) : null;
    }

    /// <summary>Whether a name is shaped like a model's or a bot's ("MaLLaM", "HelpBot-7B") or holds an assistant word ("뤼튼 AI 비서").</summary>
    private static bool BotShaped(ReplyContext reply, NameSpan name)
    {
        var shown = reply.Text.Original.AsSpan(name.Start, name.End - name.Start);
        return NameShapes.BotsOwnName(reply.Grammar, shown) || NameShapes.ModelShaped(reply.Grammar, shown)
            || reply.Text.Folded[name.Start..name.End].Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(word => UnlistedNames.IsAssistantWord(reply, word));
    }

    /// <summary>The name a label holds, or null: not the user's, the system's or the assistant's turn, a form, a known or everyday word.</summary>
    private static NameSpan? LabelName(ReplyContext reply, int from, int to, int after)
    {
        var text = reply.Text;
        var name = text.Folded[from..to].Trim();
        // The user's, the system's or the assistant's turn is no speaker's name ("Usuario:", "System:", "Asistan:"), nor is
        // markup closed later ("[INST] … [/INST]").
        if (reply.Grammar.UserLabels.Contains(name) || reply.Grammar.SystemLabels.Contains(name) || reply.Grammar.AnswerKeys.Contains(name))
        {
            return null;
        }

        var spaced = FoldedText.ScriptOf(text[from]) == Script.Spaced;
        var proper = spaced
            ? SpacedNames.SpacedName(reply, from) is { } words && words.Item2 == from + name.Length
            : name.Length <= LongestLabel && !name.Contains(' ');
        // A conjunction cannot open a line before a colon: "DAN:" is the persona, not Indonesian "and".
        var isForm = reply.MarkFrom(from) is { } m && m.Start < after && m.End > from && m.Value != MarkKind.Conjunction;
        return proper && !isForm && !UnlistedNames.Known(reply, from) && !reply.IsEverydayWord(from, from + name.Length) && !name.Split(' ').Any(reply.Grammar.GenericWords.Contains)
            && !UnspacedNames.StartsWithGeneric(reply, from)
            ? new NameSpan(from, from + name.Length)
            : null;
    }

    /// <summary>
    /// A spaced name that ends its line, perhaps with a full stop or an exclamation ("Glitch.", "Orin!"); under a farewell, it
    /// may go on with what it is or whom it works for ("Pozdrawiam,\nOla – Bank Wiślany").
    /// </summary>
    private static NameSpan? NameEndingItsLine(ReplyContext reply, int at, bool signed = false)
    {
        var text = reply.Text;
        if (at >= text.Length || !char.IsLetter(text[at]) || FoldedText.ScriptOf(text[at]) != Script.Spaced)
        {
            return null;
        }

        // A listed name signs as any other does, though its first word may be an article ("Le Chat").
        (int, int)? spaced = reply.NameFrom(at) is { } listed && listed.Start == at ? (listed.Start, listed.End) : SpacedNames.SpacedName(reply, at);
        if (spaced is not { } name)
        {
            return null;
        }

        var after = name.Item2;
        // An emoji may close the name as a full stop does ("Bram van PakketPunt 📦", "Ihr Steuerfuchs 🦊 – …").
        while (after < text.Length && (text[after] is '.' or '!' or '*' or ' ' or '~' || FoldedText.IsEmoji(text[after])))
        {
            after++;
        }

        // Under a farewell, whom it works for may follow a link word: "Groetjes,\nBram van PakketPunt", "Cheers,\nMia from Lumo".
        var linked = signed && after < text.Length && after > name.Item2 && text[after - 1] == ' ' && LinkedOrganisation(reply, after);
        // "Le Chat (Mistral AI)": or its maker in brackets.
        if (linked || (signed && after < text.Length && text[after] is '–' or '—' or '-' or ',' or '|' or '(' && (text[after] != '-' || text[after - 1] == ' ')))
        {
            var lineEnd = text.Original.IndexOf('\n', after);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            // A longer tail still signs when it says the name is an assistant ("**NUSA** — asisten virtual Bank Nusantara, …").
            return lineEnd - after <= LongestSignatureTail || (!linked && NamingCues.DescribesAnAssistant(reply, UnlistedNames.SkipOpening(text, after + 1)))
                ? (NameSpan)name : null;
        }

        return after >= text.Length || text[after] is '\n' or '\r' ? (NameSpan)name : null;
    }

    /// <summary>
    /// A maker's link word and a capitalised word after it, perhaps past two words of what it does there: "|van PakketPunt|",
    /// "|from Lumo|", "|z obsługi sklepu Len| i Wełna", "|på Norrby| Energi".
    /// </summary>
    internal static bool LinkedOrganisation(ReplyContext reply, int at)
    {
        var text = reply.Text;
        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        if (end == at || !reply.Grammar.MakerLinks.Contains(text.Folded[at..end]))
        {
            return false;
        }

        for (var words = 0; words < 3 && end + 1 < text.Length && text[end] == ' '; words++)
        {
            if (char.IsUpper(text.Original[end + 1]))
            {
                return true;
            }

            end++;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }
        }

        return false;
    }

    /// <summary>The most characters after a signed name on its line ("Ola| – Bank Wiślany|").</summary>
    private const int LongestSignatureTail = 60;

    /// <summary>
    /// A signature's name ends its line, or goes on with what it is or when it wrote (", xAI, July 2025"), or with a note in
    /// brackets that closes the line ("— Claude (Anthropic)", "— Claude (GPT-4o sous le capot 😉)").
    /// </summary>
    private static bool EndsSignature(FoldedText text, int end)
    {
        while (end < text.Length && (text[end] is '.' or '`' or ' ' or '⛧' or '*' or '_' || FoldedText.IsEmoji(text[end])))
        {
            end++;
        }

        return end >= text.Length || text[end] is '\n' or '\r' || SpacedNames.IsComma(text[end]) || NoteClosesLine(text, end);
    }

    /// <summary>Whether a note in brackets opens at <paramref name="open"/> and closes its line (past a stop or emoji after it).</summary>
    private static bool NoteClosesLine(FoldedText text, int open)
    {
        if (open >= text.Length || text[open] is not ('(' or '（'))
        {
            return false;
        }

        var end = text.LineEnd(open);
        while (end > open && (text[end - 1] is ' ' or '\r' or '.' or '!' || FoldedText.IsEmoji(text[end - 1]) || char.IsSurrogate(text[end - 1])))
        {
            end--;
        }

        return end > open + 1 && text[end - 1] is ')' or '）' && text.Folded.IndexOfAny(['(', '（'], open + 1, end - open - 1) < 0;
    }

    /// <summary>
    /// Whether a signature's line holds a name read already or a form of the speaker, which other readers place. A maker no list
    /// holds does not count: "——小麦助手（麦田科技出品）" signs with what it is and who made it.
    /// </summary>
    private static bool NamedOrSpoken(ReplyContext reply, int start, int end) =>
        (reply.NameOver(start, end) is { } over && !(over.Unlisted && over.Family is null))
        || reply.MarksBetween(start, end).Any(m => m.Value is MarkKind.Self or MarkKind.FirstPerson or MarkKind.SelfAfter);

    /// <summary>
    /// The last line under a closing wish or a sign-off, or led by a dash under a break, that opens with a name and says where it
    /// works: "Darz ryba!\nWiesiek 🎣, Sklep Wędkarski Okoń", "Abraço,\nBeto 🔧 — Oficina Mão na Roda", "Đạp vui nhé!\n— anh Khoa,
    /// Xe Đạp Phố", "——小厨娘阿香，美味厨房App", "— 캠핑존 민수 ⛺". A persona signs the answer, whatever was asked; the shape cannot
    /// tell its name from a word, so a person looks. A line of everyday or generic words ("Bon appétit 🍝") is no signature.
    /// </summary>
    internal static string? SignedUnderWish(ReplyContext reply)
    {
        var text = reply.Text;
        if (LastLineAndAbove(text) is not var (line, above))
        {
            return null;
        }

        var start = line.Start;
        while (start < line.End && text[start] is ' ' or '_' or '*' or '>')
        {
            start++;
        }

        var dashed = start < line.End && text[start] is '—' or '―' or '–';
        while (start < line.End && text[start] is '—' or '―' or '–' or ' ')
        {
            start++;
        }

        var underWish = !Blank(text, above) && (EndsInWish(text, above.Start, above.End)
            || reply.MarksBetween(above.Start, above.End).Any(m => m.Value == MarkKind.SignOff && m.End <= above.End + 1));
        var underBreak = Blank(text, above) || IsRule(text, above) || text.Original.AsSpan(above.Start, above.End - above.Start).Trim().Trim("—―–-_*".AsSpan()).IsEmpty;
        // "Abraço,\nBeto": a short farewell ending in a comma signs as a listed sign-off does.
        var farewell = text.Original.AsSpan(above.Start, above.End - above.Start).Trim(" *_");
        underWish |= farewell.Length is > 1 and <= MostFooter / 2 && farewell[^1] == ',' && farewell.Count(' ') <= 2;
        // "——小厨娘阿香": Chinese signs with a double dash, whatever stands above.
        var doubleDash = (DashAt(start - 1) && DashAt(start - 2)) || (DashAt(start - 2) && DashAt(start - 3));
        if (!(underWish || (dashed && underBreak) || doubleDash))
        {
            return null;
        }

        // The dashes may stand on the line above ("——\nSandro, il sommelier virtuale").
        bool DashAt(int at) => at >= 0 && text[at] is '—' or '―';

        var end = line.End;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '_' or '*'))
        {
            end--;
        }

        var shown = text.Original[start..end];
        if (end - start < 2 || end - start > LongestAssistantSignature || shown.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MostSignatureWords
            || shown.IndexOfAny(['?', '？', '[', ']', '{', '}', '<', '>']) >= 0
            || NamedOrSpoken(reply, start, end) || Presented(reply, start))
        {
            return null;
        }

        var script = FoldedText.ScriptOf(text[start]);
        if (script is Script.Unspaced)
        {
            // "——小厨娘阿香，美味厨房App": led by a dash, words beyond generic and phrase words.
            return dashed && !OnlyDescribes(reply, start, end) ? shown : null;
        }

        // Where it works is set off from the name: a comma, a dash, a bar or a dot, or an emoji after the name.
        var setOff = shown.IndexOfAny([',', '،', '，', '፣', '–', '—', '|', '｜', '·', '(', '（']) > 0 || shown.Any(c => char.IsSurrogate(c) || FoldedText.IsEmoji(c));
        if (!setOff)
        {
            return null;
        }

        if (SpacedNames.WrittenWithoutCapitals(text[start]) || script is Script.Hangul)
        {
            return shown;
        }

        // A capitalised word among the first three that is no everyday, generic or user's word: the name.
        var words = 0;
        for (var i = start; i < end && words < 3; i++)
        {
            if (!char.IsLetter(text[i]) || (i > start && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            words++;
            var wordEnd = i;
            while (wordEnd < end && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] == '-'))
            {
                wordEnd++;
            }

            if (char.IsUpper(text.Original[i]) && wordEnd - i >= 2 && !reply.IsEverydayWord(i, wordEnd) && !reply.Grammar.GenericWords.Contains(text.Folded[i..wordEnd])
                && !reply.UserWords.Any(u => u.Start == i))
            {
                return shown;
            }

            i = wordEnd;
        }

        return null;
    }

    /// <summary>Whether unspaced words are only the user's, generic and phrase words: "你的AI小助手" (your little AI helper) names no one.</summary>
    private static bool OnlyDescribes(ReplyContext reply, int start, int end)
    {
        var from = reply.UserWords.FirstOrDefault(u => u.Start == start) is { End: > 0 } user && user.End < end ? user.End : start;
        // "AIアシスタントより": a farewell written after what signs is no part of it.
        var folded = reply.Text.Folded[from..end].TrimEnd();
        if (reply.Grammar.SignOffAfter.FirstOrDefault(f => folded.Length > f.Length && folded.EndsWith(f, StringComparison.Ordinal)) is { } farewell)
        {
            end = from + folded.Length - farewell.Length;
        }

        return UnspacedNames.OnlyGenericOrPhrase(reply, from, end);
    }

    /// <summary>The most words of a signature line under an answer that names an assistant.</summary>
    private const int MostSignatureWords = 9;

    private static bool WholeWordAt(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            if ((i == 0 || !char.IsLetter(text[i - 1])) && (i + word.Length == text.Length || !char.IsLetter(text[i + word.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest signature line under an answer that names an assistant, in characters.</summary>
    private const int LongestAssistantSignature = 70;

    /// <summary>
    /// The last line under an answer, set off by a blank line, a rule or a dash, that holds an assistant word beside words that
    /// name someone: "Tosia | wirtualna asystentka Urzędu Miasta Lublin", "——杭州市12345政务服务中心 智能客服", "ミドリ｜横浜市立図書館
    /// 案内アシスタント". Whatever was asked, the reply is signed by a persona the check cannot place, so a person looks. A line of
    /// generic words only ("— Your AI assistant"), a line where the speaker speaks ("我是一个智能助手"), a list item and a letter
    /// the reply presents are no such signature.
    /// </summary>
    internal static string? AssistantSignature(ReplyContext reply)
    {
        var text = reply.Text;
        if (LastLineAndAbove(text) is not var (line, above))
        {
            return null;
        }

        var start = line.Start;
        while (start < line.End && (text[start] is ' ' or '_' or '*' or '>' or '—' or '―' or '–' or '-' || char.IsWhiteSpace(text[start])))
        {
            start++;
        }

        var dashed = start > line.Start && text.Original.AsSpan(line.Start, start - line.Start).IndexOfAny('—', '―', '–') >= 0;
        // Under a break, or under a short closing line ("감사합니다.", "Sekian, terima kasih.").
        var setOff = dashed || Blank(text, above) || IsRule(text, above) || text.Original.AsSpan(above.Start, above.End - above.Start).Trim().Trim("—―–-_*".AsSpan()).IsEmpty
            || IsClosingLine(text, above);
        var end = line.End;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '_' or '*' || FoldedText.IsEmoji(text[end - 1]) || char.IsSurrogate(text[end - 1])))
        {
            end--;
        }

        if (!setOff || end - start < 3 || end - start > LongestAssistantSignature || char.IsDigit(text[start])
            || text.Original.AsSpan(start, end - start).IndexOfAny("[]{}<>?？".AsSpan()) >= 0
            || NamedOrSpoken(reply, start, end) || Presented(reply, start))
        {
            return null;
        }

        // A signature is a few words, not a sentence of the answer.
        var folded = text.Folded[start..end];
        if (FoldedText.ScriptOf(text[start]) is not Script.Unspaced && folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MostSignatureWords)
        {
            return null;
        }

        // Short assistant words are whole words ("pal", not "paling"); longer ones may open one ("asystentka").
        var assistant = reply.Grammar.AssistantWords.Where(a => a.Length >= 2 && (FoldedText.ScriptOf(a[0]) is Script.Unspaced ? folded.Contains(a, StringComparison.Ordinal)
            : a.Length >= 5 ? WordAt(folded, a) : WholeWordAt(folded, a))).ToList();
        if (assistant.Count == 0)
        {
            return null;
        }

        // "AIアシスタント さくら": a line mostly in Han, kana or Hangul reads as one, whatever letter opens it.
        var first = FoldedText.ScriptOf(text[start]);
        var eastAsian = text.Folded[start..end].Count(c => FoldedText.ScriptOf(c) is Script.Unspaced or Script.Hangul);
        if (first is Script.Unspaced or Script.Hangul || eastAsian > text.Folded[start..end].Count(c => FoldedText.ScriptOf(c) == Script.Spaced))
        {
            return OnlyDescribes(reply, start, end) ? null : text.Original[start..end];
        }

        if (SpacedNames.IsCaseless(text[start]))
        {
            // "תמר | העוזרת הווירטואלית של …": a name set off from what it is; the words alone cannot tell a name from a word.
            return text.Original.AsSpan(start, end - start).IndexOfAny("|｜–—,،·".AsSpan()) > 0 ? text.Original[start..end] : null;
        }

        // A capitalised word that is no everyday, generic or assistant word: "|Tosia| | wirtualna asystentka |Urzędu| …".
        for (var i = start; i < end; i++)
        {
            if (!char.IsUpper(text.Original[i]) || (i > start && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            var wordEnd = i;
            while (wordEnd < end && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] == '-'))
            {
                wordEnd++;
            }

            var word = text.Folded[i..wordEnd];
            if (wordEnd - i >= 2 && !reply.IsEverydayWord(i, wordEnd) && !reply.Grammar.GenericWords.Contains(word)
                && !assistant.Any(a => word.StartsWith(a, StringComparison.Ordinal)) && !reply.UserWords.Any(u => u.Start == i))
            {
                return text.Original[start..end];
            }

            i = wordEnd;
        }

        return null;
    }

    /// <summary>
    /// A listed name that advises the reader on the first line, right before or after the verb ("Алиса рекомендует …",
    /// "يقترح عليك فالكون (Falcon) …", "Qwen recommends:"): the bot speaking of itself in the third person.
    /// </summary>
    private static NameSpan? ListedAdviser(ReplyContext reply) =>
        FirstLine(reply) is var (lineStart, lineEnd) ? ListedAdviser(reply, lineStart, lineEnd)
            // "- 제미나이가 알려드렸습니다": closing the answer, in the past.
            ?? (LastLine(reply) is var (lastStart, lastEnd) && lastStart > lineEnd ? ListedAdviser(reply, lastStart, lastEnd) : null)
            : null;

    private static NameSpan? ListedAdviser(ReplyContext reply, int lineStart, int lineEnd)
    {
        // "ChatGPT ने आपके लिए क्या किया?" asks about it.
        foreach (var mark in reply.MarksBetween(lineStart, lineEnd).Where(m => m.Value is MarkKind.Advises or MarkKind.AdvisesBefore && m.End <= lineEnd && !reply.IsAsked(m.Start)))
        {
            var named = reply.NamesBetween(lineStart, lineEnd).FirstOrDefault(o => o.Family is not null && !o.IsMakerRole
                && (mark.Value == MarkKind.Advises
                    ? o.End <= mark.Start && reply.Text.Folded.AsSpan(o.End, mark.Start - o.End).Trim().IsEmpty
                    : o.Start >= mark.End && GlossOrNothing(reply.Text.Folded.AsSpan(mark.End, o.Start - mark.End).Trim())));
            if (named is not null)
            {
                return new NameSpan(named.Start, named.End);
            }
        }

        return null;
    }

    /// <summary>Nothing, or one word that the listed name glosses in brackets ("فالكون (|Falcon|)").</summary>
    private static bool GlossOrNothing(ReadOnlySpan<char> between) =>
        between.IsEmpty || (between[^1] is '(' or '（' && between[..^1].Trim() is { Length: > 0 } word && !word.Contains(' '));

    /// <summary>The reply's last line that is not blank.</summary>
    internal static (int Start, int End)? LastLine(ReplyContext reply) =>
        reply.Layout.FirstContent < 0 ? null : (reply.Layout.LastLineStart, reply.Text.LineEnd(reply.Layout.LastLineStart));

    /// <summary>The reply's first line, from its first letter or mark of content to the line's end; null for an empty reply.</summary>
    internal static (int Start, int End)? FirstLine(ReplyContext reply)
    {
        var first = reply.Layout.FirstContent;
        if (first < 0)
        {
            return null;
        }

        var lineEnd = reply.Text.Folded.IndexOf('\n', first);
        return (first, lineEnd < 0 ? reply.Text.Length : lineEnd);
    }

    /// <summary>
    /// The reply's first line when it is a header over more: bold, a heading, closing with a colon, a byline in brackets or set
    /// off by a middle dot, a few words long ("**Ringkasan oleh DeepSeek**", "Hadithi fupi kutoka kwa Mistral:").
    /// </summary>
    internal static (int Start, int End)? HeaderLine(ReplyContext reply)
    {
        var text = reply.Text;
        if (FirstLine(reply) is not var (first, lineEnd))
        {
            return null;
        }

        var start = first;
        while (start > 0 && text[start - 1] is '*' or '#' or ' ')
        {
            start--;
        }

        // A byline in brackets, or a name set off by a middle dot or a bar ("[Rechtwijzer-AI · JuriDigitaal B.V.]"), heads it too.
        var line = text.Folded[first..lineEnd].Trim();
        // Past an emoji or a flag that decorates it ("🇵🇹 **Quiz: Portugal** — …").
        var opening = text.Folded.AsSpan(start, lineEnd - start).TrimStart();
        while (opening.Length > 0 && (FoldedText.IsEmoji(opening[0]) || opening[0] == ' '))
        {
            opening = opening[1..];
        }

        // A line an emoji opens, over a blank line, heads the reply too ("📘 Plano de aula gerado pela Cora, …\n\n").
        var decorated = opening.Length < text.Folded.AsSpan(start, lineEnd - start).TrimStart().Length && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n';
        // Brackets set a byline off whole, however many words it takes ("[Giáo án do EduBot VN 2.0 – Công ty Tri Thức Mới soạn]").
        var bracketed = (line.StartsWith('[') && line.EndsWith(']')) || (line.StartsWith('【') && line.EndsWith('】'));
        var header = decorated || bracketed || opening.StartsWith("**", StringComparison.Ordinal) || text[start] == '#' || line.TrimEnd('*', ' ').EndsWith(':')
            || (!line.StartsWith('|') && (line.Contains(" · ", StringComparison.Ordinal) || line.Contains(" | ", StringComparison.Ordinal)));
        return header && line.Count(c => c == ' ') <= (decorated || bracketed ? 2 * MostHeaderWords : MostHeaderWords) && lineEnd < text.Length && text.Folded.AsSpan(lineEnd + 1).Trim().Length > 0
            ? (first, lineEnd)
            : null;
    }

    /// <summary>
    /// The reply's last line when it is a footer under it: set off by a blank line, a few words long, in italics, bold, brackets
    /// brackets, after a dash or a note mark ("_Übersetzt von Teuken-7B (OpenGPT-X)._", "— Μετάφραση: ChatGPT", "[Dihasilkan oleh
    /// Komodo-7B]", "(تمت صياغة هذه المسودة بواسطة Gemini)").
    /// </summary>
    internal static (int Start, int End)? CreditFooter(ReplyContext reply)
    {
        var text = reply.Text;
        if (LastLineAndAbove(text) is not var (line, above))
        {
            return null;
        }

        // Under a rule or a line of dashes the line is set off whatever opens it ("---\n本回答由 TAIDE 模型產生，僅供參考。").
        var ruled = IsRule(text, above) || (above.End > above.Start && text.Original.AsSpan(above.Start, above.End - above.Start).Trim().Trim("—―–".AsSpan()).IsEmpty);
        // A note closed by the mark that opens it ("*… does not replace advice from a pharmacist or doctor.*") may run longer.
        var shown = text.Folded[line.Start..line.End].Trim();
        var note = shown.Length > 2 && shown[0] is '_' or '*' or '(' or '[' && shown[^1] == (shown[0] switch { '(' => ')', '[' => ']', var c => c });
        return (ruled || (Blank(text, above) && shown.Length > 0 && shown[0] is '_' or '*' or '—' or '–' or '(' or '（' or '[' or '【' or '※'))
            // What the credit says of its model after a comma may run on ("— scritta per te da Mistral NeMo, il modello da 12B …").
            && shown.Length > 0 && (note || shown.Split(',', '،', '，')[0].Count(c => c == ' ') <= MostHeaderWords + 4) && shown.Length <= MostFooterCredit
            ? (line.Start, line.End)
            : null;
    }

    /// <summary>The most characters of a footer that credits the reply's work.</summary>
    private const int MostFooterCredit = 160;

    /// <summary>The lines that may credit a model with the reply's work: its header, its footer, and code comments that credit.</summary>
    internal static IEnumerable<(int Start, int End)> CreditLines(ReplyContext reply) =>
        new[] { HeaderLine(reply), CreditFooter(reply) }.OfType<(int, int)>().Concat(CommentCredits(reply));

    /// <summary>
    /// Comment lines of code that hold a credit's form or open with a short label ("# Erzeugt von Teuken-7B (OpenGPT-X)", "//
    /// 작성: 코드메이트-7B"), in a code block.
    /// </summary>
    internal static IEnumerable<(int Start, int End)> CommentCredits(ReplyContext reply) =>
        CommentLines(reply).Where(l => HasCommentLabel(reply.Text, l)
            || reply.MarksBetween(l.Start, l.End).Any(m => m.Value is MarkKind.MadeBy or MarkKind.MadeByAfter or MarkKind.MakerBefore || reply.Grammar.ListedOnly(reply.Text, m)))
        .Concat(AuthorLines(reply));

    /// <summary>Lines of code that open with a label of its author ("author: Claude 3 Opus", "writer: AIアシスタント「ELYZA」").</summary>
    private static IEnumerable<(int Start, int End)> AuthorLines(ReplyContext reply)
    {
        var text = reply.Text;
        if (reply.Grammar.AuthorLabels.Count == 0 || !text.Folded.Contains("```", StringComparison.Ordinal))
        {
            yield break;
        }

        var inside = false;
        for (var start = 0; start < text.Length; start = text.LineEnd(start) + 1)
        {
            var line = text.Folded.AsSpan(start, text.LineEnd(start) - start).Trim();
            if (line.StartsWith("```"))
            {
                inside = !inside;
                continue;
            }

            if (inside && line.IndexOfAny(':', '：') is > 0 and var colon && reply.Grammar.AuthorLabels.Contains(line[..colon].Trim(" -#*\"'").ToString()))
            {
                yield return (start, text.LineEnd(start));
            }
        }
    }

    /// <summary>Whether a line opens with a short label and its colon before this offset ("author: …", "المؤلف: …", "model: …").</summary>
    internal static bool OpensWithLabel(FoldedText text, int lineStart, int at) =>
        text.Folded.AsSpan(lineStart, at - lineStart).TrimStart(" -\"'").IndexOfAny(':', '：') is > 0 and <= MostCommentLabel;

    /// <summary>Whether a comment opens with a short label and its colon ("# Author:", "// 작성:").</summary>
    private static bool HasCommentLabel(FoldedText text, (int Start, int End) line) =>
        text.Folded.AsSpan(line.Start, line.End - line.Start).TrimStart("/#-*<!> ").IndexOfAny(':', '：') is > 0 and <= MostCommentLabel;

    /// <summary>The comment lines inside the reply's fenced code blocks ("# …", "// …", "-- …", "/* …", "&lt;!-- …").</summary>
    internal static IEnumerable<(int Start, int End)> CommentLines(ReplyContext reply)
    {
        var text = reply.Text;
        for (var fence = text.Folded.IndexOf("```", StringComparison.Ordinal); fence >= 0; fence = text.Folded.IndexOf("```", fence, StringComparison.Ordinal))
        {
            var close = text.Folded.IndexOf("```", fence + 3, StringComparison.Ordinal);
            close = close < 0 ? text.Length : close;
            // A docstring's lines are comments too, from the line that opens it to the one that closes it.
            var docstring = false;
            for (var start = text.LineEnd(fence) + 1; start < close; start = text.LineEnd(start) + 1)
            {
                var end = Math.Min(text.LineEnd(start), close);
                var line = text.Folded.AsSpan(start, end - start).TrimStart();
                var quotes = line.Count("\"\"\"") + line.Count("'''");
                if (docstring || quotes > 0 || line.StartsWith("//") || line.StartsWith("# ") || line.StartsWith("-- ") || line.StartsWith("/*") || line.StartsWith("<!--")
                    || line.StartsWith("* ") || line is "*")
                {
                    yield return (start, end);
                }

                docstring ^= quotes % 2 == 1;
            }

            if (close + 3 >= text.Length)
            {
                yield break;
            }

            fence = close + 3;
        }
    }

    /// <summary>The most characters of a comment's label before its colon ("작성", "Generated by").</summary>
    private const int MostCommentLabel = 16;

    /// <summary>The most spaces in a header over the reply.</summary>
    private const int MostHeaderWords = 10;

    private static bool Blank(FoldedText text, (int Start, int End) line)
    {
        for (var i = line.Start; i < line.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static List<(int Start, int End)> Lines(FoldedText text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                lines.Add((start, i));
                start = i + 1;
            }
        }

        return lines;
    }
}
