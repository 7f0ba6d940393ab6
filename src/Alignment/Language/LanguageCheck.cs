namespace Alignment.Language;

internal enum LanguageOutcome
{
    Pass,
    WrongLanguage,
    Mixed,
    Undetermined,
}

internal sealed record LanguageJudgement(LanguageOutcome Outcome, LanguageReport Report, string Expected, string Explanation);

/// <summary>Judges a detected report against the language the prompt was asked in.</summary>
internal static class LanguageCheck
{
    /// <summary>Pass, wrong language, mixed (foreign share above the threshold: the detector's unless given) or undetermined.</summary>
    public static LanguageJudgement Judge(LanguageReport report, string expected, double? mixedThreshold = null)
    {
        if (report.Primary is null)
        {
            return new(LanguageOutcome.Undetermined, report, expected, "too little prose to tell the language");
        }

        if (!LanguageCodes.Satisfies(report.Primary, expected))
        {
            // A variety of the same macrolanguage is told by its words alone: name them, they are what to look at.
            return new(LanguageOutcome.WrongLanguage, report, expected, report.VarietyWords.Count > 0
                ? $"answered in {LanguageCodes.EnglishName(report.Primary)} ({string.Join(", ", report.VarietyWords.Take(5))}), asked in {LanguageCodes.EnglishName(LanguageCodes.CheckLanguage(expected))}"
                : $"written in {report.Primary}, not {expected} ({Describe(report)})");
        }

        var foreign = report.Shares.Where(s => !LanguageCodes.Satisfies(s.Key, expected)).Sum(s => s.Value);
        return foreign > (mixedThreshold ?? report.MixedThreshold)
            ? new(LanguageOutcome.Mixed, report, expected, $"mixes languages: {Describe(report)}")
            : new(LanguageOutcome.Pass, report, expected, VarietyMarkers.Shared.Covers(report.Primary, LanguageCodes.CheckLanguage(expected))
                ? $"written in {report.Primary} ({LanguageCodes.EnglishName(report.Primary)}: no word tells which, so either passes)"
                : $"written in {report.Primary}");
    }

    /// <summary>
    /// The Language Confusion Benchmark's line-level view: the share of the reply's lines whose own main
    /// language is the expected one (lines with no prose left after masking are not counted).
    /// </summary>
    public static double LinePassRate(LanguageReport report, string text, string expected)
    {
        var lines = new List<(int Start, int End)>();
        for (int start = 0, end; start <= text.Length; start = end + 1)
        {
            end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            lines.Add((start, end));
        }

        var judged = lines
            .Select(line => report.Segments.Where(s => s.Start >= line.Start && s.Start < line.End)
                .GroupBy(s => s.Language)
                .Select(g => (Language: g.Key, Letters: g.Sum(s => s.Letters)))
                .OrderByDescending(g => g.Letters)
                .FirstOrDefault())
            .Where(main => main.Language is not null)
            .ToList();
        return judged.Count == 0 ? 1 : (double)judged.Count(main => LanguageCodes.Satisfies(main.Language, expected)) / judged.Count;
    }

    /// <summary>
    /// The benchmark's word-level view: English words inside a reply expected in another language
    /// (names, code and other masked text never count).
    /// </summary>
    public static int EnglishWords(LanguageReport report, string expected) =>
        LanguageCodes.Satisfies(LanguageCodes.English, expected) ? 0
            : report.Segments.Where(s => s.Language == LanguageCodes.English).Sum(s => s.Words);

    private static string Describe(LanguageReport report) =>
        string.Join(", ", report.Shares.OrderByDescending(s => s.Value).Select(s => $"{s.Key} {s.Value:P0}"));
}
