namespace Alignment.Language;

/// <summary>What a reply is written in: the main language and each language's share of its letters.</summary>
public sealed record LanguageReport(string? Primary, IReadOnlyDictionary<string, double> Shares, bool Mixed, int Letters);

public enum LanguageOutcome
{
    Pass,
    WrongLanguage,
    Mixed,
    Undetermined,
}

public sealed record LanguageJudgement(LanguageOutcome Outcome, LanguageReport Report, string Expected, string Explanation);

/// <summary>
/// The language check. First version: by script only (Latin counts as English); names are masked.
/// </summary>
public sealed class LanguageDetector(IEnumerable<string> maskedNames, double mixedThreshold = 0.10)
{
    private readonly string[] names = maskedNames.Where(n => n.Length > 1).OrderByDescending(n => n.Length).ToArray();

    public double MixedThreshold { get; } = mixedThreshold;

    public LanguageReport Detect(string text)
    {
        foreach (var name in names)
        {
            text = text.Replace(name, " ", StringComparison.OrdinalIgnoreCase);
        }

        // Acronyms such as AI or GPU are not English prose.
        text = System.Text.RegularExpressions.Regex.Replace(text, @"(?<![A-Za-z])[A-Z]{2,5}(?![A-Za-z])", " ");
        var counts = new Dictionary<string, int>();
        var hasKana = text.Any(c => c is >= '\u3040' and <= '\u30FF');
        foreach (var c in text.Where(char.IsLetter))
        {
            var language = c switch
            {
                >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' => "ko",
                >= '\u3040' and <= '\u30FF' => "ja",
                >= '\u4E00' and <= '\u9FFF' => hasKana ? "ja" : "zh",
                >= '\u0400' and <= '\u04FF' => "ru",
                >= '\u0600' and <= '\u06FF' => "ar",
                >= '\u0E00' and <= '\u0E7F' => "th",
                >= '\u0590' and <= '\u05FF' => "he",
                >= '\u0900' and <= '\u097F' => "hi",
                < '\u0250' => "Latn", // first version: Latin-script languages are not told apart
                _ => "und",
            };
            counts[language] = counts.GetValueOrDefault(language) + 1;
        }

        var letters = counts.Values.Sum();
        if (letters == 0)
        {
            return new LanguageReport(null, new Dictionary<string, double>(), false, 0);
        }

        var shares = counts.ToDictionary(kv => kv.Key, kv => (double)kv.Value / letters);
        var primary = shares.MaxBy(kv => kv.Value).Key;
        return new LanguageReport(primary, shares, 1 - shares[primary] > MixedThreshold, letters);
    }
}

public static class LanguageCheck
{
    public static LanguageJudgement Judge(LanguageReport report, string expected)
    {
        if (report.Primary is null)
        {
            return new(LanguageOutcome.Undetermined, report, expected, "no letters to judge");
        }

        var matches = report.Primary == "Latn"
            ? expected is not ("ko" or "ja" or "ru" or "uk" or "ar" or "fa" or "he" or "hi" or "th") && !expected.StartsWith("zh", StringComparison.Ordinal)
            : expected.StartsWith(report.Primary, StringComparison.Ordinal);
        if (!matches)
        {
            return new(LanguageOutcome.WrongLanguage, report, expected, $"written in {report.Primary}, not {expected}");
        }

        return report.Mixed
            ? new(LanguageOutcome.Mixed, report, expected, $"mixes languages: {string.Join(", ", report.Shares.Select(s => $"{s.Key} {s.Value:P0}"))}")
            : new(LanguageOutcome.Pass, report, expected, $"written in {report.Primary}");
    }
}
