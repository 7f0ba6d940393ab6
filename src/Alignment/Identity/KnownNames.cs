namespace Alignment.Identity;

/// <summary>
/// Finds the catalog's family and maker names in a reply (cases/identities.yaml), in any script, however a name is split
/// or joined ("Chat GPT", "Chat-GPT", "ＣｈａｔＧＰＴ"), with the version that follows it ("Claude 3.5 Sonnet", "Qwen2.5-72B").
/// </summary>
internal sealed class KnownNames
{
    private readonly PhraseMatcher<Entry> names;
    private readonly PhraseMatcher<string> claimOnlyInLowerCase = new();
    private readonly ClaimGrammar grammar;

    public KnownNames(IdentityCatalog catalog, ClaimGrammar grammar)
    {
        this.grammar = grammar;
        names = new() { Declines = true, LooseSpelling = true, LatinEndings = grammar.NameEndings, CyrillicEndings = grammar.CyrillicNameEndings, GluedEndings = grammar.GluedNameEndings };
        foreach (var family in catalog.Families)
        {
            foreach (var name in family.Names)
            {
                names.Add(name, new Entry(family.Id, null, ClaimOnly: false));
            }

            foreach (var name in family.ClaimOnlyNames)
            {
                names.Add(name, new Entry(family.Id, null, ClaimOnly: true), caseSensitive: true);
                claimOnlyInLowerCase.Add(name, family.Id);
            }

            // The longest name wins, so "GPT-SW3" is found as itself, then dropped: a name no reader of the catalog claims.
            foreach (var name in family.NotNames)
            {
                names.Add(name, new Entry(null, null, ClaimOnly: false));
            }
        }

        foreach (var maker in catalog.Makers)
        {
            foreach (var name in maker.Names)
            {
                // A maker's name declines ("od strane Anthropica"); a family's does not, so that "Mistrale" stays a persona of its own.
                names.Add(name, new Entry(null, maker.Id, ClaimOnly: false), declines: true);
            }
        }
    }

    public List<NameOccurrence> Find(FoldedText text, ReplyLayout layout)
    {
        var found = new List<NameOccurrence>();
        foreach (var hit in names.FindAll(text, layout))
        {
            var last = found.Count > 0 ? found[^1] : null;
            if (last is not null && last.Start == hit.Start)
            {
                // The same words name a family and a maker.
                last.Family ??= hit.Value.Family;
                last.Maker ??= hit.Value.Maker;
                last.ClaimOnly &= hit.Value.ClaimOnly;
                continue;
            }

            found.Add(new NameOccurrence(hit.Start, hit.End, hit.Value.Family, hit.Value.Maker, hit.Value.ClaimOnly));
        }

        found.RemoveAll(o => o.Family is null && o.Maker is null);

        foreach (var o in found.Where(o => o.Family is not null))
        {
            var tail = grammar.VersionTail.Match(text.Folded, o.End);
            if (tail.Success && tail.Index == o.End)
            {
                o.End += tail.Length;
                o.EvidenceEnd = o.End;
            }
        }

        // "Sonnet" in "Claude 3.5 Sonnet" is part of the version, not a second name (names come in order of their start).
        var kept = new List<NameOccurrence>(found.Count);
        var reach = -1;
        foreach (var o in found)
        {
            if (o.Start >= reach)
            {
                kept.Add(o);
            }

            reach = Math.Max(reach, o.End);
        }

        return kept;
    }

    /// <summary>
    /// A name that is also an ordinary word, written in lower case right after the speaker's own form ("i'm sydney", "je suis
    /// le chat", "я помощник алиса" has a word between and stays unread): where even the form is in lower case, the case that
    /// tells the name from the word is gone, and the slot, closed after the name, says which it is.
    /// </summary>
    public void AddClaimOnlyInSelfSlots(ReplyContext reply, List<NameOccurrence> found)
    {
        var text = reply.Text;
        if (!reply.Marks.Any(m => m.Value == MarkKind.Self && char.IsLower(text.Original[m.Start])))
        {
            return;
        }

        var starts = found.Select(o => o.Start).ToArray();
        var added = 0;
        foreach (var hit in claimOnlyInLowerCase.FindAll(text, reply.Layout))
        {
            var self = reply.MarkBefore(hit.Start);
            if (char.IsLower(text.Original[hit.Start]) && self.Value == MarkKind.Self && self.End > 0 && char.IsLower(text.Original[self.Start])
                && text.Original.AsSpan(self.End, hit.Start - self.End).IsWhiteSpace() && EndsTheClause(text, hit.End) && !Overlaps(found, starts, hit.Start, hit.End))
            {
                found.Add(new NameOccurrence(hit.Start, hit.End, hit.Value, null, claimOnly: true));
                added++;
            }
        }

        if (added > 0)
        {
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>Whether a span overlaps one of the names found first, sorted by start (<paramref name="starts"/>).</summary>
    private static bool Overlaps(List<NameOccurrence> found, int[] starts, int start, int end)
    {
        var i = Array.BinarySearch(starts, start);
        i = i < 0 ? ~i : i;
        return (i < starts.Length && found[i].Start < end) || (i > 0 && found[i - 1].End > start);
    }

    /// <summary>Nothing but punctuation, a line's end or an emoji after the name: "i'm sydney 🙂", not "i'm alice btw, from the book club".</summary>
    private static bool EndsTheClause(FoldedText text, int end)
    {
        while (end < text.Length && text[end] == ' ')
        {
            end++;
        }

        return end == text.Length || !char.IsLetterOrDigit(text[end]);
    }

    private sealed record Entry(string? Family, string? Maker, bool ClaimOnly);
}
