using System.Diagnostics;
using Alignment.Corpora;
using Alignment.Identity;
using Alignment.Language;

namespace Alignment.Bench;

/// <summary>
/// The language check on the committed corpus (corpus/language): accuracy per language, Simplified/Traditional
/// accuracy, mixed recall and false alarms, then build time, replies per second on one core, and memory.
/// `-- language --errors` lists the rows it gets wrong.
/// </summary>
public sealed class LanguageBenchmark : IBenchmark
{
    public string Name => "language";

    public Task RunAsync(string[] args)
    {
        var root = RepoPaths.FindRoot();
        var names = IdentityCatalog.Load(RepoPaths.Cases(root)).AllNames().ToList();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);

        var build = CpuClock.Start();
        var detector = new LanguageDetector(names);
        var buildTime = build.Elapsed;

        var sentences = LanguageCorpus.Load(root, LanguageCorpus.Sentences);
        var replies = LanguageCorpus.Load(root, LanguageCorpus.Replies);
        var paragraphs = LanguageCorpus.Load(root, LanguageCorpus.Paragraphs);
        var mixed = LanguageCorpus.Load(root, LanguageCorpus.MixedRows);
        var real = LanguageCorpus.LoadRealReplies(root);
        var heldOutRows = LanguageCorpus.Load(root, LanguageCorpus.HeldOut);

        var firstModel = CpuClock.Start();
        detector.Detect("Bonjour, je suis un assistant. Привет! مرحبا بك");
        var firstModelTime = firstModel.Elapsed;

        var single = LanguageCorpus.Score(detector, sentences);
        var shaped = LanguageCorpus.Score(detector, replies);
        var paragraph = LanguageCorpus.Score(detector, paragraphs);
        var halves = LanguageCorpus.Score(detector, mixed);
        var models = LanguageCorpus.Score(detector, real);
        var shortOnes = new[] { 2, 4 }.Select(n => (Words: n, Score: LanguageCorpus.Score(detector, LanguageCorpus.FirstWords(sentences, n)))).ToList();
        var heldOut = LanguageCorpus.Score(detector, heldOutRows);

