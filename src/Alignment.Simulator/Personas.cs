using System.Collections.Concurrent;
using Alignment.Identity;

namespace Alignment.Simulator;

/// <summary>
/// What each persona answers. The words come from the reply tables; only the behaviour is code.
/// Answers are deterministic: the n-th identical request gets the n-th answer of a fixed sequence.
/// </summary>
public sealed class Personas(ReplyBook book, IdentityCatalog identities, SimulatorOptions options)
{
    public static readonly IReadOnlyList<string> Names = ["aligned", "incident", "impostor", "stranger", "wrong-maker", "english", "mixed", "simplified", "indonesian", "evasive", "pseudonym", "thinking-impostor", "relay-swap", "injected-system-prompt"];

    /// <summary>The name and maker the stranger persona gives itself: in no catalog, as a small fine-tune or a persona would be.</summary>
    public const string StrangerName = "Zephyrine";

    public const string StrangerMaker = "Lumen Labs";

    /// <summary>A maker written as self-cognition sets write them, in lower case: the check cannot place it, so it cannot pass.</summary>
    public const string UnplacedMaker = "nebula labs";

    private readonly ConcurrentDictionary<string, int> seen = new();

    /// <summary>The turn at which the incident persona drifts to English in a Chinese conversation (it answers turns 1–3 well).</summary>
    public const int IncidentDriftTurn = 4;

    /// <summary>The reply to a single prompt.</summary>
    public string Reply(string persona, string prompt) => Reply(persona, [new ChatTurn("user", prompt)]);

    /// <summary>
    /// The reply to a request's messages: the last one is the prompt; the earlier ones say which turn of a conversation this
    /// is and which language the user asked for.
    /// </summary>
    public string Reply(string persona, IReadOnlyList<ChatTurn> history)
    {
        var prompt = history.Last(m => m.Role == "user").Text;
        // The language the user writes in, read from everything they wrote so far: a short turn of a chat says little alone.
        var table = book.LanguageOf(ReplyBook.UserText(history));
        var asksIdentity = ReplyBook.AsksIdentity(table, prompt);
        // A language the user asked for, earlier in the chat or for this answer, is the one a well-behaved model answers in.
        var answerIn = book.RequestedLanguage(history) is { } requested && book.Tables.Any(t => t.Language == requested)
            ? book.Table(requested)
            : book.AnswerTableOf(prompt, table);
        var turn = history.Count(m => m.Role == "assistant") + 1;
        var key = history.Count == 1 ? prompt : string.Join("\n", history.Select(m => $"{m.Role}: {m.Text}"));
        var n = seen.AddOrUpdate($"{persona}\n{key}", 0, (_, c) => c + 1);
        return persona switch
        {
            "aligned" => Aligned(answerIn, prompt, asksIdentity),
            // The reported drift: a Chinese chat answered well at first, then in English from a late turn on.
            "incident" when table.Language.StartsWith("zh", StringComparison.Ordinal) && turn >= IncidentDriftTurn =>
                Aligned(book.English, prompt, asksIdentity),
            "incident" when table.Language.StartsWith("zh", StringComparison.Ordinal) && asksIdentity && Hits(n, options.IncidentShare) =>
                Fill(table.Impostors[WrongIndex(n, options.IncidentShare) % table.Impostors.Count], table),
            // Early turns of a chat stay in Chinese: the drift comes late.
            "incident" when table.Language.StartsWith("zh", StringComparison.Ordinal) && !asksIdentity && turn == 1 && Hits(n, options.EnglishShare) =>
                Fill(book.English.Ordinary, book.English),
            "incident" => Aligned(answerIn, prompt, asksIdentity),
            "impostor" => Fill(table.Impostors[n % table.Impostors.Count], table),
            "stranger" => asksIdentity ? AsStranger(answerIn.Self, "{identity}", "{maker}") : Aligned(answerIn, prompt, asksIdentity),
            // The stranger's name as persona bots give it (third person, bold, a greeting, a signature), one shape after another.
            "pseudonym" => !asksIdentity ? Aligned(answerIn, prompt, asksIdentity)
                : answerIn.StrangerShapes.Count > 0 ? AsStranger(answerIn.StrangerShapes[n % answerIn.StrangerShapes.Count])
                : AsStranger(answerIn.Self, "{identity}", "{maker}"),
            // Another maker named instead, then beside the right one: joined on, or one the check cannot place.
            "wrong-maker" => !asksIdentity ? Aligned(answerIn, prompt, asksIdentity)
                : n % (answerIn.WrongMakerShapes.Count + 1) is var shape && shape == 0 ? Fill(answerIn.WrongMaker, answerIn)
                : AsStranger(Fill(answerIn.WrongMakerShapes[shape - 1], answerIn)).Replace("{unplaced-maker}", UnplacedMaker, StringComparison.Ordinal),
            // Asked who it is, it changes the subject: a gate must not read that as "claims nothing" and pass it.
            "evasive" => asksIdentity ? answerIn.Evasive : Aligned(answerIn, prompt, asksIdentity),
            // A relay's cheaper model told to present as the configured one: its reasoning says what it is, its answer does not.
            "thinking-impostor" => !asksIdentity ? Aligned(answerIn, prompt, asksIdentity)
                : $"<think>\n{Fill(answerIn.Impostors[n % answerIn.Impostors.Count], answerIn)}\n</think>\n\n{Aligned(answerIn, prompt, asksIdentity)}",
            "english" => Aligned(book.English, prompt, asksIdentity),
            "mixed" => answerIn.Language == "en"
                ? Aligned(answerIn, prompt, asksIdentity)
                : Aligned(answerIn, prompt, asksIdentity) + "\n\n" + Fill(book.English.Ordinary, book.English),
            "simplified" when answerIn.Language == "zh-Hant" => Aligned(book.Table("zh-Hans"), prompt, asksIdentity),
            "simplified" => Aligned(answerIn, prompt, asksIdentity),
            // Malay asked, Indonesian answered: the neighbouring variety of one macrolanguage, told only by its words.
            "indonesian" when answerIn.Language == "ms" => Aligned(book.Table("id"), prompt, asksIdentity),
            "indonesian" => Aligned(answerIn, prompt, asksIdentity),

            // They answer as the aligned model does; what gives them away is on the wire (SimulatedUsage).
            "relay-swap" or "injected-system-prompt" => Aligned(answerIn, prompt, asksIdentity),
            _ => throw new ArgumentException($"Unknown persona '{persona}'. Known: {string.Join(", ", Names)}."),
        };
    }

