using System.Text.RegularExpressions;

namespace Alignment.Cases;

/// <summary>Every case in cases/&lt;language&gt;.yaml; identities.yaml and other non-language files are skipped.</summary>
public sealed partial class CaseCatalog
{
    /// <summary>Files in cases/ that are data of another kind, not a language.</summary>
    private static readonly HashSet<string> NonLanguageFiles = new(StringComparer.OrdinalIgnoreCase) { "identities", "claims", "probes" };

    private CaseCatalog(IReadOnlyList<LanguageCases> languages)
    {
        Languages = languages;
        Cases = languages.SelectMany(l => l.Cases).ToList();
    }

    /// <summary>No cases: what a run holds when the case files cannot be read (it reports that once).</summary>
    public static CaseCatalog Empty { get; } = new([]);

    public IReadOnlyList<LanguageCases> Languages { get; }

    public IReadOnlyList<Case> Cases { get; }

    public static CaseCatalog Load(string casesDirectory)
    {
        if (!Directory.Exists(casesDirectory))
        {
            throw new DirectoryNotFoundException($"The cases folder {casesDirectory} does not exist.");
        }

        var languages = Directory.EnumerateFiles(casesDirectory, "*.yaml")
            .Where(f => !NonLanguageFiles.Contains(Path.GetFileNameWithoutExtension(f)))
            .Order(StringComparer.Ordinal)
            .Select(LoadLanguage)
            .ToList();
        return new CaseCatalog(languages);
    }

    public static LanguageCases LoadLanguage(string path) => Parse(YamlDocument.Load(path), Path.GetFileNameWithoutExtension(path));

    public static LanguageCases Parse(YamlDocument document, string fileLanguage)
    {
        var root = document.Root;
        root.AllowOnly("language", "name", "cases");
        var language = root.RequiredString("language");
        if (!IsLanguageTag(language))
        {
            throw root.Error("language", $"'{language}' is not a BCP-47 language tag such as zh-Hans");
        }

        if (!string.Equals(language, fileLanguage, StringComparison.Ordinal))
        {
            throw root.Error("language", $"'{language}' does not match the file name '{fileLanguage}.yaml' (names use canonical casing, e.g. zh-Hans)");
        }

        var name = root.RequiredString("name");
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var cases = new List<Case>();
        foreach (var entry in root.MapList("cases", required: true))
        {
            var parsed = ParseCase(entry, language, document.File);
            if (seen.TryGetValue(parsed.Id, out var firstLine))
            {
                throw entry.Error("id", $"'{parsed.Id}' is already used on line {firstLine}");
            }

            seen[parsed.Id] = parsed.Line;
            cases.Add(parsed);
        }

        return new LanguageCases(language, name, cases, document.File);
    }

