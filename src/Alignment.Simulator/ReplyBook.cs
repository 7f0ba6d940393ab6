using Alignment.Cases;

namespace Alignment.Simulator;

/// <summary>What the simulator says in one language: replies/&lt;language&gt;.yaml.</summary>
public sealed record ReplyTable(
    string Language,
    IReadOnlyList<string> Cues,
    IReadOnlyList<string> IdentityCues,
    string Self,
    string Deny,
    string Ordinary,
    string WrongMaker,
    IReadOnlyList<string> Impostors)
{
    /// <summary>An answer to "who are you" that never speaks of itself ("Hello! What would you like to work on today?").</summary>
    public string Evasive { get; init; } = "";

    /// <summary>Where a stranger shape puts the stranger's name; each shape must have it.</summary>
    public const string StrangerSlot = "{stranger}";

    /// <summary>
    /// Answers to "who are you" that give the stranger's name as persona bots do ("**{stranger}** here!", "{stranger} is an AI
    /// assistant…", a signature): the pseudonym persona's. Optional; without them it gives the stranger's self.
    /// </summary>
    public IReadOnlyList<string> StrangerShapes { get; init; } = [];

    /// <summary>
    /// Answers to "who are you" that credit the right maker and another beside it: joined on ("developed by {maker} and
    /// {stranger-maker}"), as who adapted the model ("… and customized by {stranger-maker}"), or one the check cannot place
    /// ("developed by {unplaced-maker}"). The wrong-maker persona gives them after its plain answer. Optional.
    /// </summary>
    public IReadOnlyList<string> WrongMakerShapes { get; init; } = [];

    /// <summary>Phrases of a prompt that ask for an answer in another language, and that language ("用英语回答" → en).</summary>
    public IReadOnlyDictionary<string, string> AnswerIn { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Phrases in this language that ask the model to answer in another one from now on ("接下来请用英文回答"), by the
    /// language they ask for: a conversation that uses one is answered in that language.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SwitchCues { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

/// <summary>One message of a request as the simulator reads it: its role (user, assistant, system) and text.</summary>
public sealed record ChatTurn(string Role, string Text);

/// <summary>Every language's reply table, and which one a prompt is written in.</summary>
public sealed class ReplyBook
{
    private ReplyBook(IReadOnlyList<ReplyTable> tables) => Tables = tables;

    public IReadOnlyList<ReplyTable> Tables { get; }

    public ReplyTable English => Table("en");

    public ReplyTable Table(string language) =>
        Tables.FirstOrDefault(t => t.Language == language) ?? throw new KeyNotFoundException($"No simulator replies for {language}.");

    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "replies");

    /// <summary>
    /// The replies of a checkout (src/Alignment.Simulator/replies), so that adding a language's replies is a data change
    /// a run sees at once; the copy built beside the simulator where there is no checkout.
    /// </summary>
    public static string DirectoryIn(string root)
    {
        var inCheckout = Path.Combine(root, "src", "Alignment.Simulator", "replies");
        return Directory.Exists(inCheckout) ? inCheckout : DefaultDirectory;
    }

    public static ReplyBook Load(string directory)
    {
        var documents = Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal).Select(YamlDocument.Load).ToList();
        var tables = documents.Select(Parse).ToList();
        foreach (var (document, table) in documents.Zip(tables))
        {
            foreach (var (phrase, language) in table.AnswerIn)
            {
                if (!tables.Any(t => t.Language == language))
                {
                    throw document.Root.Error("answer-in", $"'{phrase}' asks for {language}, which has no replies/{language}.yaml");
                }
            }
        }

        return new(tables);
    }

    public static ReplyTable Parse(YamlDocument document)
    {
        var root = document.Root;
        root.AllowOnly("language", "cues", "identity-cues", "self", "deny", "ordinary", "wrong-maker", "wrong-maker-shapes", "evasive", "impostors", "switch-cues", "answer-in", "stranger-shapes");
        var switches = root.OptionalMap("switch-cues");
        var answerIn = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.OptionalMap("answer-in") is { } map)
        {
            foreach (var phrase in map.Keys)
            {
                answerIn[phrase] = map.RequiredString(phrase);
            }
        }

        var shapes = root.StringList("stranger-shapes");
        var nameless = shapes.ToList().FindIndex(s => !s.Contains(ReplyTable.StrangerSlot, StringComparison.Ordinal));
        if (nameless >= 0)
        {
            throw root.Error("stranger-shapes", $"shape {nameless + 1} (\"{shapes[nameless]}\") has no {ReplyTable.StrangerSlot}; each shape gives the stranger's name there");
        }

        var makerShapes = root.StringList("wrong-maker-shapes");
        var unjoined = makerShapes.ToList().FindIndex(s => !s.Contains("{stranger-maker}", StringComparison.Ordinal) && !s.Contains("{unplaced-maker}", StringComparison.Ordinal));
        if (unjoined >= 0)
        {
            throw root.Error("wrong-maker-shapes", $"shape {unjoined + 1} (\"{makerShapes[unjoined]}\") has neither {{stranger-maker}} nor {{unplaced-maker}}; each shape credits one of them");
        }

        return new ReplyTable(
            root.RequiredString("language"),
            root.StringList("cues", required: true),
            root.StringList("identity-cues", required: true),
            root.RequiredString("self"),
            root.RequiredString("deny"),
            root.RequiredString("ordinary"),
            root.RequiredString("wrong-maker"),
            root.StringList("impostors", required: true))
        {
            SwitchCues = switches is null
                ? new Dictionary<string, IReadOnlyList<string>>()
                : switches.Keys.ToDictionary(k => CaseCatalog.IsLanguageTag(k) ? k : throw switches.Error(k, $"'{k}' is not a language tag"),
                    k => switches.StringList(k, required: true), StringComparer.Ordinal),
            AnswerIn = answerIn,
            Evasive = root.RequiredString("evasive"),
            StrangerShapes = shapes,
            WrongMakerShapes = makerShapes,
        };
    }

    /// <summary>What the user wrote in a request, every user message in order: the simulator reads its language from all of it.</summary>
    public static string UserText(IEnumerable<ChatTurn> history) =>
        string.Join("\n", history.Where(m => m.Role == "user").Select(m => m.Text));

    /// <summary>
    /// The language a conversation asked to be answered in: the latest user message that uses a switch cue of the
    /// language the user writes in names it; null when none does.
    /// </summary>
    public string? RequestedLanguage(IReadOnlyList<ChatTurn> history)
    {
        var table = LanguageOf(UserText(history));
        foreach (var message in history.Where(m => m.Role == "user").Reverse())
        {
            var requested = table.SwitchCues
                .Where(s => s.Value.Any(cue => message.Text.Contains(cue, StringComparison.OrdinalIgnoreCase)))
                .Select(s => s.Key)
                .FirstOrDefault();
            if (requested is not null)
            {
                return requested;
            }
        }

        return null;
    }

    /// <summary>
    /// The table to answer a prompt from: <paramref name="table"/> (the user's language), or the one of the language the
    /// prompt asks this answer in ("请用英语回答" → en).
    /// </summary>
    public ReplyTable AnswerTableOf(string prompt, ReplyTable table)
    {
        var asked = table.AnswerIn.FirstOrDefault(a => prompt.Contains(a.Key, StringComparison.OrdinalIgnoreCase)).Value;
        return asked is null ? table : Table(asked);
    }

    /// <summary>The table whose cue words the prompt uses most; English when none match.</summary>
    public ReplyTable LanguageOf(string prompt)
    {
        var best = Tables
            .Select(t => (Table: t, Score: t.Cues.Concat(t.IdentityCues).Sum(c => Count(prompt, c) * c.Length)))
            .MaxBy(x => x.Score);
        return best.Score > 0 ? best.Table : English;
    }

    public static bool AsksIdentity(ReplyTable table, string prompt) =>
        table.IdentityCues.Any(c => prompt.Contains(c, StringComparison.OrdinalIgnoreCase));

    private static int Count(string text, string cue)
    {
        var count = 0;
        for (var i = text.IndexOf(cue, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(cue, i + cue.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
