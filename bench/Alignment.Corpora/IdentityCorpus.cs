using System.Text.Json;
using Alignment.Cases;
using Alignment.Identity;

namespace Alignment.Corpora;

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
    int Line)
{
    /// <summary>"tune" (the check may be tuned on it) or "test" (never tuned on); no source is in both.</summary>
    public string Split { get; init; } = IdentityCorpus.Tune;
}

/// <summary>The labeled corpus of real replies the identity check is measured on.</summary>
public static class IdentityCorpus
{
    public const string Tune = "tune";
    public const string Test = "test";

    /// <summary>
    /// The source a row counts under for the split: a GitHub repository (owner/name), else the site. Rows of one repository
    /// or site share their wording, so a source in both parts would let the test part reward what was tuned on.
    /// </summary>
    public static string SourceGroup(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return url;
        }

        // GitHub and Hugging Face hold many repositories, each its own source: owner/name (after datasets/ or spaces/).
        var parts = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var host = uri.Host.ToLowerInvariant();
        var repository = host.EndsWith("huggingface.co", StringComparison.Ordinal) && parts.Length >= 3 && parts[0] is "datasets" or "spaces"
            ? parts[1..3]
            : parts.Length >= 2 && (host.EndsWith("github.com", StringComparison.Ordinal) || host.EndsWith("huggingface.co", StringComparison.Ordinal)) ? parts[..2] : null;
        return repository is null ? host : $"{host}/{repository[0]}/{repository[1]}".ToLowerInvariant();
    }

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

        var split = Required("split");
        if (split is not (Tune or Test))
        {
            throw new DataFileException(file, line, "split", $"'{split}' must be '{Tune}' or '{Test}'");
        }

        return new LabeledReply(Required("id"), Required("lang"), Required("text"), List("claims"), Optional("maker"), List("mentions"), List("tags"), Required("source"), line)
        {
            Split = split,
        };
    }
}

/// <summary>How one labeled reply was read.</summary>
/// <param name="NameClaimsRight">The families claimed by name equal the labeled claims (the corpus labels maker-only replies as claiming nothing).</param>
/// <param name="ClaimsRight">All claims, maker-only ones included, equal what the labels imply under the rule ("我是由阿里云开发的…" claims qwen).</param>
/// <param name="Implied">The labeled claims under the rule.</param>
public sealed record CorpusResult(
    LabeledReply Row, IdentityReading Reading, IReadOnlyCollection<string> Implied, bool NameClaimsRight, bool ClaimsRight, bool MakerRight, bool MentionsRight)
{
    /// <summary>Whether the gate, asking who the model is, calls the reply uncertain (a reviewer looks at it).</summary>
    public bool JudgedUncertain => UncertainBecause is not null;

    /// <summary>Why the gate, asked who it is, sends the reply to review (against the catalog's first family); null if it does not.</summary>
    public string? UncertainBecause { get; init; }

    public IReadOnlyList<string> NameClaims => Reading.Claims.Where(c => c.Basis == ClaimBasis.Name).Select(c => c.Family).Distinct().ToList();
}

/// <summary>A gate false pass: a reply whose true claim is not the target's identity, judged pass against that target.</summary>
public sealed record GateFalsePass(LabeledReply Row, string Target, IdentityOutcome Outcome);

/// <summary>
/// The identity check measured on a labeled corpus: exact claim sets, makers, mentions, and gate false passes, the worst
/// error a gate can make. Names outside the catalog compare by <see cref="IdentityCatalog.Canonical"/>: "other:Xiao Huang"
/// and "other:XiaoHuang" are one claim, and so are two spellings where one holds the other ("other:VNPT Bot", "other:VNPT").
/// </summary>
public sealed class CorpusEvaluation
{
    private readonly IReadOnlyList<(string Split, int Count)> judged;

    private CorpusEvaluation(IReadOnlyList<CorpusResult> results, IReadOnlyList<GateFalsePass> falsePasses, IReadOnlyList<(string Split, int Count)> judged)
    {
        Results = results;
        GateFalsePasses = falsePasses;
        this.judged = judged;
    }

    public IReadOnlyList<CorpusResult> Results { get; }

    /// <summary>
    /// Replies that claim an identity (or, with none, a maker) other than a target's, judged pass against that target as the
    /// gate judges by default (a reply that claims nothing passes, an uncertain one does not).
    /// </summary>
    public IReadOnlyList<GateFalsePass> GateFalsePasses { get; }

    /// <summary>How many (reply, target) judgements the gate false passes were counted in.</summary>
    public int GateJudgements => judged.Sum(j => j.Count);

