using System.Text.RegularExpressions;

namespace Alignment.Snapshots;

/// <summary>
/// --filter: glob patterns (* and ?) matched against a snapshot's target, language, case, or its key
/// target/language/case. Any pattern matching is enough; no pattern matches everything.
/// </summary>
public sealed class SnapshotFilter(IEnumerable<string> patterns)
{
    private readonly Regex[] globs = patterns
        .Where(p => !string.IsNullOrWhiteSpace(p))
        .Select(p => new Regex("^" + Regex.Escape(p.Trim()).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
        .ToArray();

    private readonly string[] texts = patterns.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToArray();

    public static SnapshotFilter All { get; } = new([]);

    /// <summary>No pattern was given: everything matches.</summary>
    public bool IsEmpty => globs.Length == 0;

    /// <summary>The patterns as given, for messages.</summary>
    public override string ToString() => string.Join(", ", texts.Select(t => $"'{t}'"));

    public bool Matches(SnapshotId id) =>
        globs.Length == 0 || globs.Any(g => g.IsMatch(id.Target) || g.IsMatch(id.Language) || g.IsMatch(id.Case) || g.IsMatch(id.Key));
}
