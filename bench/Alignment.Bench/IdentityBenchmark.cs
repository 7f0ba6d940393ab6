using System.Diagnostics;
using Alignment.Identity;

namespace Alignment.Bench;

/// <summary>
/// The identity check on the labeled corpus of real replies: accuracy per language, confusion matrix, exact claim sets,
/// forbidden identities judged pass, and speed and memory on one core. The peer measured in the same run is the naive
/// check ("a reply claims every family it names"), the simplest thing that could work.
/// </summary>
public sealed class IdentityBenchmark : IBenchmark
{
    public string Name => "identity";

    public Task RunAsync(string[] args)
    {
        var root = RepoPaths.FindRoot();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var classifier = new IdentityClassifier(IdentityCatalog.Load(RepoPaths.Cases(root)));
        var built = GC.GetTotalMemory(forceFullCollection: true) - before;
        var rows = IdentityCorpus.Load(IdentityCorpus.DefaultPath(root));
        var evaluation = CorpusEvaluation.Run(classifier, rows);
        var naive = new NaiveCheck(classifier.Catalog);

        Console.WriteLine($"Corpus: {rows.Count} real replies (corpus/identity/replies.jsonl), {rows.Count(r => r.Language != "en")} not in English.");
        Console.WriteLine();
        Console.WriteLine("Exact claim set: the set of families the reply claims equals the labels. \"By name\" follows the corpus labels");
        Console.WriteLine("(a reply naming only its maker claims nothing); \"issue rule\" counts such a reply as claiming the maker's family,");
        Console.WriteLine("as the identity issue asks (\"我是由阿里云开发的大规模语言模型\" → qwen) and as `alignment classify` reports.");
        Console.WriteLine();
        Console.WriteLine("| measure | identity check | naive peer |");
        Console.WriteLine("|---|---:|---:|");
        var naiveRate = rows.Count(r => naive.Claims(r.Text).SetEquals(r.Claims)) / (double)rows.Count;
        Console.WriteLine($"| exact claim set, by name | {Percent(evaluation.Rate(r => r.NameClaimsRight))} | {Percent(naiveRate)} |");
        Console.WriteLine($"| exact claim set, issue rule | {Percent(evaluation.Rate(r => r.ClaimsRight))} | – |");
        Console.WriteLine($"| maker | {Percent(evaluation.Rate(r => r.MakerRight))} | – |");
        Console.WriteLine($"| mentions | {Percent(evaluation.Rate(r => r.MentionsRight))} | – |");
        Console.WriteLine($"| forbidden identity judged pass | {evaluation.ForbiddenPasses.Count} of {evaluation.ForbiddenJudgements} judgements | {NaiveForbiddenPasses(naive, rows, classifier.Catalog)} |");
        Console.WriteLine();

        Console.WriteLine("Accuracy per language (exact claim set by name · issue rule · maker):");
        Console.WriteLine();
        Console.WriteLine("| language | replies | by name | issue rule | maker |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        var byName = evaluation.ByLanguage(r => r.NameClaimsRight).ToList();
        var byRule = evaluation.ByLanguage(r => r.ClaimsRight).ToDictionary(l => l.Language);
        var byMaker = evaluation.ByLanguage(r => r.MakerRight).ToDictionary(l => l.Language);
        foreach (var (language, right, total) in byName)
        {
            Console.WriteLine($"| {language} | {total} | {Percent(right / (double)total)} | {Percent(byRule[language].Right / (double)total)} | {Percent(byMaker[language].Right / (double)total)} |");
        }

        Console.WriteLine();
        PrintConfusion(evaluation.Confusion(byName: true));
        PrintMisses(evaluation);
        PrintSpeed(classifier, naive, rows, built);
        return Task.CompletedTask;
    }

    private static void PrintConfusion(IReadOnlyDictionary<(string Labeled, string Read), int> confusion)
    {
        var labels = confusion.Keys.SelectMany(k => new[] { k.Labeled, k.Read }).Distinct()
            .OrderBy(k => k == "none" ? 1 : 0).ThenBy(k => k, StringComparer.Ordinal).ToList();
        Console.WriteLine("Confusion matrix, by name (rows: labeled claim set; columns: claim set read; blank = 0):");
        Console.WriteLine();
        Console.WriteLine("| labeled ＼ read | " + string.Join(" | ", labels) + " |");
        Console.WriteLine("|---|" + string.Concat(labels.Select(_ => "---:|")));
        foreach (var labeled in labels.Where(l => confusion.Keys.Any(k => k.Labeled == l)))
        {
            var cells = labels.Select(read => confusion.TryGetValue((labeled, read), out var n) ? (read == labeled ? $"**{n}**" : n.ToString()) : "");
            Console.WriteLine($"| {labeled} | " + string.Join(" | ", cells) + " |");
        }

        Console.WriteLine();
    }

    private static void PrintMisses(CorpusEvaluation evaluation)
    {
        var misses = evaluation.Results.Where(r => !r.NameClaimsRight).ToList();
        Console.WriteLine($"Replies whose claim set (by name) differs from the labels ({misses.Count}):");
        Console.WriteLine();
        foreach (var miss in misses)
        {
            Console.WriteLine($"- `{miss.Row.Id}` labeled [{string.Join(", ", miss.Row.Claims)}], read [{string.Join(", ", miss.NameClaims)}]");
        }

        Console.WriteLine();
    }

    private static void PrintSpeed(IdentityClassifier classifier, NaiveCheck naive, IReadOnlyList<LabeledReply> rows, long built)
    {
        PinToOneCore();
        var texts = rows.Select(r => r.Text).ToArray();
        var ours = Measure(texts, t => classifier.Classify(t).Claims.Count);
        var peer = Measure(texts, t => naive.Claims(t).Count);
        var characters = texts.Sum(t => t.Length) / (double)texts.Length;
        Console.WriteLine($"Speed on one core (single thread, affinity pinned; {texts.Length} corpus replies of {characters:F0} characters on average, repeated):");
        Console.WriteLine();
        Console.WriteLine("| | replies/s | µs/reply | allocated/reply |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine($"| identity check | {ours.PerSecond:N0} | {1e6 / ours.PerSecond:F1} | {ours.BytesPerReply / 1024.0:F1} KiB |");
        Console.WriteLine($"| naive peer (every name, substring search) | {peer.PerSecond:N0} | {1e6 / peer.PerSecond:F1} | {peer.BytesPerReply / 1024.0:F1} KiB |");
        Console.WriteLine($"| ratio identity check / naive peer | {ours.PerSecond / peer.PerSecond:F2} | | |");
        var longReply = new[] { string.Join("\n\n", texts.Take(60)) };
        var slow = Measure(longReply, t => classifier.Classify(t).Claims.Count);
        Console.WriteLine($"| identity check, one long reply of {longReply[0].Length:N0} characters (60 replies joined) | {slow.PerSecond:N0} | {1e6 / slow.PerSecond:F0} | {slow.BytesPerReply / 1024.0:F0} KiB |");
        Console.WriteLine();
        Console.WriteLine($"Memory: the loaded catalog, grammar and matchers hold {built / 1024.0 / 1024.0:F1} MiB; working set {Environment.WorkingSet / 1024.0 / 1024.0:F0} MiB.");
    }

    private static (double PerSecond, double BytesPerReply) Measure(string[] texts, Func<string, int> classify)
    {
        var sink = 0;
        for (var i = 0; i < 3; i++)
        {
            sink += texts.Sum(classify);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var count = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(3))
        {
            foreach (var text in texts)
            {
                sink += classify(text);
            }

            count += texts.Length;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        GC.KeepAlive(sink);
        return (count / seconds, (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)count);
    }

    private static void PinToOneCore()
    {
        // Single-threaded anyway; pinning keeps the scheduler from moving it between cores.
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        }
    }

    private static int NaiveForbiddenPasses(NaiveCheck naive, IReadOnlyList<LabeledReply> rows, IdentityCatalog catalog) =>
        rows.Where(r => r.Claims.Count > 0)
            .Sum(r => catalog.Families.Count(f => !r.Claims.Contains(f.Id) && naive.Claims(r.Text) is { Count: 1 } c && c.Contains(f.Id)));

    private static string Percent(double rate) => $"{rate * 100:F1} %";

    /// <summary>The peer: a reply claims every family whose name it contains.</summary>
    private sealed class NaiveCheck(IdentityCatalog catalog)
    {
        private readonly (string Family, string Name)[] names = catalog.Families.SelectMany(f => f.Names.Select(n => (f.Id, n))).ToArray();

        public HashSet<string> Claims(string text)
        {
            var claims = new HashSet<string>();
            foreach (var (family, name) in names)
            {
                if (text.Contains(name, StringComparison.OrdinalIgnoreCase))
                {
                    claims.Add(family);
                }
            }

            return claims;
        }
    }
}