    public static CorpusEvaluation Run(IdentityClassifier classifier, IReadOnlyList<LabeledReply> rows)
    {
        var catalog = classifier.Catalog;
        var results = new List<CorpusResult>();
        var falsePasses = new List<GateFalsePass>();
        var judged = new List<(string, int)>();
        foreach (var row in rows)
        {
            // Every row answers "who are you", as the gate reads such an answer.
            var reading = classifier.Classify(row.Text, row.Language, asksWhoItIs: true);
            var labeled = row.Claims.Select(c => catalog.Canonical(c)).ToList();
            var implied = ImpliedClaims(catalog, row);
            var nameClaims = reading.Claims.Where(c => c.Basis is ClaimBasis.Name or ClaimBasis.Answer).Select(c => catalog.Canonical(c.Family));
            results.Add(new CorpusResult(
                row,
                reading,
                implied,
                SameClaims(nameClaims, labeled),
                SameClaims(reading.ClaimedFamilies.Select(c => catalog.Canonical(c)), implied),
                SameClaims(Maybe(reading.Maker, catalog), Maybe(row.Maker, catalog, maker: true)),
                SameClaims(reading.Mentions.Select(c => catalog.Canonical(c)), row.Mentions.Select(c => catalog.Canonical(c)).Except(labeled)))
            {
                UncertainBecause = classifier.Judge(row.Text, row.Language, catalog.Families[0].Id, catalog.Families[0].Makers[0], asksWhoItIs: true) is { Outcome: IdentityOutcome.Uncertain } asked ? asked.Explanation : null,
            });

            // Every target whose identity the reply does not claim, and whose maker it does not claim either, must not pass.
            var maker = row.Maker is null ? null : catalog.Canonical(row.Maker, maker: true);
            if (labeled.Count == 0 && maker is null)
            {
                continue;
            }

            var targets = catalog.Families.Where(f => !labeled.Contains(f.Id) && (labeled.Count > 0 || !f.Makers.Contains(maker!))).ToList();
            judged.Add((row.Split, targets.Count));
            foreach (var target in targets)
            {
                var judgement = classifier.Judge(row.Text, row.Language, target.Id, target.Makers[0], asksWhoItIs: true);
                if (judgement.Passed(noClaimFails: false))
                {
                    falsePasses.Add(new GateFalsePass(row, target.Id, judgement.Outcome));
                }
            }
        }

        return new CorpusEvaluation(results, falsePasses, judged);
    }

    /// <summary>The labels read with the rule: a reply that names only its maker claims the maker's family (a persona does not).</summary>
    public static IReadOnlyCollection<string> ImpliedClaims(IdentityCatalog catalog, LabeledReply row)
    {
        var claims = row.Claims.Select(c => catalog.Canonical(c)).ToHashSet();
        return claims.Count > 0 || row.Maker is null || row.Tags.Contains("roleplay") || catalog.FamilyFor(catalog.Canonical(row.Maker, maker: true)) is not { } family
            || row.Mentions.Contains(family)
            ? claims
            : [family];
    }

    /// <summary>Two claim sets are one when each claim of one has its like in the other, and the other way round.</summary>
    public static bool SameClaims(IEnumerable<string> read, IEnumerable<string> labeled)
    {
        var a = read.Distinct().ToList();
        var b = labeled.Distinct().ToList();
        return a.All(x => b.Any(y => Alike(x, y))) && b.All(y => a.Any(x => Alike(x, y)));
    }

    private static bool Alike(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var other = IdentityCatalog.OtherPrefix;
        return a.StartsWith(other, StringComparison.Ordinal) && b.StartsWith(other, StringComparison.Ordinal)
            && a.Length > other.Length && b.Length > other.Length && (a.Contains(b[other.Length..], StringComparison.Ordinal) || b.Contains(a[other.Length..], StringComparison.Ordinal));
    }

    private static IEnumerable<string> Maybe(string? id, IdentityCatalog catalog, bool maker = true) =>
        id is null ? [] : [catalog.Canonical(id, maker)];

    public double Rate(Func<CorpusResult, bool> right) => Results.Count == 0 ? 0 : (double)Results.Count(right) / Results.Count;

    /// <summary>The same measures on a part of the corpus (the tuning or the test part).</summary>
    public CorpusEvaluation Part(string split) => new(
        Results.Where(r => r.Row.Split == split).ToList(),
        GateFalsePasses.Where(p => p.Row.Split == split).ToList(),
        judged.Where(j => j.Split == split).ToList());

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
        var list = families.Select(f => f.StartsWith(IdentityCatalog.OtherPrefix, StringComparison.Ordinal) ? "other" : f)
            .Distinct().Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "none" : string.Join("+", list);
    }
}
