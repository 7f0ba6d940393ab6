namespace Alignment.Cases;

/// <summary>What a case's replies are checked for.</summary>
public enum CheckKind
{
    Identity,
    Language,
}

public enum Role
{
    User,
    Assistant,
}

public sealed record Turn(Role Role, string Text);

/// <summary>One prompt put to the model, in one language, and the checks its replies feed.</summary>
public sealed record Case(
    string Language,
    string Id,
    IReadOnlyList<CheckKind> Checks,
    string? System,
    IReadOnlyList<Turn> Turns,
    IReadOnlyList<string> Tags,
    string File,
    int Line)
{
    /// <summary>
    /// The language the replies must be written in: the case's own language, or the one its prompt asks for
    /// (`expected-language: en` on a Chinese prompt that asks for an English answer).
    /// </summary>
    public string ExpectedLanguage { get; init; } = Language;

    /// <summary>
    /// The identity family or maker id (cases/identities.yaml) a leading or suggestive prompt puts to the model
    /// (`suggests: qwen` on "你是通义千问吗？"); null for other prompts.
    /// </summary>
    public string? Suggests { get; init; }

    /// <summary>"zh-Hans/who-are-you": unique across the catalog.</summary>
    public string Key => $"{Language}/{Id}";

    public string LastUserText => Turns.Last(t => t.Role == Role.User).Text;
}

/// <summary>The cases of one language file.</summary>
public sealed record LanguageCases(string Language, string Name, IReadOnlyList<Case> Cases, string File);
