namespace Alignment.Checks;

/// <summary>
/// One check's verdict on one reply. <see cref="Outcome"/> is the check's own word for it (pass, wrong-identity, mixed),
/// <see cref="Label"/> what the distribution counts (claude, qwen, en), <see cref="Explanation"/> what a failure says.
/// </summary>
public sealed record ReplyVerdict(bool Passed, string Outcome, string Label, string Explanation)
{
    /// <summary>The identities the reply claims (the identity check's reading).</summary>
    public IReadOnlyList<string> Claims { get; init; } = [];

    /// <summary>The language the reply is written in, "und" when undetermined (the language check's reading).</summary>
    public string? Language { get; init; }

    /// <summary>Where in the judged reply the check found what it decided on (a claim, a passage in another language).</summary>
    public IReadOnlyList<EvidenceSpan> Evidence { get; init; } = [];

    /// <summary>
    /// For a live conversation, the turn this verdict is about (1-based): the first that failed, or null when every judged
    /// turn passed. Null for a case of scripted messages.
    /// </summary>
    public int? Turn { get; init; }

    /// <summary>The reply of <see cref="Turn"/>, for a failure to quote (the sample's own text is its last reply).</summary>
    public string? Quote { get; init; }

    /// <summary>An outcome enum as verdicts write it: WrongIdentity → wrong-identity.</summary>
    public static string Kebab(Enum outcome) =>
        string.Concat(outcome.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $"-{char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));
}

/// <summary>A passage of a judged reply, [Start, Start+Length) in UTF-16 code units, and what it shows ("qwen", "en").</summary>
public sealed record EvidenceSpan(int Start, int Length, string Label);