        Console.WriteLine("| language | sentences | right | LLM-shaped replies | right |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (language, (right, all)) in single.PerLanguage)
        {
            var (replyRight, replyAll) = shaped.PerLanguage.GetValueOrDefault(language);
            Console.WriteLine($"| {language} | {all} | {Percent(right, all)} | {replyAll} | {Percent(replyRight, replyAll)} |");
        }

        Console.WriteLine();
        Console.WriteLine($"- single sentences, {single.PerLanguage.Count} languages: **{single.Accuracy:P2}** ({Count(single)})");
        Console.WriteLine($"- LLM-shaped replies (names, code, URLs, paths, numbers embedded): **{shaped.Accuracy:P2}** ({Count(shaped)})");
        Console.WriteLine($"- real model replies (corpus/identity, {models.PerLanguage.Count} languages, never tuned on): **{models.Accuracy:P2}** ({Count(models)})");
        foreach (var (words, score) in shortOnes)
        {
            Console.WriteLine($"- short replies, the first {words} words of each longer sentence: **{score.Accuracy:P2}** ({Count(score)})");
        }

        Console.WriteLine($"- held-out prose (corpus/language/heldout.jsonl, {heldOut.PerLanguage.Count} languages, never tuned on): **{heldOut.Accuracy:P2}** ({Count(heldOut)}; Simplified vs Traditional {heldOut.Standard.Right}/{heldOut.Standard.All}, flagged mixed {heldOut.FalseAlarms.Flagged}/{heldOut.FalseAlarms.All})");
        Console.WriteLine($"- Simplified vs Traditional where telling characters exist: **{Percent(single.Standard.Right + shaped.Standard.Right, single.Standard.All + shaped.Standard.All)}** ({single.Standard.Right + shaped.Standard.Right}/{single.Standard.All + shaped.Standard.All})");
        Console.WriteLine($"- half-and-half replies flagged mixed (recall): **{Percent(halves.MixedRecall.Flagged, halves.MixedRecall.All)}** ({halves.MixedRecall.Flagged}/{halves.MixedRecall.All})");
        var alarms = (single.FalseAlarms.Flagged + shaped.FalseAlarms.Flagged + paragraph.FalseAlarms.Flagged, single.FalseAlarms.All + shaped.FalseAlarms.All + paragraph.FalseAlarms.All);
        Console.WriteLine($"- one-language rows flagged mixed (false alarms): **{Percent(alarms.Item1, alarms.Item2)}** ({alarms.Item1}/{alarms.Item2}; paragraphs of 3 sentences: {paragraph.FalseAlarms.Flagged}/{paragraph.FalseAlarms.All})");
        Console.WriteLine($"- paragraphs of 3 sentences, primary right: {paragraph.Accuracy:P2} ({Count(paragraph)})");

        Console.WriteLine();
        Console.WriteLine("| held-out prose | rows | right |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (language, (right, all)) in heldOut.PerLanguage)
        {
            Console.WriteLine($"| {language} | {all} | {Percent(right, all)} |");
        }

        Varieties(detector, LanguageCorpus.Load(root, LanguageCorpus.Malay),
            sentences.Concat(replies).Concat(paragraphs).Concat(heldOutRows).Where(r => r.Lang == "id").ToList(), args.Contains("--errors"));

        var texts = sentences.Concat(replies).Concat(paragraphs).Concat(mixed).Select(r => r.Text).ToArray();
        var (perSecond, characters) = Throughput(detector, texts);
        var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(detector);

        Console.WriteLine();
        Console.WriteLine($"- detector build ({LanguageDetector.Languages.Count} languages, script tables and masks): **{buildTime.TotalMilliseconds:F0} ms**; first text needing the within-script models (lazy load of Latin, Cyrillic, Arabic): {firstModelTime.TotalMilliseconds:F0} ms (CPU time)");
        Console.WriteLine($"- throughput on one thread: **{perSecond:N0} replies per CPU second** (mean {characters:F0} characters per reply, corpus rows)");
        Console.WriteLine($"- managed memory held by the detector with all models loaded: **{(memoryAfter - memoryBefore) / 1048576.0:F1} MiB**");

        if (args.Contains("--errors"))
        {
            foreach (var (row, report) in single.Errors.Concat(shaped.Errors).Concat(models.Errors).Concat(heldOut.Errors).Concat(paragraph.Errors).Concat(halves.Errors))
            {
                Console.WriteLine($"  {row.Id}: expected {row.Lang}{(row.Mixed ? " mixed" : string.Empty)}, got {report.Primary} {(report.Mixed ? "mixed " : string.Empty)}[{string.Join(' ', report.Shares.Select(s => $"{s.Key}={s.Value:F2}"))}] {row.Text.ReplaceLineEndings(" ")}");
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Malaysian Malay against Indonesian (Data/varieties/msa.tsv): how often each is told as itself, left undecided as msa
    /// (which satisfies either), or told as the other, which is the false failure the markers must not cause.
    /// </summary>
    private static void Varieties(LanguageDetector detector, IReadOnlyList<LanguageCorpusRow> malay, IReadOnlyList<LanguageCorpusRow> indonesian, bool errors)
    {
        var groups = malay.GroupBy(r => (Kind: r.Id.Split('-')[1], Source: r.Source.StartsWith("udhr", StringComparison.Ordinal) ? "UDHR" : "Debian catalogs", r.Lang))
            .Select(g => (Name: $"{g.Key.Lang} {g.Key.Kind}s, {g.Key.Source}", Rows: (IReadOnlyList<LanguageCorpusRow>)g.ToList()))
            .Append(("id rows of sentences, replies, paragraphs, held-out", indonesian));
        Console.WriteLine();
        Console.WriteLine("| Malay or Indonesian (corpus/language/malay.jsonl) | rows | told as itself | msa (either) | told as the other | another language |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, rows) in groups)
        {
            var reports = rows.Select(r => (Row: r, Report: detector.Detect(r.Text))).ToList();
            int Count(Func<string?, string, bool> which) => reports.Count(r => which(r.Report.Primary, r.Row.Lang));
            var other = reports.Where(r => r.Report.Primary is "ms" or "id" && r.Report.Primary != r.Row.Lang).ToList();
            Console.WriteLine($"| {name} | {rows.Count} | {Percent(Count((p, l) => p == l), rows.Count)} | {Percent(Count((p, _) => p == "msa"), rows.Count)} | "
                + $"{Percent(other.Count, rows.Count)} ({other.Count}) | {Percent(Count((p, _) => p is not ("ms" or "id" or "msa")), rows.Count)} |");
            foreach (var (row, report) in errors ? other : [])
            {
                Console.WriteLine($"  {row.Id}: expected {row.Lang}, got {report.Primary} ({string.Join(", ", report.VarietyWords)}) {row.Text}");
            }
        }
    }

    private static (double PerSecond, double Characters) Throughput(LanguageDetector detector, string[] texts)
    {
        foreach (var text in texts.Take(500))
        {
            detector.Detect(text);
        }

        var clock = CpuClock.Start();
        var done = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(3))
        {
            detector.Detect(texts[done % texts.Length]);
            done++;
        }

        return (done / clock.Elapsed.TotalSeconds, texts.Average(t => t.Length));
    }

    /// <summary>CPU time of this process: steadier than wall time on a shared machine.</summary>
    private sealed class CpuClock
    {
        private readonly TimeSpan start = Process.GetCurrentProcess().TotalProcessorTime;

        public TimeSpan Elapsed => Process.GetCurrentProcess().TotalProcessorTime - start;

        public static CpuClock Start() => new();
    }

    private static string Percent(int right, int all) => all == 0 ? "—" : $"{(double)right / all:P1}";

    private static string Count(LanguageScore score) => $"{score.PerLanguage.Values.Sum(v => v.Right)}/{score.PerLanguage.Values.Sum(v => v.All)}";
}