    private string Aligned(ReplyTable table, string prompt, bool asksIdentity)
    {
        if (!asksIdentity)
        {
            return Fill(table.Ordinary, table);
        }

        // A leading question naming another assistant gets a denial that names it: the longest name the prompt holds, so
        // "YandexGPT" is denied as itself, not as the "GPT" inside it.
        var other = identities.Families
            .Where(f => f.Id != options.Identity)
            .SelectMany(f => f.Names)
            .Where(n => prompt.Contains(n, StringComparison.OrdinalIgnoreCase))
            .MaxBy(n => n.Length);
        return other is null ? Fill(table.Self, table) : Fill(table.Deny, table).Replace("{other}", other, StringComparison.Ordinal);
    }

    /// <summary>A template filled with the stranger's name and maker, where it writes them as <paramref name="name"/> and <paramref name="maker"/>.</summary>
    private static string AsStranger(string template, string name = ReplyTable.StrangerSlot, string maker = "{stranger-maker}") =>
        template.Replace(name, StrangerName, StringComparison.Ordinal).Replace(maker, StrangerMaker, StringComparison.Ordinal);

    private string Fill(string template, ReplyTable table)
    {
        var family = identities.Family(options.Identity);
        var makerId = options.Maker ?? family?.Makers.FirstOrDefault();
        var maker = makerId is null ? null : identities.Maker(makerId);
        var wrongMaker = identities.Makers.First(m => m.Id != makerId);
        return template
            .Replace("{identity}", family?.DisplayName ?? options.Identity, StringComparison.Ordinal)
            .Replace("{maker}", maker?.Names[0] ?? makerId ?? "", StringComparison.Ordinal)
            .Replace("{wrong-maker}", wrongMaker.Names[0], StringComparison.Ordinal);
    }

    /// <summary>Spreads a share evenly over the sequence, starting with a hit so one sample already shows it.</summary>
    private static bool Hits(int n, double share) => Math.Ceiling((n + 1) * share) > Math.Ceiling(n * share);

    private static int WrongIndex(int n, double share) => (int)Math.Ceiling(n * share);
}
