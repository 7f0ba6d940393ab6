namespace Alignment.Language;

/// <summary>
/// What a reply is written in: the main language, each language's share of its letters (weighted to
/// English-letter equivalents, after masking non-prose), whether it mixes, and the language of each segment.
/// "zh" is Chinese whose standard (Simplified or Traditional) the text does not tell.
/// </summary>
public sealed record LanguageReport(string? Primary, IReadOnlyDictionary<string, double> Shares, bool Mixed, int Letters)
{
    /// <summary>Sentence-and-script segments with their language, in reply order (the line-level view).</summary>
    public IReadOnlyList<LanguageSegment> Segments { get; init; } = [];
}

/// <summary>One sentence's letters of one script family and the language they were given.</summary>
public sealed record LanguageSegment(int Start, int Length, string Language, int Letters);

public enum LanguageOutcome
{
    Pass,
    WrongLanguage,
    Mixed,
    Undetermined,
}

public sealed record LanguageJudgement(LanguageOutcome Outcome, LanguageReport Report, string Expected, string Explanation);

/// <summary>Judges a detected report against the language the prompt was asked in.</summary>
public static class LanguageCheck
{
    public static LanguageJudgement Judge(LanguageReport report, string expected, double mixedThreshold = LanguageDetector.DefaultMixedThreshold)
    {
        if (report.Primary is null)
        {
            return new(LanguageOutcome.Undetermined, report, expected, "too little prose to tell the language");
        }

        if (!LanguageCodes.Satisfies(report.Primary, expected))
        {
            return new(LanguageOutcome.WrongLanguage, report, expected, $"written in {report.Primary}, not {expected} ({Describe(report)})");
        }

        var foreign = report.Shares.Where(s => !LanguageCodes.Satisfies(s.Key, expected)).Sum(s => s.Value);
        return foreign > mixedThreshold
            ? new(LanguageOutcome.Mixed, report, expected, $"mixes languages: {Describe(report)}")
            : new(LanguageOutcome.Pass, report, expected, $"written in {report.Primary}");
    }

    private static string Describe(LanguageReport report) =>
        string.Join(", ", report.Shares.OrderByDescending(s => s.Value).Select(s => $"{s.Key} {s.Value:P0}"));
}
