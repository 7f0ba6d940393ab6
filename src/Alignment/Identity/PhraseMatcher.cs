namespace Alignment.Identity;

/// <summary>One place a phrase was found: [Start, End) in the reply, and what the phrase stands for.</summary>
internal readonly record struct PhraseHit<T>(int Start, int End, T Value);

/// <summary>
/// Finds many phrases in one pass over a folded reply (a trie, longest match first, no overlaps).
/// Word boundaries follow the script: spaced scripts need them, Han and kana never do, Korean particles may follow a word.
/// Phrase syntax: a leading '*' may end another word, a trailing '*' may begin a longer one, a leading '^' only starts a clause,
/// a trailing '$' only ends one: past spaces, a sentence's end or an emoji follows ("Nova here 👋", not "Nova here is").
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly Node root = new();

    /// <summary>Whether a Cyrillic phrase may take a case ending (Клода, Клоду): names decline, grammar words are listed whole.</summary>
    public bool Declines { get; init; }

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>Case endings a maker's Latin name takes in Slavic, Finnic and Hungarian replies ("Anthropica", "Anthropicnak"), folded.</summary>
    public IReadOnlySet<string> LatinEndings { get; init; } = new HashSet<string>();

    /// <summary>Case endings a Cyrillic name takes ("Клода", "Клодом", "Клодові"), folded.</summary>
    public IReadOnlySet<string> CyrillicEndings { get; init; } = new HashSet<string>();

    /// <summary>Case endings written onto a name in Indic scripts ("एंथ्रोपिकने", "অ্যানথ্রপিকের"), folded.</summary>
    public IReadOnlySet<string> GluedEndings { get; init; } = new HashSet<string>();

    /// <summary>
    /// Whether a phrase matches however it is split or joined: "Chat GPT", "Chat-GPT", "ChatGPT", "Chat\u200BGPT" are one name.
    /// Separators are dropped from the phrase, and one separator or invisible character between two letters of the reply is skipped.
    /// </summary>
    public bool LooseSpelling { get; init; }

    public int Count { get; private set; }

    /// <param name="declines">Whether the phrase may take one of <see cref="LatinEndings"/> (a maker's name: "Anthropica").</param>
    public void Add(string pattern, T value, bool caseSensitive = false, bool declines = false)
    {
        var text = pattern.Trim();
        var clauseStart = text.StartsWith('^');
        text = text.TrimStart('^');
        var closedRight = text.EndsWith('$') && text.Length > 1;
        text = text.TrimEnd('$');
        var openLeft = text.StartsWith('*');
        var openRight = text.EndsWith('*') && text.Length > 1;
        text = text.Trim('*').Trim();
        if (text.Length == 0)
        {
            throw new ArgumentException($"'{pattern}' has no text to match.", nameof(pattern));
        }

        var folded = LooseSpelling ? Joined(FoldedText.Fold(text)) : FoldedText.Fold(text);
        var original = LooseSpelling ? Joined(text) : text;
        var node = root;
        foreach (var c in folded)
        {
            node.Next ??= [];
            if (!node.Next.TryGetValue(c, out var next))
            {
                next = new Node();
                node.Next[c] = next;
            }

            node = next;
        }

        node.Ends ??= [];
        var same = node.Ends.FindIndex(e => EqualityComparer<T>.Default.Equals(e.Value, value) && e.ClauseStart == clauseStart && e.ClosedRight == closedRight && e.Original == (caseSensitive ? original : null));
        if (same >= 0)
        {
            // The same words listed again written onto a word ("ले बनाएको" and "*ले बनाएको"): the entry matches both ways.
            node.Ends[same] = node.Ends[same] with { OpenLeft = node.Ends[same].OpenLeft || openLeft, OpenRight = node.Ends[same].OpenRight || openRight };
        }
        else
        {
            // A phrase ending in a vowel sign ends on its letter's script ("मी" is a word, not the start of "मीरा").
            var last = folded.Length - 1;
            while (last > 0 && IsVowelSign(folded[last]))
            {
                last--;
            }

            node.Ends.Add(new Entry(value, caseSensitive ? original : null, clauseStart, openLeft, openRight, FoldedText.ScriptOf(folded[0]), FoldedText.ScriptOf(folded[last])) { ClosedRight = closedRight, Declines = declines });
            Count++;
        }
    }

    public List<PhraseHit<T>> FindAll(FoldedText text, ReplyLayout layout)
    {
        var hits = new List<PhraseHit<T>>();
        var found = new List<(int End, Entry Entry)>();
        var inner = new List<(int End, Entry Entry)>();
        for (var i = 0; i < text.Length;)
        {
            found.Clear();
            Walk(text, layout, i, found);
            if (found.Count == 0)
            {
                i++;
                continue;
            }

            // Loops, not LINQ: this runs at every hit of every reply.
            var end = 0;
            foreach (var f in found)
            {
                end = Math.Max(end, f.End);
            }

            // "και |το όνομά μου είναι| Claude" (and my name is Claude): where a longer phrase starts on a later word of this one
            // and reaches further, and a shorter phrase of these words reads the same ("και"), the shorter and the longer are the
            // reading. Otherwise the first stands ("Jeg er udviklet af" is "Jeg er", "Δεν είμαι το" is "Δεν είμαι").
            var further = ReachesFurther(text, layout, i, end, inner);
            if (further > 0)
            {
                var shorter = 0;
                foreach (var f in found)
                {
                    shorter = f.End < further && SameReading(found, f, end) ? Math.Max(shorter, f.End) : shorter;
                }

                end = shorter > 0 ? shorter : end;
                further = shorter > 0 ? further : 0;
            }

            // An entry for a clause's start is the more specific reading of the same words: Hinglish "^mai" (I) opening
            // "Mai Gemini hu", not Italian "mai" (never).
            var opening = false;
            foreach (var f in found)
            {
                opening |= f.End == end && f.Entry.ClauseStart;
            }

            foreach (var (e, entry) in found)
            {
                if (e == end && (entry.ClauseStart || !opening))
                {
                    hits.Add(new PhraseHit<T>(i, end, entry.Value));
                }
            }

            i = further > 0 ? further : end;
        }

        return hits;
    }

    /// <summary>Where a phrase of more words than the hit [start, end) starts on a later word of it and ends past it; 0 when none does.</summary>
    private int ReachesFurther(FoldedText text, ReplyLayout layout, int start, int end, List<(int End, Entry Entry)> inner)
    {
        var words = Spaces(text, start, end);
        for (var s = start + 1; s < end; s++)
        {
            if (text[s - 1] != ' ' || text[s] == ' ')
            {
                continue;
            }

            inner.Clear();
            Walk(text, layout, s, inner);
            foreach (var f in inner)
            {
                if (f.End > end && Spaces(text, s, f.End) > words)
                {
                    return s;
                }
            }
        }

        return 0;
    }

    private static int Spaces(FoldedText text, int start, int end) => text.Folded.AsSpan(start, end - start).Count(' ');

    /// <summary>Whether a shorter phrase found stands for what the longest one found, ending at <paramref name="end"/>, stands for.</summary>
    private static bool SameReading(List<(int End, Entry Entry)> found, (int End, Entry Entry) shorter, int end)
    {
        foreach (var f in found)
        {
            if (f.End == end && EqualityComparer<T>.Default.Equals(f.Entry.Value, shorter.Entry.Value))
            {
                return true;
            }
        }

        return false;
    }

    private void Walk(FoldedText text, ReplyLayout layout, int start, List<(int End, Entry Entry)> found)
    {
        var node = root;
        var j = start;
        // A phrase ends after a letter of its own, not after a space or mark skipped inside it ("developed by| |王小明").
        var skipped = false;
        while (true)
        {
            if (node.Ends is not null && !skipped)
            {
                foreach (var entry in node.Ends)
                {
                    var end = Accepts(text, layout, start, j, entry);
                    if (end > 0)
                    {
                        found.Add((end, entry));
                    }
                }
            }

            if (j >= text.Length || node.Next is null)
            {
                return;
            }

            skipped = true;
            if (node.Next.TryGetValue(text[j], out var next))
            {
                node = next;
                j++;
                skipped = false;
            }
            else if (LooseSpelling && j > start && IsSeparator(text[j]) && j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1])
                && char.IsLetterOrDigit(text[j - 1]) && node.Next.ContainsKey(text[j + 1]))
            {
                j++;
            }
            else if (j > start && text[j] == ' ' && node.Next.Count > 0 && SpaceMayBeSkipped(text, j))
            {
                // "智谱 AI" for 智谱AI: writers put spaces between Han and Latin at will.
                j++;
            }
            else if (j > start && text[j] is '*' or '_' && node.Next.Count > 0)
            {
                // Markdown inside a phrase: "**Name**: Claude".
                j++;
            }
            else if (j > start && IsArabicVowelMark(text[j]))
            {
                // Arabic script writes its short vowels and shadda at will ("طوّرته" for "طورته"); entries leave them out.
                j++;
            }
            else
            {
                return;
            }
        }
    }

    /// <returns>Where the phrase ends when it may match [start, end); 0 when it may not.</returns>
    private int Accepts(FoldedText text, ReplyLayout layout, int start, int end, Entry entry)
    {
        if (!entry.OpenLeft && start > 0 && entry.First is Script.Spaced or Script.Hangul && FoldedText.ScriptOf(text[LetterBefore(text, start)]) == entry.First
            && FoldedText.SameAlphabet(text[LetterBefore(text, start)], text[start]))
        {
            return 0;
        }

        // Ukrainian and Belarusian write an apostrophe inside a word: the "я" of "ім'я" (name) is no "я" (I).
        if (!entry.OpenLeft && start > 1 && text[start - 1] == '\'' && FoldedText.IsCyrillic(text[start - 2]) && FoldedText.IsCyrillic(text[start]))
        {
            return 0;
        }

        var written = text.Original.AsSpan(start, end - start);
        // A separator skipped before a short lower-case tail joins a word on, not a name's parts: "Anthropic in" is not the
        // Finnish "Anthropicin", while "Open AI", "open ai" and "chat gpt" are names ("ai" ends many of them).
        if (LooseSpelling && written.LastIndexOfAny(' ', '-') is var gap and > 0 && written.Length - gap - 1 <= 2
            && written[(gap + 1)..].ToString() is var tail && tail.All(char.IsLower) && tail != "ai")
        {
            return 0;
        }

        if (entry.Original is not null && !(LooseSpelling ? Joined(Shown(written)) : Shown(written)).Equals(entry.Original, StringComparison.Ordinal))
        {
            return 0;
        }

        if (entry.ClauseStart && !layout.StartsClause(text, start))
        {
            return 0;
        }

        if (entry.ClosedRight && ClauseGoesOn(text, end))
        {
            return 0;
        }

        // A Korean particle of one syllable ("도", "는") follows a word; it does not begin one ("도우미" is a word).
        if (!entry.OpenRight && entry.Last is Script.Hangul && end - start == 1 && end < text.Length && FoldedText.ScriptOf(text[end]) == Script.Hangul)
        {
            return 0;
        }

        // A number goes on with its digits: "o1" does not end inside "o 12 %", nor "GPT-4" inside "GPT-45".
        if (!entry.OpenRight && end < text.Length && char.IsDigit(text[end - 1]) && char.IsDigit(text[end]))
        {
            return 0;
        }

        if (entry.OpenRight || entry.Last is not Script.Spaced || end >= text.Length)
        {
            return end;
        }

        // A case ending is the rest of the word, and one the language lists: "Клаудия" is a name of its own, not "Клауд".
        if (Declines && FoldedText.IsCyrillic(text[end - 1]))
        {
            var ending = 0;
            while (end + ending < text.Length && FoldedText.IsCyrillic(text[end + ending]))
            {
                ending++;
            }

            end += ending > 0 && CyrillicEndings.Contains(text.Folded[end..(end + ending)]) ? ending : 0;
            if (end >= text.Length)
            {
                return end;
            }
        }

        // Persian writes "I am" onto the name: "من کلودم", "رستم دستانم", after a joiner "کلود‌ام"; the name ends before it.
        if (Declines && IsArabicLetter(text[end - 1]) && FoldedText.PersianCopula(text, end) is var copula and > 0
            && (end + copula >= text.Length || !char.IsLetter(text[end + copula])))
        {
            return end;
        }

        // Indic scripts write case endings onto the name, the ending being the rest of the word ("एंथ्रोपिकने", "অ্যানথ্রপিকের").
        if (Declines && GluedEnding(text, end) is var glued and > 0)
        {
            return end + glued;
        }

        // An Arabic vowel mark after the phrase's last letter is that letter's ("طورتهُ").
        while (end < text.Length && IsArabicVowelMark(text[end]))
        {
            end++;
        }

        if (end >= text.Length)
        {
            return end;
        }

        // A vowel sign goes on with its word: "न" (not) does not end before the "ो" of "नोवा".
        if (IsVowelSign(text[end]))
        {
            return 0;
        }

        if (char.IsLetter(text[end]) && FoldedText.ScriptOf(text[end]) == Script.Spaced && FoldedText.SameAlphabet(text[end - 1], text[end]))
        {
            return entry.Declines && LatinEnding(text, start, end) is var ending and > 0 ? end + ending : 0;
        }

        return end;
    }

    /// <summary>The length of one of <see cref="GluedEndings"/> that is the rest of the word here, in the alphabet of the letter before; else 0.</summary>
    private int GluedEnding(FoldedText text, int at)
    {
        if (GluedEndings.Count == 0 || char.IsAscii(text[at - 1]))
        {
            return 0;
        }

        var end = at;
        while (end < text.Length && (((char.IsLetter(text[end]) || IsVowelSign(text[end])) && FoldedText.SameAlphabet(text[at - 1], text[end])) || text[end] == '\u200c'))
        {
            end++;
        }

        return end > at && GluedEndings.Contains(text.Folded[at..end]) ? end - at : 0;
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A' or >= '\u066E' and <= '\u06D3';


    /// <summary>
    /// The length of a case ending (<see cref="LatinEndings"/>) that a declining Latin name of six letters or more takes here ("Anthropica",
    /// "Anthropicu", "Anthropicnak"), the ending being the rest of the word; else 0.
    /// </summary>
    private int LatinEnding(FoldedText text, int start, int end)
    {
        // Only a name written in one piece: "bin Gai|a" is no "Bing AI" with an ending.
        if (LatinEndings.Count == 0 || end - start < 6 || !char.IsAsciiLetter(text[end - 1]) || text.Folded.AsSpan(start, end - start).ContainsAnyExcept(Letters))
        {
            return 0;
        }

        var ending = end;
        while (ending < text.Length && char.IsLetter(text[ending]) && FoldedText.SameAlphabet(text[end - 1], text[ending]))
        {
            ending++;
        }

        return LatinEndings.Contains(text.Folded[end..ending]) ? ending - end : 0;
    }

    /// <summary>
    /// Whether the clause goes on after this offset: past spaces, anything but the text's end, a line break, a full stop, an
    /// exclamation or question mark, or a greeting's emoji. A comma may go on ("Cliquez ici, puis …"): data lists it where it may not.
    /// </summary>
    private static bool ClauseGoesOn(FoldedText text, int end)
    {
        var at = end;
        while (at < text.Length && (text[at] == ' ' || text[at] is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF'))
        {
            at++;
        }

        return at < text.Length && text[at] is not ('\n' or '.' or '!' or '?' or '。' or '！' or '？') && !GreetingEmoji(text.Original, at)
            && !Emoticon(text.Original, at) && !EmojiEndingLine(text, at) && !ChatTilde(text, at);
    }

    /// <summary>The text as written, for case-sensitive names; in full-width letters the same name ("我是Ｙｉ").</summary>
    private static string Shown(ReadOnlySpan<char> written) =>
        written.IndexOfAnyInRange('\uFF01', '\uFF5E') >= 0 ? written.ToString().Normalize(System.Text.NormalizationForm.FormKC) : written.ToString();

    /// <summary>A wave dash that draws out a chat line's last word ("Kak Rina di sini~"), not one before a number ("~5 min").</summary>
    private static bool ChatTilde(FoldedText text, int at) =>
        text[at] is '~' or '～' or '〜' && (at + 1 == text.Length || !char.IsLetterOrDigit(text[at + 1]));

    /// <summary>Emoji that end the line ("Finn hier 🌊", "כאן איתי 🏜️"): the line's clause ends with them, as with a stop.</summary>
    private static bool EmojiEndingLine(FoldedText text, int at)
    {
        var emoji = false;
        while (at < text.Length && (FoldedText.IsEmoji(text[at]) || text[at] == ' '))
        {
            emoji |= FoldedText.IsEmoji(text[at]);
            at++;
        }

        return emoji && (at == text.Length || text[at] is '\n' or '\r');
    }

    /// <summary>A smiley in letters that closes a greeting: ":)", ":-)", ";)", ":D", "^_^", "^^".</summary>
    private static bool Emoticon(string text, int at) =>
        text.AsSpan(at) is var rest && (rest.StartsWith(":)") || rest.StartsWith(":-)") || rest.StartsWith(";)") || rest.StartsWith(":D") || rest.StartsWith("^_^") || rest.StartsWith("^^"));

    /// <summary>
    /// Faces, a waving hand, a robot, sparkles, a flag, an animal, a person: emoji that close a greeting ("Nova here 👋"). Not a pointing hand, an arrow or
    /// a picture, which show where something is ("Checkout here 🛒", "Llama here 👉 …").
    /// </summary>
    private static bool GreetingEmoji(string text, int at)
    {
        if (!char.IsSurrogatePair(text, at) && !(text[at] is '\u263A' or '\u2728'))
        {
            return false;
        }

        var rune = char.ConvertToUtf32(text, at);
        // A flag greets from where the bot serves ("BgGPT тук 🇧🇬").
        // An animal or a person is a mascot's or a persona's ("deepseek here 🐋", "Mak Cik Kiah ni 👵").
        return rune is (>= 0x1F600 and <= 0x1F64F) or (>= 0x1F910 and <= 0x1F92F) or (>= 0x1F970 and <= 0x1F97A) or (>= 0x1F1E6 and <= 0x1F1FF) or 0x1F44B or 0x1F916 or 0x263A or 0x2728
            or (>= 0x1F400 and <= 0x1F43E) or (>= 0x1F980 and <= 0x1F9AE) or (>= 0x1F466 and <= 0x1F487) or (>= 0x1F9D1 and <= 0x1F9DD);
    }

    /// <summary>
    /// The letter a word before <paramref name="start"/> ends on, past its vowel signs: "न" (not) does not begin after the "े" of
    /// "भारतजेन".
    /// </summary>
    private static int LetterBefore(FoldedText text, int start)
    {
        var at = start - 1;
        while (at > 0 && IsVowelSign(text[at]))
        {
            at--;
        }

        return at;
    }

    /// <summary>Arabic harakat, shadda, sukun and the superscript alef (U+064B–U+065F, U+0670).</summary>
    private static bool IsArabicVowelMark(char c) => c is (>= '\u064B' and <= '\u065F') or '\u0670';

    private static bool IsVowelSign(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Characters that may split a name: spaces, hyphens, dots, and the invisible ones (soft hyphen, zero-width space and joiners).</summary>
    private static bool IsSeparator(char c) => c is ' ' or '-' or '_' or '.' or '\u00B7' or '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private static string Joined(string phrase)
    {
        if (phrase.Length < 2 || !phrase.AsSpan(1).ContainsAny(" -_.\u00B7"))
        {
            return phrase;
        }

        return phrase[0] + new string(phrase.AsSpan(1).ToArray().Where(c => !IsSeparator(c)).ToArray());
    }

    private static bool SpaceMayBeSkipped(FoldedText text, int j) =>
        FoldedText.ScriptOf(text[j - 1]) == Script.Unspaced || (j + 1 < text.Length && FoldedText.ScriptOf(text[j + 1]) == Script.Unspaced);

    private sealed class Node
    {
        public Dictionary<char, Node>? Next;
        public List<Entry>? Ends;
    }

    private sealed record Entry(T Value, string? Original, bool ClauseStart, bool OpenLeft, bool OpenRight, Script First, Script Last)
    {
        public bool ClosedRight { get; init; }

        public bool Declines { get; init; }
    }
}
