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

/// <summary>
/// One user turn of a live conversation: the model answers it itself and its answer is fed back before the next turn.
/// </summary>
/// <param name="Language">The language its reply must be in: the file's, or the one an earlier turn switched to.</param>
/// <param name="AsksIdentity">Whether the identity check judges its reply (the turn asks who the model is).</param>
/// <param name="SetsLanguage">Whether this turn names its language itself (the user asked to switch).</param>
public sealed record ConversationTurn(string User, string Language, bool AsksIdentity, bool SetsLanguage, int Line);

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

    /// <summary>
    /// The user turns of a live conversation (empty for a case of scripted messages). <see cref="Turns"/> then holds the
    /// same user texts, and the model's own replies come between them as the conversation runs.
    /// </summary>
    public IReadOnlyList<ConversationTurn> Conversation { get; init; } = [];

    public bool IsConversation => Conversation.Count > 0;
}

/// <summary>The cases of one language file.</summary>
public sealed record LanguageCases(string Language, string Name, IReadOnlyList<Case> Cases, string File);
