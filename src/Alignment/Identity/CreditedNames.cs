namespace Alignment.Identity;

/// <summary>
/// Names credited with the reply outside any slot of the grammar: a header or a footer that says what produced it
/// ("**Samenvatting door ZorgAssist-8B (MediNed)**"), a code comment's credit ("# Erzeugt von Rhein-7B (Orbis Labs)"), a
/// model's name opening a header, a name with its maker in brackets. A model's or a bot's shape (NameShapes) or a word that
/// calls it a model is what makes such a name the speaker's.
/// </summary>
internal static class CreditedNames
{
    /// <summary>
    /// In a header over the reply or a footer under it, a name no list holds right after a "by", a "from" or a label's colon, shaped
    /// like a model's (a version number or a capital inside a word): "**Samenvatting door ZorgAssist-8B (MediNed)**", "_Bản dịch
    /// được thực hiện bởi PhoGPT (VinAI)._", "_Tłumaczenie: PLLuM_"; not a person's ("**Report by Jane Smith (Finance)**"). What
    /// follows is that model's work; a person reads which it is.
    /// </summary>
    internal static NameSpan? HeaderCredit(ReplyContext reply)
    {
        var text = reply.Text;
        foreach (var line in Signatures.CreditLines(reply))
        {
            // A label's colon credits only when a short name follows it ("_Tłumaczenie: PLLuM_"), up to a separator ("[Konspekt
            // lekcji: NauczAI 1.8 · Wydawnictwo Kreda]"), not a list ("**Answers:** 1. …").
            var colon = text.Folded.IndexOfAny([':', '፦'], line.Start, line.End - line.Start);
            var segment = colon < 0 ? -1 : text.Folded.IndexOfAny(['·', '|', '｜', '–', '—', '(', '（', ','], colon, line.End - colon);
            var value = colon < 0 ? [] : text.Folded.AsSpan(colon + 1, (segment < 0 ? line.End : segment) - colon - 1).Trim(" *_");
            colon = colon >= 0 && value.Count(' ') < MostCreditWords && !(value.Length > 0 && char.IsDigit(value[0])) ? colon : -1;
            var slots = reply.MarksBetween(line.Start, line.End)
                .Where(m => (m.Value is MarkKind.MakerBefore or MarkKind.MadeBy || reply.Grammar.ListedOnly(text, m)) && m.End <= line.End).Select(m => m.End)
                .Concat(colon >= 0 ? new[] { colon + 1 } : []);
            // A word that links a thing to whom it is from or of, right before a model-shaped name ("[Risposta di Dante-LM · …]").
            foreach (var link in LinkWordEnds(reply, line.Start, line.End))
            {
                var next = UnlistedNames.SkipOpening(text, link);
                if (TailedWord(reply, next, line.End) is { } tailedAfterLink)
                {
                    return tailedAfterLink;
                }

                if (next < line.End && UnlistedNames.Capitalised(reply, next) && !UnlistedNames.Known(reply, next) && SpacedNames.SpacedName(reply, next) is { } linked && linked.Item2 <= line.End
                    && NameShapes.ModelShaped(reply.Grammar, text.Original.AsSpan(linked.Item1, linked.Item2 - linked.Item1), acronyms: false))
                {
                    return new NameSpan(linked.Item1, linked.Item2, Unplaced: true);
                }
            }

            // "(Bu özet Kumru-2B modeli tarafından oluşturulmuştur.)": where "by" follows the name, the name before it, past a word
            // for what it is.
            foreach (var by in reply.MarksBetween(line.Start, line.End).Where(m => m.Value is MarkKind.MadeByAfter && m.End <= line.End))
            {
                if (NameBeforeCredit(reply, line.Start, by.Start) is { } before)
                {
                    return before;
                }
            }

            foreach (var slot in slots)
            {
                // The first capitalised name after the slot, past a word for what it is or a gloss ("بواسطة نموذج علّام (ALLaM)"); in a
                // script without capitals, a word with a size or a bot's Latin tail ("작성: 코드메이트-7B", "إجابة من فقيه-AI").
                var at = UnlistedNames.SkipOpening(text, slot);
                if (TailedWord(reply, at, line.End) is { } tailed)
                {
                    return tailed;
                }

                if (SpacedNames.CaselessBotName(reply.Grammar, text, at) is { } botEnd && botEnd <= line.End && !UnlistedNames.Known(reply, at))
                {
                    return new NameSpan(at, botEnd, Unplaced: true);
                }

                while (at < line.End && at - slot <= CreditReach && !UnlistedNames.Capitalised(reply, at))
                {
                    at++;
                }

                if (at < line.End && at - slot <= CreditReach && !UnlistedNames.Known(reply, at) && SpacedNames.SpacedName(reply, at) is { } spaced && GluedLatinTail(text, spaced) is var name
                    && name.Item2 <= line.End
                    && (NameShapes.ModelShaped(reply.Grammar, text.Original.AsSpan(name.Item1, name.Item2 - name.Item1)) || DescribedAsAModel(reply, name.Item2, line.End)
                        || VersionAfter(text, name.Item2, line.End) > name.Item2))
                {
                    return new NameSpan(name.Item1, name.Item2, Unplaced: true);
                }
            }
        }

        // A header that opens with a model's name set off by a middle dot or a bar ("**MedBot-7B · Clinical summary**"), or with a
        // name that only a model bears ("SeaLLM merekomendasikan itinerary berikut:", "BharatGPT की सलाह — उदयपुर में 2 दिन:").
        // Past a bracket or an emoji that opens it ("[ЮрКонсульт-13B · ЛексТех]", "⚖️ HukukBot | Adalet Teknoloji A.Ş.").
        if (Signatures.HeaderLine(reply) is var (header, headerEnd))
        {
            var first = header;
            while (first < headerEnd && !char.IsLetterOrDigit(text[first]))
            {
                first++;
            }

            if (first < headerEnd && !UnlistedNames.Known(reply, first) && OpeningModelName(reply, first, headerEnd) is { } opening)
            {
                return opening;
            }

            // Anywhere on a header that names no listed family, the one name only a model bears ("**Бешбармақ** — KazLLM ұсынған
            // рецепт"); two or more are compared.
            if (OnlyModelsOwnName(reply, header, headerEnd) is { } credited)
            {
                return credited;
            }
        }

        // A footer that names someone it says is a model or an assistant, after words of its own: "— Une petite histoire signée
        // Claire, votre IA de lecture BiblioNet". A name that opens it signs the reply ("—Nova, tu asistente"), read as a signature.
        if (Signatures.CreditFooter(reply) is var (start, end))
        {
            while (start < end && !char.IsLetterOrDigit(text[start]))
            {
                start++;
            }

            if (CaselessDescribed(reply, start, end) is { } caseless)
            {
                return caseless with { Unplaced = true };
            }

            for (var at = ModelShapedOpening(reply, start, end) ? start : text.Folded.IndexOf(' ', start, end - start) + 1; at > 0 && at < end; at++)
            {
                // A model's name that the words after it call a model ("*MedBot-7B is a fine-tuned language model and …*").
                if (UnlistedNames.Capitalised(reply, at) && !UnlistedNames.Known(reply, at) && SpacedNames.SpacedName(reply, at) is { } name && name.Item2 <= end
                    && !reply.IsEverydayWord(name.Item1, name.Item2)
                    && (DescribedAsAModel(reply, name.Item2, end) || NameShapes.ModelsOwnName(reply.Grammar, text.Original.AsSpan(name.Item1, name.Item2 - name.Item1))
                        || (NameShapes.ModelShaped(reply.Grammar, text.Original.AsSpan(name.Item1, name.Item2 - name.Item1))
                            && (ModelWordWithin(reply, name.Item2, end) || VersionAfter(text, name.Item2, end) > name.Item2 || UnlistedNames.WordsBefore(text, name.Item1, 2).Any(w => UnlistedNames.IsAssistantWord(reply, w))))))
                {
                    return new NameSpan(name.Item1, name.Item2, Unplaced: true);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A header's first name when a model bears it: set off by a middle dot or a bar and shaped like a model's ("MedBot-7B ·",
    /// "वकील-AI ·"), or one only a model bears ("SeaLLM merekomendasikan …").
    /// </summary>
    private static NameSpan? OpeningModelName(ReplyContext reply, int first, int headerEnd)
    {
        var text = reply.Text;
        // Latin capitals written onto a name of another alphabet go with it ("ΔάσκαλοςAI").
        var opening = UnlistedNames.Capitalised(reply, first) && SpacedNames.SpacedName(reply, first) is { } spaced ? GluedLatinTail(text, spaced) : ((int, int)?)null;
        // A version written onto the name goes with it ("ЮрКонсульт-13B").
        while (opening is var (from, to) && to + 1 < headerEnd && text[to] == '-' && char.IsLetterOrDigit(text[to + 1]))
        {
            to++;
            while (to < headerEnd && char.IsLetterOrDigit(text[to]))
            {
                to++;
            }

            opening = (from, to);
        }

        if (opening is null)
        {
            // A word of a script without capitals, with a Latin tail that makes it a bot's ("वकील-AI").
            var end = first;
            while (end < headerEnd && (SpacedNames.IsWordLetter(text[end]) || text[end] == '-'))
            {
                end++;
            }

            // Or any word with a bot's tail or a version after it ("【墨笔 v2.3 · 星河文创 AI 创作】", "【まなびAI v1.4｜…】").
            if (TailedWord(reply, first, headerEnd) is { } tailed)
            {
                return tailed;
            }

            opening = end > first && SpacedNames.WrittenWithoutCapitals(text[first]) && NameShapes.HyphenatedTail(reply.Grammar, text.Original.AsSpan(first, end - first)) ? (first, end) : null;
        }

        // A bot word joined by a dot goes with the name ("Vitrine.AI", "Урок.AI").
        if (opening is var (start, stop) && stop + 1 < headerEnd && text[stop] == '.' && SpacedNames.BotSuffixAt(reply.Grammar, text, stop + 1, headerEnd) is > 0 and var dotted)
        {
            opening = (start, stop + 1 + dotted);
        }

        if (opening is not { } name || name.Item2 + 3 >= headerEnd)
        {
            return null;
        }

        // Not a title whose last word is an everyday one ("[Q3 Report · Finance]"). After a version, a dash sets the maker off
        // too ("**LesKompas AI 1.8 — Stichting Leerlicht**"); without one it opens a title's second half.
        var shown = text.Original.AsSpan(name.Item1, name.Item2 - name.Item1);
        var lastWord = text.Folded.LastIndexOf(' ', name.Item2 - 1, name.Item2 - name.Item1) + 1;
        var version = VersionAfter(text, name.Item2, headerEnd);
        var unversioned = EndsInVersion(shown) ? shown[..shown.LastIndexOf(' ')] : shown;
        var bot = NameShapes.BotsOwnName(reply.Grammar, unversioned);
        var separated = version + 1 < headerEnd && text[version] == ' '
            && (text[version + 1] is '·' or '|' or '｜' || (bot && (version > name.Item2 || unversioned.Length < shown.Length) && text[version + 1] is '—' or '–'));
        return (separated && (bot || NameShapes.ModelShaped(reply.Grammar, shown)) && !reply.IsEverydayWord(Math.Max(lastWord, name.Item1), name.Item2))
            || NameShapes.ModelsOwnName(reply.Grammar, shown)
            ? new NameSpan(name.Item1, name.Item2, Unplaced: true)
            : null;
    }

    /// <summary>
    /// A code comment that opens with a model-shaped name and goes on to who made it after a bracket, a dash or a middle dot
    /// ("# CodiceBot-3B · Fondazione Digitale Marche", "# Tulpar-7B (Bozkurt Yazılım) tarafından üretildi", "# PuliGPT-7B
    /// generálta — Tisza AI Kft."): the reply's code credits a model. Not a name in capitals alone ("# UTF-8 (default)").
    /// </summary>
    internal static NameSpan? CommentOpeningModel(ReplyContext reply)
    {
        var text = reply.Text;
        foreach (var (start, end) in Signatures.CommentLines(reply))
        {
            var first = start;
            while (first < end && !char.IsLetterOrDigit(text[first]))
            {
                first++;
            }

            var last = first;
            while (last < end && (char.IsLetterOrDigit(text[last]) || (text[last] is '-' or '.' or '\u200c' && last + 1 < end && char.IsLetterOrDigit(text[last + 1]))))
            {
                last++;
            }

            var shown = text.Original.AsSpan(first, last - first);
            if (last == first || UnlistedNames.Known(reply, first) || !NameShapes.ModelShaped(reply.Grammar, shown, acronyms: false) || !NameShapes.HasLetterBesideCapitals(shown))
            {
                continue;
            }

            var separator = text.Folded.IndexOfAny(['·', '|', '—', '–', '(', '（'], last, end - last);
            if (separator > 0 && UnlistedNames.SkipOpening(text, separator + 1) is var org && org < end && (UnlistedNames.Capitalised(reply, org) || SpacedNames.IsCaseless(text[org])))
            {
                return new NameSpan(first, last, Unplaced: true);
            }
        }

        // Anywhere in a comment, a name only a model or a bot bears with its maker in brackets right after it: "이 코드는 다온-13B(다온AI연구소
        // …)가 작성했습니다", "Bu fonksiyon Çınar-13B (Boğaziçi Yapay Zekâ Atölyesi) tarafından üretilmiştir".
        foreach (var (start, end) in Signatures.CommentLines(reply))
        {
            for (var at = start; at < end; at++)
            {
                if (!char.IsLetter(text[at]) || (at > start && (SpacedNames.IsWordLetter(text[at - 1]) || char.IsDigit(text[at - 1]) || text[at - 1] == '-')))
                {
                    continue;
                }

                // A word may hold vowel signs ("गंगा-7B").
                var last = at;
                while (last < end && (SpacedNames.IsWordLetter(text[last]) || char.IsDigit(text[last]) || (text[last] is '-' or '.' && last + 1 < end && char.IsLetterOrDigit(text[last + 1]))))
                {
                    last++;
                }

                // A size may stand apart ("Tsubasa-LM 8B（株式会社ヒカリAI）").
                var nameEnd = last;
                if (last + 2 < end && text[last] == ' ' && char.IsDigit(text[last + 1]))
                {
                    var size = last + 1;
                    while (size < end && (char.IsDigit(text[size]) || text[size] == '.'))
                    {
                        size++;
                    }

                    if (size < end && text[size] is 'B' or 'b')
                    {
                        nameEnd = size + 1;
                    }
                }

                var shown = text.Original.AsSpan(at, nameEnd - at);
                var open = nameEnd < end && text[nameEnd] == ' ' ? nameEnd + 1 : nameEnd;
                if (open < end && text[open] is '(' or '（' && !UnlistedNames.Known(reply, at)
                    && ((NameShapes.ModelShaped(reply.Grammar, shown, acronyms: false) && NameShapes.HasLetterBesideCapitals(shown) && NameShapes.HasSize(shown)) || NameShapes.BotsOwnName(reply.Grammar, shown)))
                {
                    return new NameSpan(at, nameEnd, Unplaced: true);
                }

                at = last;
            }
        }

        return null;
    }

    /// <summary>Whether the footer opens with a model-shaped name, which a later word may call a model (else its first word signs).</summary>
    private static bool ModelShapedOpening(ReplyContext reply, int start, int end) =>
        UnlistedNames.Capitalised(reply, start) && SpacedNames.SpacedName(reply, start) is { } name && name.Item2 <= end && NameShapes.ModelShaped(reply.Grammar, reply.Text.Original.AsSpan(name.Item1, name.Item2 - name.Item1));

    /// <summary>Whether a word for a model or an assistant follows within a few words on the line.</summary>
    private static bool ModelWordWithin(ReplyContext reply, int from, int lineEnd)
    {
        var words = reply.Text.Folded[from..Math.Min(lineEnd, from + AppositionReach)].Split([' ', ',', '.', '(', ')', '*', '_'], StringSplitOptions.RemoveEmptyEntries);
        return words.Take(AppositionWords + 1).Any(w => reply.Grammar.AssistantWords.Contains(w) || reply.Grammar.MakerNouns.Contains(w));
    }

    /// <summary>Where each word on a line that links a thing to whom it is from ends ("di", "oleh", "من"): slots of a credit line.</summary>
    /// <param name="credits">Words that credit a thing's maker only ("oleh", by) count too.</param>
    internal static IEnumerable<int> LinkWordEnds(ReplyContext reply, int start, int end, bool credits = true)
    {
        var text = reply.Text;
        for (var at = start; at < end; at++)
        {
            if (!SpacedNames.IsWordLetter(text[at]) || (at > start && SpacedNames.IsWordLetter(text[at - 1])))
            {
                continue;
            }

            var wordEnd = at;
            while (wordEnd < end && SpacedNames.IsWordLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            var word = text.Folded.AsSpan(at, wordEnd - at);
            if (reply.Grammar.MakerLinks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || (credits && reply.Grammar.CreditLinks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)))
            {
                yield return wordEnd;
            }

            at = wordEnd;
        }
    }

    /// <summary>
    /// A word of a script without capitals (or of Hangul, Han or kana) with a hyphen and a size or a bot's Latin tail, right here:
    /// "코드메이트-7B", "فقيه-AI". Its tail says it is a model's name.
    /// </summary>
    private static NameSpan? TailedWord(ReplyContext reply, int at, int lineEnd)
    {
        var text = reply.Text;
        if (at >= lineEnd || !(SpacedNames.WrittenWithoutCapitals(text[at]) || FoldedText.ScriptOf(text[at]) is Script.Hangul or Script.Unspaced) || UnlistedNames.Known(reply, at))
        {
            return null;
        }

        var end = at;
        while (end < lineEnd && (char.IsLetterOrDigit(text[end]) || text[end] == '-' || char.GetUnicodeCategory(text[end]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
        {
            end++;
        }

        // "[에듀메이트 AI 3.0 | …]": a bot word set apart before a version goes with the name.
        if (end + 1 < lineEnd && text[end] == ' ' && SpacedNames.BotSuffixAt(reply.Grammar, text, end + 1, lineEnd) is > 0 and var bot
            && VersionAfter(text, end + 1 + bot, lineEnd) > end + 1 + bot)
        {
            return new NameSpan(at, end + 1 + bot, Unplaced: true);
        }

        // A run without word breaks that ends in "AI" or "Bot" ("まなびAI"), or any word before a version ("墨笔 v2.3").
        var word = text.Original.AsSpan(at, end - at);
        var hyphen = word.LastIndexOf('-');
        var unspaced = FoldedText.ScriptOf(text[at]) is Script.Hangul or Script.Unspaced;
        return (hyphen > 0 && hyphen + 1 < word.Length && (NameShapes.HyphenatedTail(reply.Grammar, word) || (char.IsDigit(word[hyphen + 1]) && word[(hyphen + 1)..].ContainsAny("BbMm"))))
            || (unspaced && word.Length > 3 && NameShapes.EndsInBotSuffix(reply.Grammar, word))
            || VersionAfter(text, end, lineEnd) > end
            ? new NameSpan(at, end, Unplaced: true)
            : null;
    }

    /// <summary>Whether a name's last word is a version: digits with a point, or "v" and digits ("LesKompas AI 1.8", "Nova v2").</summary>
    private static bool EndsInVersion(ReadOnlySpan<char> name)
    {
        var last = name[(name.LastIndexOf(' ') + 1)..].TrimStart('v');
        return last.Length > 0 && char.IsDigit(last[0]) && char.IsDigit(last[^1]) && last.IndexOfAnyExcept("0123456789.") < 0
            && (last.Contains('.') || name[(name.LastIndexOf(' ') + 1)..].StartsWith("v"));
    }

    /// <summary>A name of another alphabet goes on with Latin capitals written onto it ("ΔάσκαλοςAI", "УчительBot").</summary>
    private static (int, int) GluedLatinTail(FoldedText text, (int Start, int End) name)
    {
        var end = name.End;
        if (end < text.Length && char.IsAsciiLetterUpper(text.Original[end]) && !char.IsAscii(text[end - 1]))
        {
            while (end < text.Length && char.IsAsciiLetter(text[end]))
            {
                end++;
            }
        }

        return (name.Start, end);
    }

    /// <summary>Where a version right after a name ends (" v2.3", " 2.0", " 1.8"), or the name's end when none follows.</summary>
    private static int VersionAfter(FoldedText text, int end, int lineEnd)
    {
        if (end + 2 >= lineEnd || text[end] != ' ')
        {
            return end;
        }

        var at = end + 1 + (text[end + 1] == 'v' ? 1 : 0);
        var digits = at;
        while (digits < lineEnd && char.IsDigit(text[digits]))
        {
            digits++;
        }

        // "v2" alone, or digits with a point ("4.1"): a bare number is a count ("3 Tage").
        var dotted = digits + 1 < lineEnd && text[digits] == '.' && char.IsDigit(text[digits + 1]);
        if (digits == at || !(dotted || text[end + 1] == 'v'))
        {
            return end;
        }

        while (digits < lineEnd && (char.IsDigit(text[digits]) || text[digits] == '.'))
        {
            digits++;
        }

        return digits < lineEnd && char.IsLetter(text[digits]) ? end : digits;
    }

    /// <summary>The capitalised model-shaped name nearest before a "by" that follows it, within the credit's reach on its line.</summary>
    private static NameSpan? NameBeforeCredit(ReplyContext reply, int lineStart, int by)
    {
        var text = reply.Text;
        for (var at = by - 1; at >= lineStart && by - at <= CreditReach; at--)
        {
            if (UnlistedNames.Capitalised(reply, at) && !UnlistedNames.Known(reply, at) && SpacedNames.SpacedName(reply, at) is { } name && name.Item2 <= by
                && (NameShapes.ModelShaped(reply.Grammar, text.Original.AsSpan(name.Item1, name.Item2 - name.Item1)) || NameShapes.ModelsOwnName(reply.Grammar, text.Original.AsSpan(name.Item1, name.Item2 - name.Item1))))
            {
                return new NameSpan(name.Item1, name.Item2, Unplaced: true);
            }
        }

        return null;
    }

    /// <summary>The one capitalised name on a line that only a model bears, when the line names no listed family and no other such name.</summary>
    private static NameSpan? OnlyModelsOwnName(ReplyContext reply, int start, int end)
    {
        var text = reply.Text;
        if (reply.NamesBetween(start, end).Any(o => o.Family is not null && o.Start >= start))
        {
            return null;
        }

        NameSpan? found = null;
        for (var at = start; at < end; at++)
        {
            if (!UnlistedNames.Capitalised(reply, at) || SpacedNames.SpacedName(reply, at) is not { } name || name.Item2 > end)
            {
                continue;
            }

            // Not a name alone on its line: "[HacxGPT]" labels the speaker, whom the signature reader reads.
            if (NameShapes.ModelsOwnName(reply.Grammar, text.Original.AsSpan(name.Item1, name.Item2 - name.Item1))
                && text.Folded.AsSpan(start, end - start).Trim(" *_[]【】#").Length > name.Item2 - name.Item1)
            {
                if (found is not null)
                {
                    return null;
                }

                found = new NameSpan(name.Item1, name.Item2, Unplaced: true);
            }

            at = name.Item2;
        }

        return found;
    }

    /// <summary>
    /// One or two words of a script without capitals right here, then a comma and an apposition that calls them a model or an
    /// assistant: "— |درنا|، مدل زبانی پارت", "[|حافظ‌یار|، دستیار ادبی استودیو سیمرغ]".
    /// </summary>
    internal static NameSpan? CaselessDescribed(ReplyContext reply, int at, int lineEnd)
    {
        var text = reply.Text;
        if (at >= lineEnd || !SpacedNames.WrittenWithoutCapitals(text[at]) || UnlistedNames.Known(reply, at))
        {
            return null;
        }

        var end = at;
        for (var words = 0; words < 2 && end < lineEnd; words++)
        {
            while (end < lineEnd && SpacedNames.IsWordLetter(text[end]))
            {
                end++;
            }

            if (end < lineEnd && SpacedNames.IsComma(text[end]))
            {
                return DescribedAsAModel(reply, end, lineEnd) ? new NameSpan(at, end) : null;
            }

            if (end + 1 >= lineEnd || text[end] != ' ')
            {
                return null;
            }

            end++;
        }

        return null;
    }


    /// <summary>
    /// Whether an apposition after a name, on its line, says it is a model or an assistant: ", le modèle open source
    /// d'OpenLLM-France", ", votre IA de lecture", " (assistant IA de l'administration)".
    /// </summary>
    internal static bool DescribedAsAModel(ReplyContext reply, int nameEnd, int lineEnd)
    {
        var text = reply.Text;
        // After a comma, in brackets, or after a dash ("Llammas – TartuNLP eesti keele mudel").
        var dash = nameEnd + 3 < lineEnd && text[nameEnd] == ' ' && text[nameEnd + 1] is '–' or '—' or '-' && text[nameEnd + 2] == ' ';
        if (nameEnd + 2 >= lineEnd || !(SpacedNames.IsComma(text[nameEnd]) || (text[nameEnd] == ' ' && text[nameEnd + 1] is '(' or '（') || dash))
        {
            return false;
        }

        nameEnd += dash ? 2 : 0;

        var words = text.Folded[(nameEnd + 1)..Math.Min(lineEnd, nameEnd + 1 + AppositionReach)].Split([' ', ',', '.', '(', ')', '\'', '’'], StringSplitOptions.RemoveEmptyEntries);
        return words.Take(AppositionWords).Any(w => reply.Grammar.AssistantWords.Contains(w) || reply.Grammar.MakerNouns.Contains(w));
    }

    /// <summary>
    /// Whether a one-word name is followed by its maker in brackets ("Generated by Nova (Orbis Labs)", "tsuzumi（NTT）"): a product
    /// and who made it. A person's byline has two words or more ("Written by Jane Doe (Reuters)").
    /// </summary>
    internal static bool MakerInBrackets(ReplyContext reply, NameSpan name)
    {
        var text = reply.Text;
        var open = text.BracketAfter(name.End);
        if (text.Folded.AsSpan(name.Start, name.End - name.Start).Contains(' ') || open < 0 || open + 2 >= text.Length)
        {
            return false;
        }

        var close = text.Folded.IndexOfAny([')', '）'], open + 1);
        return close > open + 1 && close - open <= AppositionReach
            && ((reply.NameFrom(open + 1) is { Family: null } maker && maker.Start == open + 1) || SpacedNames.SpacedName(reply, open + 1) is { } words && words.Item2 == close);
    }

    /// <summary>How far an apposition after a credited name is read, in characters and in words.</summary>
    private const int AppositionReach = 48;

    private const int AppositionWords = 5;

    /// <summary>Whether the capitalised word here is followed by a word for a model or an assistant ("Zephyr |model|", "Arasaka |AI| Assistant").</summary>
    internal static bool ModelWordAfter(ReplyContext reply, int start)
    {
        var folded = reply.Text.Folded;
        var space = folded.IndexOf(' ', start);
        if (space < 0)
        {
            return false;
        }

        var end = space + 1;
        while (end < folded.Length && (char.IsLetterOrDigit(folded[end]) || folded[end] == '-'))
        {
            end++;
        }

        var word = folded[(space + 1)..end];
        return reply.Grammar.AssistantWords.Contains(word) || reply.Grammar.MakerNouns.Contains(word);
    }

    /// <summary>The most words after a credit's colon: a name and its maker's gloss ("PhoGPT (VinAI)").</summary>
    private const int MostCreditWords = 4;

    /// <summary>The most characters between a credit's "by" or colon and the name it credits.</summary>
    private const int CreditReach = 24;
}
