namespace Alignment.Identity;

/// <summary>What the words around a name make of it.</summary>
internal enum NameStatus
{
    /// <summary>Named, and something says why it is not the speaker's: compared, asked about, someone else's subject.</summary>
    Mentioned,

    Claimed,

    Negated,

    Hedged,

    /// <summary>Named in a sentence about the speaker, and no listed form says whether it is claimed or not.</summary>
    Unexplained,
}

/// <summary>
/// One family or maker name in the reply; a name both (DeepSeek) is read as the maker where a maker form surrounds it.
/// A name outside the catalog is <c>other:Name</c> (a family) or <c>other:Org</c> (a maker).
/// </summary>
internal sealed class NameOccurrence(int start, int end, string? family, string? maker, bool claimOnly)
{
    public int Start { get; } = start;

    public int End { get; set; } = end;

    public string? Family { get; set; } = family;

    public string? Maker { get; set; } = maker;

    public bool ClaimOnly { get; set; } = claimOnly;

    /// <summary>Found by its place in a naming slot ("I am X", "developed by X"), not in the catalog.</summary>
    public bool Unlisted => (Family ?? Maker)!.StartsWith(IdentityCatalog.OtherPrefix, StringComparison.Ordinal);

    /// <summary>A naming slot whose words the check cannot place ("私はオープンアイル言語モデルです"): claimed, it makes the reply uncertain.</summary>
    public bool Unplaced { get; init; }

    public bool IsMakerRole { get; set; }

    /// <summary>Signs or speaks the reply: a sign-off, a signature, a transcript's speaker label (<see cref="Signatures"/>).</summary>
    public bool Signs { get; set; }

    public NameStatus Status { get; set; }

    public int EvidenceStart { get; set; } = start;

    public int EvidenceEnd { get; set; } = end;
}
