using System.Collections.Concurrent;
using Alignment.Identity;

namespace Alignment.Simulator;

/// <summary>
/// What each persona answers. The words come from the reply tables; only the behaviour is code.
/// Answers are deterministic: the n-th identical request gets the n-th answer of a fixed sequence.
/// </summary>
public sealed class Personas(ReplyBook book, IdentityCatalog identities, SimulatorOptions options)
{
    public static readonly IReadOnlyList<string> Names = ["aligned", "incident", "impostor", "stranger", "wrong-maker", "english", "mixed", "simplified", "relay-swap", "injected-system-prompt"];

    /// <summary>The name and maker the stranger persona gives itself: in no catalog, as a small fine-tune or a persona would be.</summary>
    public const string StrangerName = "Zephyrine";

    public const string StrangerMaker = "Lumen Labs";

    private readonly ConcurrentDictionary<string, int> seen = new();

    public string Reply(string persona, string prompt)
    {
        var table = book.LanguageOf(prompt);
        var asksIdentity = ReplyBook.AsksIdentity(table, prompt);
        var n = seen.AddOrUpdate($"{persona}\n{prompt}", 0, (_, c) => c + 1);
        return persona switch
        {
            "aligned" => Aligned(table, prompt, asksIdentity),
            "incident" when table.Language.StartsWith("zh", StringComparison.Ordinal) && asksIdentity && Hits(n, options.IncidentShare) =>
                Fill(table.Impostors[WrongIndex(n, options.IncidentShare) % table.Impostors.Count], table),
            "incident" when table.Language.StartsWith("zh", StringComparison.Ordinal) && !asksIdentity && Hits(n, options.EnglishShare) =>
                Fill(book.English.Ordinary, book.English),
            "incident" => Aligned(table, prompt, asksIdentity),
            "impostor" => Fill(table.Impostors[n % table.Impostors.Count], table),
            "stranger" => asksIdentity
                ? table.Self.Replace("{identity}", StrangerName, StringComparison.Ordinal).Replace("{maker}", StrangerMaker, StringComparison.Ordinal)
                : Aligned(table, prompt, asksIdentity),
            "wrong-maker" => asksIdentity ? Fill(table.WrongMaker, table) : Aligned(table, prompt, asksIdentity),
            "english" => Aligned(book.English, prompt, asksIdentity),
            "mixed" => table.Language == "en"
                ? Aligned(table, prompt, asksIdentity)
                : Aligned(table, prompt, asksIdentity) + "\n\n" + Fill(book.English.Ordinary, book.English),
            "simplified" when table.Language == "zh-Hant" => Aligned(book.Table("zh-Hans"), prompt, asksIdentity),
            "simplified" => Aligned(table, prompt, asksIdentity),

            // They answer as the aligned model does; what gives them away is on the wire (SimulatedUsage).
            "relay-swap" or "injected-system-prompt" => Aligned(table, prompt, asksIdentity),
            _ => throw new ArgumentException($"Unknown persona '{persona}'. Known: {string.Join(", ", Names)}."),
        };
    }

    private string Aligned(ReplyTable table, string prompt, bool asksIdentity)
    {
        if (!asksIdentity)
        {
            return Fill(table.Ordinary, table);
        }

        // A leading question naming another assistant gets a denial that names it.
        var other = identities.Families
            .Where(f => f.Id != options.Identity)
            .Select(f => f.Names.FirstOrDefault(n => prompt.Contains(n, StringComparison.OrdinalIgnoreCase)))
            .FirstOrDefault(n => n is not null);
        return other is null ? Fill(table.Self, table) : Fill(table.Deny, table).Replace("{other}", other, StringComparison.Ordinal);
    }

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
