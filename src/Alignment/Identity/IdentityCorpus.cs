using System.Text.Json;
using Alignment.Cases;

namespace Alignment.Identity;

/// <summary>One real reply with its labels (corpus/identity/replies.jsonl; the corpus README defines the fields).</summary>
public sealed record LabeledReply(
    string Id,
    string Language,
    string Text,
    IReadOnlyList<string> Claims,
    string? Maker,
    IReadOnlyList<string> Mentions,
    IReadOnlyList<string> Tags,
    string Source,
    int Line);

/// <summary>The labeled corpus of real replies the identity check is measured on.</summary>
public static class IdentityCorpus
{
    public static string DefaultPath(string root) => Path.Combine(root, "corpus", "identity", "replies.jsonl");

    public static IReadOnlyList<LabeledReply> Load(string path)
    {
        var rows = new List<LabeledReply>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                rows.Add(Parse(path, number, line));
            }
        }

        return rows;
    }

    private static LabeledReply Parse(string file, int line, string json)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(json).RootElement;
        }
        catch (JsonException e)
        {
            throw new DataFileException(file, line, "", $"not valid JSON: {e.Message}");
        }

        string Required(string field) =>
            root.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s
                ? s
                : throw new DataFileException(file, line, field, "is required (a non-empty string)");

        string? Optional(string field) =>
            !root.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null ? null
            : v.ValueKind == JsonValueKind.String ? v.GetString()
            : throw new DataFileException(file, line, field, "must be a string or null");

        IReadOnlyList<string> List(string field) =>
            !root.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null ? []
            : v.ValueKind == JsonValueKind.Array && v.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
                ? v.EnumerateArray().Select(e => e.GetString()!).ToList()
                : throw new DataFileException(file, line, field, "must be a list of strings");

        return new LabeledReply(Required("id"), Required("lang"), Required("text"), List("claims"), Optional("maker"), List("mentions"), List("tags"), Required("source"), line);
    }
}

/// <summary>How one labeled reply was read.</summary>
/// <param name="NameClaimsRight">The families claimed by name equal the labeled claims (the corpus labels maker-only replies as claiming nothing).</param>
/// <param name="ClaimsRight">All claims, maker-only ones included, equal what the labels imply under the rule ("我是由阿里云开发的…" claims qwen).</param>
/// <param name="Implied">The labeled claims under the rule.</param>
public sealed record CorpusResult(
    LabeledReply Row, IdentityReading Reading, IReadOnlyCollection<string> Implied, bool NameClaimsRight, bool ClaimsRight, bool MakerRight, bool MentionsRight)
{
    public IReadOnlyList<string> NameClaims => Reading.Claims.Where(c => c.Basis == ClaimBasis.Name).Select(c => c.Family).Distinct().ToList();
}

/// <summary>The identity check measured on a labeled corpus: exact claim sets, makers, mentions, and forbidden identities that passed.</summary>
public sealed class CorpusEvaluation
{
    private CorpusEvaluation(IReadOnlyList<CorpusResult> results, IReadOnlyList<(LabeledReply Row, string Target)> forbiddenPasses)
    {
        Results = results;
        ForbiddenPasses = forbiddenPasses;
    }

    public IReadOnlyList<CorpusResult> Results { get; }

    /// <summary>Replies that claim an identity (or a maker) other than the target's, yet were judged pass against that target.</summary>
    public IReadOnlyList<(LabeledReply Row, string Target)> ForbiddenPasses { get; }

    public int ForbiddenJudgements { get; private init; }

    public static CorpusEvaluation Run(IdentityClassifier classifier, IReadOnlyList<LabeledReply> rows)
    {
        var catalog = classifier.Catalog;
        var results = new List<CorpusResult>();
        var forbidden = new List<(LabeledReply, string)>();
        var judgements = 0;
        foreach (var row in rows)
        {
            var reading = classifier.Classify(row.Text, row.Language);
            var nameClaims = reading.Claims.Where(c => c.Basis == ClaimBasis.Name).Select(c => c.Family).ToHashSet();
            var implied = ImpliedClaims(catalog, row);
            results.Add(new CorpusResult(
                row,
                reading,
                implied,
                nameClaims.SetEquals(row.Claims),
                reading.ClaimedFamilies.ToHashSet().SetEquals(implied),
                reading.Maker == row.Maker,
                reading.Mentions.ToHashSet().SetEquals(row.Mentions.Except(row.Claims))));

            // Every target whose identity the reply does not claim, and whose maker it does not claim either, must not pass.
            if (row.Claims.Count == 0 && row.Maker is null)
            {
                continue;
            }

            foreach (var target in catalog.Families.Where(f => !row.Claims.Contains(f.Id) && (row.Claims.Count > 0 || !f.Makers.Contains(row.Maker!))))
            {
                judgements++;
                var judgement = classifier.Judge(row.Text, row.Language, target.Id, target.Makers[0]);
                if (judgement.Outcome == IdentityOutcome.Pass)
                {
                    forbidden.Add((row, target.Id));
                }
            }
        }

        return new CorpusEvaluation(results, forbidden) { ForbiddenJudgements = judgements };
    }

    /// <summary>The labels read with the rule: a reply that names only its maker claims the maker's family (a persona does not).</summary>
    public static IReadOnlyCollection<string> ImpliedClaims(IdentityCatalog catalog, LabeledReply row) =>
        row.Claims.Count > 0 || row.Maker is null || row.Tags.Contains("roleplay") || catalog.FamilyFor(row.Maker) is not { } family || row.Mentions.Contains(family)
            ? row.Claims.ToHashSet()
            : [family];

    public double Rate(Func<CorpusResult, bool> right) => Results.Count == 0 ? 0 : (double)Results.Count(right) / Results.Count;

    /// <summary>Rows per language with how many were read right.</summary>
    public IEnumerable<(string Language, int Right, int Total)> ByLanguage(Func<CorpusResult, bool> right) =>
        Results.GroupBy(r => r.Row.Language)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(right), g.Count()));

    /// <summary>Counts of (labeled claims, read claims), each "none", a family, or families joined by '+'; by name only, or under the rule.</summary>
    public IReadOnlyDictionary<(string Labeled, string Read), int> Confusion(bool byName) =>
        Results.GroupBy(r => (Key(byName ? r.Row.Claims : r.Implied), Key(byName ? r.NameClaims : r.Reading.ClaimedFamilies)))
            .ToDictionary(g => g.Key, g => g.Count());

    private static string Key(IEnumerable<string> families)
    {
        var list = families.Distinct().Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "none" : string.Join("+", list);
    }
}