    private static Case ParseCase(YamlMap entry, string language, string file)
    {
        entry.AllowOnly("id", "checks", "system", "messages", "conversation", "tags", "expected-language", "suggests");
        var id = entry.RequiredString("id");
        if (!CaseIdPattern().IsMatch(id))
        {
            throw entry.Error("id", $"'{id}' must be lower-case ASCII letters, digits and dashes (it names snapshot files)");
        }

        var checks = entry.StringList("checks", required: true)
            .Select(c => Enum.TryParse<CheckKind>(c, ignoreCase: true, out var kind) && char.IsLower(c[0])
                ? kind
                : throw entry.Error("checks", $"'{c}' is not a check (known: identity, language)"))
            .Distinct()
            .ToList();

        if (entry.Has("conversation"))
        {
            if (entry.Has("messages"))
            {
                throw entry.Error("conversation", "a case has either 'messages' (scripted turns) or 'conversation' (the model answers every turn itself), not both");
            }

            var conversation = ParseConversation(entry, language, checks);
            return new Case(language, id, checks, entry.OptionalString("system"),
                conversation.Select(t => new Turn(Role.User, t.User)).ToList(), entry.StringList("tags"), file, entry.Line)
            {
                Conversation = conversation,
            };
        }

        var turns = new List<Turn>();
        var messages = entry.MapList("messages", required: true);
        foreach (var message in messages)
        {
            var keys = message.Keys.ToList();
            if (keys.Count != 1 || (keys[0] != "user" && keys[0] != "assistant"))
            {
                throw message.ErrorHere("messages", "each message is a single 'user: ...' or 'assistant: ...'");
            }

            turns.Add(new Turn(keys[0] == "user" ? Role.User : Role.Assistant, message.RequiredString(keys[0])));
        }

        if (turns.Count == 0)
        {
            throw entry.Error("messages", "must hold at least one user turn");
        }

        if (turns[^1].Role != Role.User)
        {
            throw messages[^1].ErrorHere(messages[^1].Path, "the last message must be a user turn");
        }

        var expected = entry.OptionalString("expected-language");
        if (expected is not null && !IsLanguageTag(expected))
        {
            throw entry.Error("expected-language", $"'{expected}' is not a BCP-47 language tag such as en or zh-Hans (the language the replies must be written in)");
        }

        if (expected is not null && string.Equals(expected, language, StringComparison.Ordinal))
        {
            throw entry.Error("expected-language", $"'{expected}' is the case's own language; leave the field out (it is for a prompt that asks for an answer in another language)");
        }

        var suggests = entry.OptionalString("suggests");
        if (suggests is not null && !CaseIdPattern().IsMatch(suggests))
        {
            throw entry.Error("suggests", $"'{suggests}' is not an identity id: it names a family or maker id of cases/identities.yaml, such as qwen or alibaba");
        }

        return new Case(language, id, checks, entry.OptionalString("system"), turns, entry.StringList("tags"), file, entry.Line)
        {
            ExpectedLanguage = expected ?? language,
            Suggests = suggests,
        };
    }

    /// <summary>
    /// A live conversation: user turns only, each with an optional expected language (it holds from that turn on) and an
    /// optional identity marker (the identity check judges that turn's reply).
    /// </summary>
    private static List<ConversationTurn> ParseConversation(YamlMap entry, string language, IReadOnlyList<CheckKind> checks)
    {
        var items = entry.MapList("conversation", required: true);
        if (items.Count < 2)
        {
            throw entry.Error("conversation", "a conversation needs at least two user turns (a single question is a case with 'messages')");
        }

        var turns = new List<ConversationTurn>();
        var expected = language;
        foreach (var item in items)
        {
            if (item.Has("assistant"))
            {
                throw item.Error("assistant", "a conversation's assistant turns are the model's own replies; script one with 'messages' instead");
            }

            item.AllowOnly("user", "language", "identity");
            var user = item.RequiredString("user");
            var switched = item.OptionalString("language");
            if (switched is not null)
            {
                if (!IsLanguageTag(switched))
                {
                    throw item.Error("language", $"'{switched}' is not a BCP-47 language tag such as zh-Hans");
                }

                expected = switched;
            }

            var asksIdentity = item.OptionalString("identity") switch
            {
                null or "false" => false,
                "true" => true,
                var other => throw item.Error("identity", $"'{other}' is not true or false"),
            };
            if (asksIdentity && !checks.Contains(CheckKind.Identity))
            {
                throw item.Error("identity", "this turn asks for the identity check, but the case's checks do not include identity");
            }

            turns.Add(new ConversationTurn(user, expected, asksIdentity, switched is not null, item.Line));
        }

        if (checks.Contains(CheckKind.Identity) && !turns.Any(t => t.AsksIdentity))
        {
            throw entry.Error("checks", "a conversation's identity check judges the turns marked 'identity: true', and no turn is");
        }

        return turns;
    }

    /// <summary>A BCP-47 tag in canonical casing: language, optional script, optional region (zh-Hans, pt-BR).</summary>
    public static bool IsLanguageTag(string tag) => LanguageTagPattern().IsMatch(tag);

    // \A and \z, not ^ and $: '$' also matches before a final newline, and "nl-id\n" named the file nl-id_.verified.md.
    [GeneratedRegex(@"\A[a-z][a-z0-9]*(-[a-z0-9]+)*\z")]
    private static partial Regex CaseIdPattern();

    [GeneratedRegex(@"\A[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?\z")]
    private static partial Regex LanguageTagPattern();
}
