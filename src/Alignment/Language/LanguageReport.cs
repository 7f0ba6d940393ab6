namespace Alignment.Language;

/// <summary>
/// What a reply is written in: the main language, each language's share of its letters (weighted to
/// English-letter equivalents, after masking non-prose), whether it mixes, and the language of each segment.
/// "zh" is Chinese whose standard (Simplified or Traditional) the text does not tell; "msa" is Malay or Indonesian
/// whose variety its words do not tell.
/// </summary>
public sealed record LanguageReport(string? Primary, IReadOnlyDictionary<string, double> Shares, bool Mixed, int Letters)
{
    /// <summary>Sentence-and-script segments with their language, in reply order (the line-level view).</summary>
    public IReadOnlyList<LanguageSegment> Segments { get; init; } = [];

    /// <summary>
    /// The words that told a macrolanguage's variety (Malay "kerana", Indonesian "karena"; Data/varieties), when one was
    /// told; empty when none was, and the report names the macrolanguage (msa: Malay or Indonesian, either satisfies).
    /// </summary>
    public IReadOnlyList<string> VarietyWords { get; init; } = [];

    /// <summary>The foreign share above which the detector that made this report calls it mixed.</summary>
    public double MixedThreshold { get; init; } = LanguageDetector.DefaultMixedThreshold;
}

/// <summary>One sentence's letters of one script family, the language they were given, and how many words they make.</summary>
public sealed record LanguageSegment(int Start, int Length, string Language, int Letters, int Words)
{
    /// <summary>Short runs inside a sentence of another script (terms, commands, loanwords): not counted in the shares.</summary>
    public bool Embedded { get; init; }
}
