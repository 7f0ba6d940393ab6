// The language check against its best-known peer, SearchPioneer.Lingua 2.0.0, in the same run, on the same corpora:
// accuracy per set, build time, replies per CPU second and memory.
// dotnet run -c Release --project bench/LinguaPeer
using System.Diagnostics;
using Alignment;
using Alignment.Corpora;
using Alignment.Identity;
using Alignment.Language;
using Lingua;

var root = RepoPaths.FindRoot();
var names = IdentityCatalog.Load(RepoPaths.Cases(root)).AllNames().ToList();

// Lingua has one Chinese: it satisfies either standard, as the check's own "zh" does.
var codes = new Dictionary<Language, string>
{
    [Language.English] = "en", [Language.French] = "fr", [Language.German] = "de", [Language.Spanish] = "es",
    [Language.Portuguese] = "pt", [Language.Italian] = "it", [Language.Vietnamese] = "vi", [Language.Indonesian] = "id",
    [Language.Turkish] = "tr", [Language.Polish] = "pl", [Language.Dutch] = "nl", [Language.Russian] = "ru",
    [Language.Ukrainian] = "uk", [Language.Arabic] = "ar", [Language.Persian] = "fa", [Language.Chinese] = "zh",
    [Language.Japanese] = "ja", [Language.Korean] = "ko", [Language.Hindi] = "hi", [Language.Thai] = "th",
    [Language.Hebrew] = "he",
};

var before = GC.GetTotalMemory(forceFullCollection: true);
var clock = Cpu.Start();
var ours = new Alignment.Language.LanguageDetector(names);
ours.Detect("Bonjour, je suis un assistant. Привет! مرحبا بك");
var oursBuild = clock.Elapsed;
var oursMemory = GC.GetTotalMemory(forceFullCollection: true) - before;

before = GC.GetTotalMemory(forceFullCollection: true);
clock = Cpu.Start();
var lingua = LanguageDetectorBuilder.FromLanguages([.. codes.Keys]).WithPreloadedLanguageModels().Build();
var linguaBuild = clock.Elapsed;
var linguaMemory = GC.GetTotalMemory(forceFullCollection: true) - before;

var sets = new (string Name, IReadOnlyList<LanguageCorpusRow> Rows)[]
{
    ("single sentences (corpus/language/sentences.jsonl)", LanguageCorpus.Load(root, LanguageCorpus.Sentences)),
    ("LLM-shaped replies (names, code, URLs embedded)", LanguageCorpus.Load(root, LanguageCorpus.Replies)),
    ("held-out prose (corpus/language/heldout.jsonl)", LanguageCorpus.Load(root, LanguageCorpus.HeldOut)),
    ("real model replies (corpus/identity)", LanguageCorpus.LoadRealReplies(root)),
    ("short replies, first 4 words of each sentence", LanguageCorpus.FirstWords(LanguageCorpus.Load(root, LanguageCorpus.Sentences), 4)),
};

Console.WriteLine("| set | rows | language check | Lingua 2.0.0 (22 languages) |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var (name, rows) in sets.Select(s => (s.Name, Rows: s.Rows.Where(r => !r.Mixed).ToList())))
{
    var mine = rows.Count(r => LanguageCorpus.PrimaryRight(ours.Detect(r.Text), r));
    var theirs = rows.Count(r => codes.TryGetValue(lingua.DetectLanguageOf(r.Text), out var code) && LanguageCodes.Satisfies(code, r.Lang));
    Console.WriteLine($"| {name} | {rows.Count} | {Rate(mine, rows.Count)} | {Rate(theirs, rows.Count)} |");
}

var texts = sets[0].Rows.Select(r => r.Text).ToArray();
var oursPerSecond = PerCpuSecond(t => ours.Detect(t), texts);
var linguaPerSecond = PerCpuSecond(t => lingua.DetectLanguageOf(t), texts);
Console.WriteLine();
Console.WriteLine($"- build (22 languages, models loaded): language check {oursBuild.TotalMilliseconds:N0} ms, Lingua {linguaBuild.TotalMilliseconds:N0} ms (CPU time)");
Console.WriteLine($"- replies per CPU second on one thread: language check {oursPerSecond:N0}, Lingua {linguaPerSecond:N0}; ratio {oursPerSecond / linguaPerSecond:F1}");
Console.WriteLine($"- managed memory held: language check {oursMemory / 1048576.0:F0} MiB, Lingua {linguaMemory / 1048576.0:F0} MiB");
GC.KeepAlive(ours);
GC.KeepAlive(lingua);

static string Rate(int right, int all) => $"{100.0 * right / all:F2} % ({right}/{all})";

static double PerCpuSecond(Action<string> detect, string[] texts)
{
    foreach (var text in texts.Take(300))
    {
        detect(text);
    }

    var clock = Cpu.Start();
    var done = 0;
    while (clock.Elapsed < TimeSpan.FromSeconds(3))
    {
        detect(texts[done++ % texts.Length]);
    }

    return done / clock.Elapsed.TotalSeconds;
}

internal sealed class Cpu
{
    private readonly TimeSpan start = Process.GetCurrentProcess().TotalProcessorTime;

    public TimeSpan Elapsed => Process.GetCurrentProcess().TotalProcessorTime - start;

    public static Cpu Start() => new();
}
