namespace Alignment.Identity;

/// <summary>
/// Words that take a claim back ("correction:", "訂正させてください", "sebenarnya": kind <c>correction</c>): what follows them,
/// to the end of the next sentence, is read as a reply of its own, and <see cref="Beyond"/> says what it names beyond the
/// claim it takes back. Names in quotes inside a claim's evidence are read here too.
/// </summary>
internal static class Corrections
{
    /// <summary>The end of the first words after the claim that take it back ("correction:", "訂正させてください"), if any.</summary>
    public static int? End(ReplyContext reply, IdentityReading reading)
    {
        var claimed = reading.Claims.Min(c => c.Start);
        return reply.Grammar.Corrections.FindAll(reply.Text, reply.Layout).FirstOrDefault(m => m.Start > claimed) is { End: > 0 } words ? words.End : null;
    }

    /// <summary>Where the sentence after the one at an offset ends.</summary>
    public static int NextSentenceEnd(ReplyContext reply, int at)
    {
        var length = reply.Text.Length;
        var sentence = reply.Layout.Sentence(Math.Min(at, length));
        while (at < length && reply.Layout.Sentence(at) <= sentence + 1)
        {
            at++;
        }

        return at;
    }

    /// <summary>What a correction's reading says of the speaker beyond the claim it takes back.</summary>
    /// <param name="tail">The correction's words as written, quotations included.</param>
    public static IReadOnlyList<string> Beyond(IdentityCatalog catalog, IdentityReading claim, IdentityReading correction, string tail)
    {
        var families = claim.ClaimedFamilies;
        // The claim again, or its maker ("Antes dije que me había hecho OpenAI, pero me equivoqué: me hizo xAI").
        bool Claimed(string name) => families.Contains(name) || name == claim.Maker || families.Any(f => catalog.Family(f)?.Makers.Contains(name) == true);
        return correction.ClaimedFamilies.Concat(correction.Maker is { } maker ? [maker] : [])
            .Concat(correction.Hedged).Concat(correction.Doubted).Concat(correction.Beside).Concat(correction.Unclear.Except(correction.Aside)).Concat(correction.OtherMakers)
            .Where(n => !Claimed(n))
            .Select(IdentityClassifier.Name)
            .Concat(correction.UnplacedMakers.Concat(correction.Unplaced).Select(w => $"«{w}»"))
            // "Correção: sou na verdade o \"Assistente Zé\", baseado no Kimi": the claim again, under a name in quotes.
            .Concat(QuotedInClaims(catalog, correction.Claims, families))
            .Concat(OpeningQuotedName(catalog, families, tail))
            .Concat(correction.Corrected)
            .Distinct()
            .ToList();
    }

    /// <summary>
    /// "Ich bin Copilot – genauer gesagt „SAPi“, der interne Firmen-Assistent": a name in quotes that the correction opens with,
    /// other than the claimed families' own.
    /// </summary>
    private static IEnumerable<string> OpeningQuotedName(IdentityCatalog catalog, IReadOnlyCollection<string> families, string tail)
    {
        var opened = tail.TrimStart(' ', ':', '：', ',', '，', '—', '–', '-', '*');
        return opened is [var first, ..] && "\"“„«「『".Contains(first) && QuotedNames(opened).FirstOrDefault() is { } quoted
            && !families.Any(f => catalog.Family(f)?.Names.Append(f).Any(n => quoted.Contains(n, StringComparison.OrdinalIgnoreCase)) == true)
            ? [$"«{quoted}»"]
            : [];
    }

    /// <summary>
    /// Names in quotation marks inside the evidence of claims, other than the claimed families' own names: a persona the claim
    /// reached past ("اسمي «مساعد نور»، وأنا مبني على Qwen", "sou na verdade o \"Assistente Zé\", baseado no Kimi").
    /// </summary>
    public static IEnumerable<string> QuotedInClaims(IdentityCatalog catalog, IEnumerable<IdentityClaim> claims, IReadOnlyCollection<string> families) => claims
        .SelectMany(c => QuotedNames(c.Evidence))
        .Where(q => !families.Any(f => q.Contains(f, StringComparison.OrdinalIgnoreCase)
            || catalog.Family(f)?.Names.Any(n => q.Contains(n, StringComparison.OrdinalIgnoreCase)) == true))
        .Select(q => $"«{q}»")
        .Distinct();

    /// <summary>What stands in quotation marks in a claim's evidence (ผมคือ "น้องไทย" แชทบอทที่สร้างบน Llama 3).</summary>
    private static IEnumerable<string> QuotedNames(string evidence)
    {
        const string opening = "\"“„«「『'‘";
        const string closing = "\"”“»」』'’";
        // An apostrophe inside a word ("I'm", "Meta's") opens or closes nothing; brackets and guillemets stand against words
        // ("「さくら」です").
        bool Apostrophe(char c) => c is '\'' or '‘' or '’';
        bool Opens(int i) => opening.Contains(evidence[i]) && (!Apostrophe(evidence[i]) || i == 0 || !char.IsLetterOrDigit(evidence[i - 1]));
        bool Closes(int i) => closing.Contains(evidence[i]) && (!Apostrophe(evidence[i]) || i + 1 == evidence.Length || !char.IsLetterOrDigit(evidence[i + 1]));
        for (var open = 0; open < evidence.Length; open++)
        {
            if (!Opens(open))
            {
                continue;
            }

            var close = open + 1;
            while (close < evidence.Length && !Closes(close))
            {
                close++;
            }

            if (close >= evidence.Length)
            {
                yield break;
            }

            if (evidence[(open + 1)..close].Trim() is { Length: > 0 } quoted && quoted.Any(char.IsLetter))
            {
                yield return quoted;
            }

            open = close;
        }
    }
}
