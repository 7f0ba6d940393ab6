namespace Alignment.Identity;

/// <summary>Where an unlisted name stands; <paramref name="Unplaced"/> when the slot names something the check cannot place ("オープンアイル言語モデル").</summary>
internal readonly record struct NameSpan(int Start, int End, bool Unplaced = false)
{
    public static implicit operator NameSpan((int Start, int End) span) => new(span.Start, span.End);
}
