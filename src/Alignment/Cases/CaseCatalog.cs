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
        entry.AllowOnly("id", "checks", "system", "messages", "tags");
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

        return new Case(language, id, checks, entry.OptionalString("system"), turns, entry.StringList("tags"), file, entry.Line);
    }

    /// <summary>A BCP-47 tag in canonical casing: language, optional script, optional region (zh-Hans, pt-BR).</summary>
    public static bool IsLanguageTag(string tag) => LanguageTagPattern().IsMatch(tag);

    // \A and \z, not ^ and $: '$' also matches before a final newline, and "nl-id\n" named the file nl-id_.verified.md.
    [GeneratedRegex(@"\A[a-z][a-z0-9]*(-[a-z0-9]+)*\z")]
    private static partial Regex CaseIdPattern();

    [GeneratedRegex(@"\A[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?\z")]
    private static partial Regex LanguageTagPattern();
}
