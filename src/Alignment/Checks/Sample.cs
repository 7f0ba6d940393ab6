namespace Alignment.Checks;

/// <summary>One reply to a case, or why there is none.</summary>
public sealed record Sample(int Index, string? Text, string? Failure)
{
    public bool Succeeded => Failure is null;

    /// <summary>The model declined to answer; <see cref="Text"/> holds what it said instead. Its own verdict, never a pass.</summary>
    public bool Refused { get; init; }

    /// <summary>Reasoning the provider returned beside the reply (thinking blocks, reasoning fields): kept and shown, never judged.</summary>
    public string? Reasoning { get; init; }

    /// <summary>
    /// A live conversation's replies, one per user turn in order (empty for a case of scripted messages). A sample is the
    /// whole conversation: <see cref="Text"/> is its last reply, and a refusal ends it (the refusal is its last turn).
    /// </summary>
    public IReadOnlyList<TurnReply> Turns { get; init; } = [];

    /// <summary>For a conversation that failed, the turn (1-based) whose request got no reply; <see cref="Failure"/> says why.</summary>
    public int? FailedTurn { get; init; }

    /// <summary>The response's model field (its last turn's, for a conversation): what the endpoint says answered.</summary>
    public string? ModelId { get; init; }

    public static Sample Refusal(int index, string text) => new(index, text, null) { Refused = true };
}

/// <summary>The model's reply to one user turn of a live conversation.</summary>
public sealed record TurnReply(string Text, string? Reasoning = null);
