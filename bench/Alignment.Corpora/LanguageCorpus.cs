using System.Text.Json;
using Alignment.Language;

namespace Alignment.Corpora;

/// <summary>One labelled row of corpus/language/*.jsonl: the text, its language and whether it mixes another in.</summary>
public sealed record LanguageCorpusRow(string Id, string Lang, string? Other, bool Mixed, string Text, string Source);

/// <summary>The committed evaluation corpus (built by tools/language/build-corpus.mjs) and the check's scores on it.</summary>
public static class LanguageCorpus
{
    public const string Sentences = "sentences";
    public const string Replies = "replies";
    public const string Paragraphs = "paragraphs";
    public const string MixedRows = "mixed";

    /// <summary>Fortune cookies and translated documentation (tools/language/build-heldout.mjs): never tuned on.</summary>
    public const string HeldOut = "heldout";

    /// <summary>Malay and Indonesian sentences and paragraphs (tools/language/build-malay.mjs): never tuned on.</summary>
    public const string Malay = "malay";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static string Directory(string root) => Path.Combine(root, "corpus", "language");

    public static IReadOnlyList<LanguageCorpusRow> Load(string root, string name) =>
        LoadFile(Path.Combine(Directory(root), name + ".jsonl"));

    /// <summary>Any JSON Lines file whose rows carry id, lang and text (corpus/identity/replies.jsonl too).</summary>
    public static IReadOnlyList<LanguageCorpusRow> LoadFile(string path) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<LanguageCorpusRow>(l, Json)!)
            .ToList();

    /// <summary>
    /// The identity corpus's real replies in the languages the check knows: it holds replies in others too (Danish, Odia,
    /// Swedish), which no answer of the check could get right.
    /// </summary>
    public static IReadOnlyList<LanguageCorpusRow> LoadRealReplies(string root) =>
        LoadFile(Path.Combine(root, "corpus", "identity", "replies.jsonl")).Where(r => LanguageDetector.Knows(r.Lang)).ToList();

    /// <summary>
    /// Short replies made from longer rows: each one-language row's first <paramref name="words"/> words, for rows
    /// that have more (so scripts written without spaces drop out).
    /// </summary>
    public static IReadOnlyList<LanguageCorpusRow> FirstWords(IEnumerable<LanguageCorpusRow> rows, int words) =>
        rows.Where(r => !r.Mixed)
            .Select(r => (Row: r, Words: r.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(r => r.Words.Length > words)
            .Select(r => r.Row with { Id = $"{r.Row.Id}-first{words}", Text = string.Join(' ', r.Words.Take(words)) })
            .ToList();

    /// <summary>A row is right when its primary language satisfies the label (for Chinese, "zh" satisfies either standard).</summary>
    public static bool PrimaryRight(LanguageReport report, LanguageCorpusRow row) =>
        report.Primary is not null && LanguageCodes.Satisfies(report.Primary, row.Lang);

    /// <summary>Scores the detector on rows: accuracy per language, Chinese standard accuracy, mixing recall and false alarms.</summary>
    public static LanguageScore Score(LanguageDetector detector, IEnumerable<LanguageCorpusRow> rows)
    {
        var score = new LanguageScore();
        foreach (var row in rows)
        {
            var report = detector.Detect(row.Text);
            score.Add(row, report);
        }

        return score;
    }
}

/// <summary>Counts of a corpus run; every rate is right / all.</summary>
public sealed class LanguageScore
{
    public SortedDictionary<string, (int Right, int All)> PerLanguage { get; } = new(StringComparer.Ordinal);

    public (int Right, int All) Standard { get; private set; }

    public (int Flagged, int All) MixedRecall { get; private set; }

    public (int Flagged, int All) FalseAlarms { get; private set; }

    public List<(LanguageCorpusRow Row, LanguageReport Report)> Errors { get; } = [];

    public double Accuracy => Rate(PerLanguage.Values.Sum(v => v.Right), PerLanguage.Values.Sum(v => v.All));

    public static double Rate(int right, int all) => all == 0 ? 1 : (double)right / all;

    public void Add(LanguageCorpusRow row, LanguageReport report)
    {
        if (row.Mixed)
        {
            MixedRecall = (MixedRecall.Flagged + (report.Mixed ? 1 : 0), MixedRecall.All + 1);
            if (!report.Mixed)
            {
                Errors.Add((row, report));
            }

            return;
        }

        var right = LanguageCorpus.PrimaryRight(report, row);
        var (r, a) = PerLanguage.GetValueOrDefault(row.Lang);
        PerLanguage[row.Lang] = (r + (right ? 1 : 0), a + 1);
        FalseAlarms = (FalseAlarms.Flagged + (report.Mixed ? 1 : 0), FalseAlarms.All + 1);
        if (row.Lang.StartsWith(LanguageCodes.Chinese, StringComparison.Ordinal)
            && report.Primary is LanguageCodes.Simplified or LanguageCodes.Traditional or LanguageCodes.Chinese
            && Telling(row.Text))
        {
            Standard = (Standard.Right + (report.Primary == row.Lang ? 1 : 0), Standard.All + 1);
        }

        if (!right || report.Mixed)
        {
            Errors.Add((row, report));
        }
    }

    private static bool Telling(string text)
    {
        var (simplified, traditional) = HanStandards.Shared.Count(text);
        return simplified + traditional > 0;
    }
}
