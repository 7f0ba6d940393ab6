using System.Diagnostics;
using Alignment.Corpora;
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
        var parts = new[] { IdentityCorpus.Tune, IdentityCorpus.Test }.Select(evaluation.Part).ToArray();
        var naive = new NaiveCheck(classifier.Catalog);

        Console.WriteLine($"Corpus: {rows.Count} real replies (corpus/identity/replies.jsonl) from {rows.Select(r => IdentityCorpus.SourceGroup(r.Source)).Distinct().Count()} sources, "
            + $"{rows.Count(r => r.Language is not ("en" or "zh-Hans"))} outside English and Simplified Chinese, "
            + $"{rows.Count(r => r.Claims.Concat([r.Maker ?? ""]).Any(c => c.StartsWith(IdentityCatalog.OtherPrefix, StringComparison.Ordinal)))} naming an identity or maker outside the catalog.");
        Console.WriteLine($"Tuning part: {parts[0].Results.Count} replies; test part (sources never tuned on): {parts[1].Results.Count} replies.");
        Console.WriteLine();
        Console.WriteLine("Exact claim set: the set of identities the reply claims equals the labels (a name outside the catalog as other:Name).");
        Console.WriteLine("\"By name\" follows the corpus labels (a reply naming only its maker claims nothing); \"issue rule\" counts such a reply as");
        Console.WriteLine("claiming the maker's family (\"我是由阿里云开发的大规模语言模型\" → qwen), as `alignment classify` reports. A gate false pass is a");
        Console.WriteLine("reply whose true claim is not a target's identity, judged pass against that target as the gate judges by default.");
        Console.WriteLine();
        Console.WriteLine("| measure | tuning part | test part | naive peer, test part |");
        Console.WriteLine("|---|---:|---:|---:|");
        var testRows = rows.Where(r => r.Split == IdentityCorpus.Test).ToList();
        var naiveRate = testRows.Count == 0 ? 0 : testRows.Count(r => CorpusEvaluation.SameClaims(naive.Claims(r.Text), r.Claims.Select(c => classifier.Catalog.Canonical(c)))) / (double)testRows.Count;
        Console.WriteLine($"| exact claim set, by name | {Rate(parts[0], r => r.NameClaimsRight)} | {Rate(parts[1], r => r.NameClaimsRight)} | {Percent(naiveRate)} |");
        Console.WriteLine($"| exact claim set, issue rule | {Rate(parts[0], r => r.ClaimsRight)} | {Rate(parts[1], r => r.ClaimsRight)} | – |");
        Console.WriteLine($"| maker | {Rate(parts[0], r => r.MakerRight)} | {Rate(parts[1], r => r.MakerRight)} | – |");
        Console.WriteLine($"| mentions | {Rate(parts[0], r => r.MentionsRight)} | {Rate(parts[1], r => r.MentionsRight)} | – |");
        Console.WriteLine($"| replies judged uncertain (\"could not tell\") | {parts[0].Results.Count(r => r.Reading.Uncertain)} | {parts[1].Results.Count(r => r.Reading.Uncertain)} | – |");
        Console.WriteLine($"| false alarms: replies that claim nothing and do not hedge, judged uncertain | {FalseAlarms(parts[0])} | {FalseAlarms(parts[1])} | – |");
        Console.WriteLine($"| **gate false passes** | **{parts[0].GateFalsePasses.Count}** of {parts[0].GateJudgements} | **{parts[1].GateFalsePasses.Count}** of {parts[1].GateJudgements} | {NaiveFalsePasses(naive, testRows, classifier.Catalog)} |");
        Console.WriteLine();

        Console.WriteLine("Per language (exact claim set, issue rule; gate false passes):");
        Console.WriteLine();
        Console.WriteLine("| language | tuning replies | tuning exact | test replies | test exact | false passes |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var language in rows.GroupBy(r => r.Language).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key))
        {
            var cells = parts.Select(p => p.Results.Where(r => r.Row.Language == language).ToList())
                .Select(list => $"{list.Count} | {(list.Count == 0 ? "–" : Percent(list.Count(r => r.ClaimsRight) / (double)list.Count))}");
            Console.WriteLine($"| {language} | {string.Join(" | ", cells)} | {evaluation.GateFalsePasses.Count(p => p.Row.Language == language)} |");
        }

        Console.WriteLine();
        Console.WriteLine("Per kind of reply (corpus tags; a reply may have several):");
        Console.WriteLine();
        Console.WriteLine("| kind | tuning replies | tuning exact | test replies | test exact | false passes |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var tag in rows.SelectMany(r => r.Tags).Distinct().Order(StringComparer.Ordinal))
        {
            var cells = parts.Select(p => p.Results.Where(r => r.Row.Tags.Contains(tag)).ToList())
                .Select(list => $"{list.Count} | {(list.Count == 0 ? "–" : Percent(list.Count(r => r.ClaimsRight) / (double)list.Count))}");
            Console.WriteLine($"| {tag} | {string.Join(" | ", cells)} | {evaluation.GateFalsePasses.Count(p => p.Row.Tags.Contains(tag))} |");
        }

        Console.WriteLine();
        PrintConfusion(evaluation.Part(IdentityCorpus.Tune).Confusion(byName: false));
        PrintMisses(evaluation);
        if (!args.Contains("--no-speed"))
        {
            PrintSpeed(classifier, naive, rows, built);
        }

        return Task.CompletedTask;
    }

    /// <summary>Replies labelled as claiming nothing (no family, no maker, no hedge) that the check calls uncertain: a reviewer looks for nothing.</summary>
    private static string FalseAlarms(CorpusEvaluation part)
    {
        var plain = Plain(part).ToList();
        return $"{plain.Count(r => r.JudgedUncertain)} of {plain.Count}";
    }

    private static IEnumerable<CorpusResult> Plain(CorpusEvaluation part) =>
        part.Results.Where(r => r.Row.Claims.Count == 0 && r.Row.Maker is null && !r.Row.Tags.Contains("hedge") && !r.Row.Tags.Contains("uncertain"));

    private static string Rate(CorpusEvaluation part, Func<CorpusResult, bool> right) =>
        part.Results.Count == 0 ? "–" : $"{Percent(part.Rate(right))} ({part.Results.Count(right)}/{part.Results.Count})";

    private static void PrintConfusion(IReadOnlyDictionary<(string Labeled, string Read), int> confusion)
    {
        var labels = confusion.Keys.SelectMany(k => new[] { k.Labeled, k.Read }).Distinct()
            .OrderBy(k => k == "none" ? 1 : 0).ThenBy(k => k, StringComparer.Ordinal).ToList();
        Console.WriteLine("Confusion matrix, issue rule, tuning part (the test part is counted, not itemised; rows: labeled claim set; columns: claim set read; other = a name outside the catalog; blank = 0):");
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

    /// <summary>
    /// The tuning part's misses and gate false passes, one per line. The test part's are counted, never listed: a list
    /// would be read, and what is read gets tuned on.
    /// </summary>
    private static void PrintMisses(CorpusEvaluation evaluation)
    {
        var misses = evaluation.Results.Where(r => r.Row.Split == IdentityCorpus.Tune && !r.ClaimsRight).ToList();
        Console.WriteLine($"Replies of the tuning part whose claim set (issue rule) differs from the labels ({misses.Count}):");
        Console.WriteLine();
        foreach (var miss in misses)
        {
            Console.WriteLine($"- `{miss.Row.Id}` labeled [{string.Join(", ", miss.Implied)}], read [{string.Join(", ", miss.Reading.ClaimedFamilies)}]{(miss.Reading.Uncertain ? " (uncertain)" : "")}");
        }

        Console.WriteLine();
        var passes = evaluation.GateFalsePasses.Where(p => p.Row.Split == IdentityCorpus.Tune).ToList();
        var testPasses = evaluation.GateFalsePasses.Where(p => p.Row.Split == IdentityCorpus.Test).ToList();
        Console.WriteLine($"Gate false passes of the tuning part ({passes.Count}; the test part's {testPasses.Count}, from "
            + $"{testPasses.Select(p => p.Row.Id).Distinct().Count()} replies, are counted above and not listed):");
        Console.WriteLine();
        foreach (var pass in passes.GroupBy(p => p.Row.Id))
        {
            var targets = pass.Select(p => p.Target).ToList();
            var row = pass.First().Row;
            var shown = targets.Count <= 6 ? string.Join(", ", targets) : $"{targets.Count} targets ({string.Join(", ", targets.Take(4))}, …)";
            Console.WriteLine($"- `{pass.Key}` ({row.Language}, labeled [{string.Join(", ", row.Claims)}]{(row.Maker is null ? "" : $" by {row.Maker}")}) passed as {shown}, read {pass.First().Outcome}");
        }

        Console.WriteLine();
        var alarms = Plain(evaluation.Part(IdentityCorpus.Tune)).Where(r => r.JudgedUncertain).ToList();
        Console.WriteLine($"False alarms of the tuning part ({alarms.Count}; replies that claim nothing, sent to review by the gate expecting the catalog's first family):");
        Console.WriteLine();
        foreach (var alarm in alarms)
        {
            Console.WriteLine($"- `{alarm.Row.Id}` ({alarm.Row.Language}): {alarm.UncertainBecause}");
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
        Console.WriteLine();
        PrintScaling(classifier, texts);
        Console.WriteLine();
        Console.WriteLine($"Memory: the loaded catalog, grammar and matchers hold {built / 1024.0 / 1024.0:F1} MiB; working set {Environment.WorkingSet / 1024.0 / 1024.0:F0} MiB.");
    }

    /// <summary>
    /// Time per character against reply length, 1 KB to 4 MB: corpus replies joined (many names, many sentences) and one
    /// sentence that repeats a denied name without end (every name in one clause), self-introductions, short chat lines
    /// without stops (each line break decided on its own), and signed answers with letters presented for the user (a first cut
    /// of those readers looked back over every line for each signature: 1.7 MB took 295 s). Linear means the ratio stays near 1.
    /// </summary>
    private static void PrintScaling(IdentityClassifier classifier, string[] texts)
    {
        Console.WriteLine("Time against reply length (one reply; ratio = time per character against the 1 KB reply of the same kind; 1.0 is linear):");
        Console.WriteLine();
        Console.WriteLine("| reply | length | claims and mentions read | ms | µs per KB | ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        var kinds = new (string Name, string Unit)[]
        {
            ("corpus replies joined", string.Join("\n\n", texts)),
            ("one clause of denials", "我不是ChatGPT，也不是通义千问 and not DeepSeek or Gemini or Llama "),
            ("self-introductions, no listed name", "I am Zephyrine, made by Lumen Labs. 我叫小黄，由北辰科技开发。私はクロエです。 "),
            ("chat lines without stops", "hi there I'm Nova\nwhat can I do for you\ni'm sydney\nask me anything\n"),
            // Every line a signature, a sign-off or a letter presented for the user: the readers of a reply's layout.
            ("signed answers and letters", "I'm Claude, made for Harborline by Quayside Digital Ltd. Our team fine-tuned me on your policies.\n\nBest regards,\nNora 🌊, Harborline Insurance\n\nHere's a note you can send:\n\nDear Sam,\n"),
        };
        foreach (var (name, unit) in kinds)
        {
            double? baseline = null;
            foreach (var kilobytes in new[] { 1, 16, 256, 1024, 4096 })
            {
                var length = kilobytes * 1024;
                var reply = string.Concat(Enumerable.Repeat(unit, length / unit.Length + 1))[..length];
                var rounds = Math.Max(1, 2048 / kilobytes);
                classifier.Classify(reply);
                var clock = Stopwatch.StartNew();
                var names = 0;
                for (var i = 0; i < rounds; i++)
                {
                    var reading = classifier.Classify(reply);
                    names = reading.Claims.Count + reading.Mentions.Count;
                }

                var ms = clock.Elapsed.TotalMilliseconds / rounds;
                var perKb = ms * 1000 / kilobytes;
                baseline ??= perKb;
                Console.WriteLine($"| {name} | {kilobytes:N0} KB | {names:N0} | {ms:F1} | {perKb:F0} | {perKb / baseline:F2} |");
            }
        }

        Console.WriteLine();
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

    /// <summary>The naive peer passes a target when the reply names exactly that family (and claims, by its rule, nothing else).</summary>
    private static int NaiveFalsePasses(NaiveCheck naive, IReadOnlyList<LabeledReply> rows, IdentityCatalog catalog) =>
        rows.Where(r => r.Claims.Count > 0)
            .Sum(r => catalog.Families.Count(f => !r.Claims.Contains(f.Id) && naive.Claims(r.Text) is var c && (c.Count == 0 || (c.Count == 1 && c.Contains(f.Id)))));

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
