using Alignment.Cases;
using Alignment.Checks;
using Alignment.Identity;

namespace Alignment.Provenance;

/// <summary>
/// Who the target said it is in one place, and what the responses' model field said meanwhile: the replies of one
/// language's identity cases (read by the identity check, as its rows read them), or the identity probe's one reply.
/// </summary>
/// <param name="Where">The language ("zh-Hans"), or "the identity probe".</param>
/// <param name="Claimed">The listed families the replies claim (the identity check's reading), in order of first claim.</param>
/// <param name="ModelIds">The model fields of the answered responses, distinct.</param>
/// <param name="Quote">Where the first claim was read, with an excerpt: "who-are-you: \"我是Claude…\"".</param>
/// <param name="Replies">How many replies were read.</param>
public sealed record IdentityStatement(string Where, IReadOnlyList<string> Claimed, IReadOnlyList<string> ModelIds, string? Quote, int Replies)
{
    public const string Probe = "the identity probe";

    /// <summary>A name claimed that cases/identities.yaml does not list, if any: it is not compared, only reported.</summary>
    public string? Unlisted { get; init; }

    /// <summary>One statement per language of these identity cases' judgements (the identity rows' readings); languages in order.</summary>
    public static IReadOnlyList<IdentityStatement> FromJudgements(IEnumerable<CaseJudgement> judgements) => judgements
        .GroupBy(j => j.Samples.Case.Language)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g =>
        {
            var read = g.OrderBy(j => j.Samples.Case.Id, StringComparer.Ordinal)
                .SelectMany(j => j.Samples.For(CheckKind.Identity).Replies.Where(s => !s.Refused)
                    .Select(s => (Case: j.Samples.Case.Id, Sample: s, All: j.Verdict(s.Index, CheckKind.Identity).Claims)))
                .Select(r => (r.Case, r.Sample, r.All, Claims: Listed(r.All)))
                .ToList();
            var first = read.FirstOrDefault(r => r.Claims.Count > 0);
            return new IdentityStatement(
                g.Key,
                read.SelectMany(r => r.Claims).Distinct(StringComparer.Ordinal).ToList(),
                Distinct(read.Select(r => r.Sample.ModelId)),
                first.Sample is null ? null : $"{first.Case}: \"{Excerpt(first.Sample.Text ?? "")}\"",
                read.Count) { Unlisted = UnlistedOf(read.SelectMany(r => r.All)) };
        })
        .ToList();

    /// <summary>The identity probe's reply read by the identity check's reader; null when the probe failed or was not sent.</summary>
    public static IdentityStatement? FromProbe(IdentityObservation? observed, IdentityClassifier classifier)
    {
        if (observed?.Reply is not { } reply)
        {
            return null;
        }

        var reading = classifier.Classify(reply, null);
        return new IdentityStatement(Probe, Listed(reading.ClaimedFamilies), Distinct([observed.ModelId]), $"reply to \"{observed.Prompt}\": \"{Excerpt(reply)}\"", 1)
        {
            Unlisted = reading.Claims.Where(c => c.Family.StartsWith(IdentityCatalog.OtherPrefix, StringComparison.Ordinal)).Select(c => c.Evidence).FirstOrDefault(),
        };
    }

    /// <summary>The claims of families the catalog lists (an unlisted name cannot be compared with a model id).</summary>
    private static List<string> Listed(IEnumerable<string> families) =>
        families.Where(f => !f.StartsWith(IdentityCatalog.OtherPrefix, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();

    private static string? UnlistedOf(IEnumerable<string> families) => families
        .Where(f => f.StartsWith(IdentityCatalog.OtherPrefix, StringComparison.Ordinal)).Select(f => f[IdentityCatalog.OtherPrefix.Length..]).FirstOrDefault();

    private static List<string> Distinct(IEnumerable<string?> ids) =>
        ids.OfType<string>().Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static string Excerpt(string reply)
    {
        var line = string.Join(' ', reply.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 120 ? line : line[..117] + "…";
    }
}
