using System.Globalization;
using System.Text;
using Alignment.Configuration;
using Alignment.Snapshots;

namespace Alignment.Provenance;

/// <summary>
/// A target's provenance fingerprint as a snapshot (snapshots/&lt;target&gt;/provenance/fingerprint.verified.md), approved
/// and reviewed like a case's: front matter with the probe settings, then one table row per measure, so a change reads
/// as "slope zh-phrase: 1.9 → 1.1 tokens".
/// </summary>
public static partial class FingerprintSnapshot
{
    public const string Case = "fingerprint";
    public const string ModelField = "model field";
    public const string Intercept = "intercept";
    public const string SlopePrefix = "slope ";
    public const string Protocol = "protocol";
    private const string TableHeading = "## Fingerprint";
    private const string TokensSuffix = " tokens";

    public static SnapshotId IdOf(ResolvedTarget target) => new(target.Name, SnapshotFolder.ProvenanceFolder, Case);

    /// <param name="protocol">The stream's shape (<see cref="ProtocolShape.Signature"/>); null when no stream was probed.</param>
    public static string Render(ResolvedTarget target, Fingerprint fingerprint, string? protocol = null)
    {
        var probes = fingerprint.Probes;
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("format: 1\n");
        text.Append($"target: {target.Name}\n");
        text.Append($"provider: {target.Provider}\n");
        text.Append($"model: {target.Model}\n");
        text.Append($"probes: cases/{ProbeSet.FileName}\n");
        text.Append($"units: {string.Join(", ", probes.Units.Select(u => u.Id))}\n");
        text.Append($"repeats: {string.Join(", ", probes.Repeats)}\n");
        text.Append($"calls: {probes.Calls}\n");
        text.Append($"slope-precision: {probes.SlopePrecision.ToString(CultureInfo.InvariantCulture)} tokens\n");
        text.Append("intercept-precision: 1 token\n");
        text.Append($"compare: {target.Compare.Name()}\n");
        text.Append("---\n\n");
        text.Append($"# {target.Name} · provenance · fingerprint\n\n");
        text.Append("Input tokens the endpoint reported, fitted by least squares on the number of copies of each unit: the slope is the tokenizer's ");
        text.Append("cost of one copy, the intercept what the rest of a request costs (a hidden system prompt included).\n\n");
        text.Append(TableHeading).Append("\n\n");
        text.Append("| measure | value |\n| --- | --- |\n");
        foreach (var (measure, value) in Entries(fingerprint, protocol))
        {
            text.Append($"| {measure} | {Cell(value)} |\n");
        }

        return text.ToString();
    }

    /// <summary>The measures in the order the snapshot lists them.</summary>
    public static IReadOnlyList<(string Measure, string Value)> Entries(Fingerprint fingerprint, string? protocol = null) =>
    [
        (ModelField, fingerprint.ModelField),
        (Intercept, fingerprint.Intercept is { } i ? i.ToString(CultureInfo.InvariantCulture) + TokensSuffix : "not measured"),
        .. fingerprint.Slopes.Select(s => (SlopePrefix + s.Unit.Id, Fingerprint.Format(s.RoundedSlope, fingerprint.Probes.SlopePrecision) + TokensSuffix)),
        .. protocol is null ? [] : new[] { (Protocol, protocol) },
    ];

    /// <summary>The measures of a snapshot's table, by name; empty when it has none.</summary>
    public static IReadOnlyDictionary<string, string> Parse(string snapshot)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var inTable = false;
        foreach (var line in SnapshotText.Normalize(snapshot).Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inTable = line == TableHeading;
                continue;
            }

            var cells = UnescapedPipe().Split(line);
            if (inTable && cells.Length == 4 && cells[1].Trim() is { Length: > 0 } measure && measure != "measure" && !measure.StartsWith("---", StringComparison.Ordinal))
            {
                entries[measure] = cells[2].Trim().Replace("\\|", "|", StringComparison.Ordinal);
            }
        }

        return entries;
    }

    /// <summary>"slope zh-phrase: 1.9 → 1.1 tokens"; the unit is written once when both sides have it.</summary>
    public static string Change(string measure, string? before, string? after)
    {
        before ??= "none";
        after ??= "none";
        return before.EndsWith(TokensSuffix, StringComparison.Ordinal) && after.EndsWith(TokensSuffix, StringComparison.Ordinal)
            ? $"{measure}: {before[..^TokensSuffix.Length]} → {after}"
            : $"{measure}: {before} → {after}";
    }

    /// <summary>A number of tokens from a value such as "17 tokens"; null when it is not one.</summary>
    public static double? Tokens(string? value) =>
        value is not null && value.EndsWith(TokensSuffix, StringComparison.Ordinal)
        && double.TryParse(value[..^TokensSuffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var tokens)
            ? tokens
            : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\\)\|")]
    private static partial System.Text.RegularExpressions.Regex UnescapedPipe();

    private static string Cell(string value) => TerminalText.Safe(value).Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
