namespace Alignment.Checks;

/// <summary>One reply to a case, or why there is none.</summary>
public sealed record Sample(int Index, string? Text, string? Failure)
{
    public bool Succeeded => Failure is null;

    /// <summary>The model declined to answer; <see cref="Text"/> holds what it said instead. Its own verdict, never a pass.</summary>
    public bool Refused { get; init; }

    /// <summary>Reasoning the provider returned beside the reply (thinking blocks, reasoning fields): kept and shown, never judged.</summary>
    public string? Reasoning { get; init; }

    public static Sample Refusal(int index, string text) => new(index, text, null) { Refused = true };
}
