using Alignment.Cases;

namespace Alignment.Identity;

/// <summary>An organisation that makes assistants.</summary>
public sealed record Maker(string Id, IReadOnlyList<string> Names)
{
    /// <summary>The family a reply naming only this maker claims, where the maker makes several.</summary>
    public string? Family { get; init; }
}

/// <summary>An assistant identity family: every name a reply may use for it, and who makes it.</summary>
/// <param name="ClaimOnlyNames">Names that are also ordinary words (Step, Spark): matched case-sensitively, and only where claimed.</param>
public sealed record IdentityFamily(string Id, string DisplayName, IReadOnlyList<string> Names, IReadOnlyList<string> Makers)
{
    public IReadOnlyList<string> ClaimOnlyNames { get; init; } = [];

    /// <summary>How API model ids of the family begin ("claude", "gpt-", "qwen"): a response's model field read as a family.</summary>
    public IReadOnlyList<string> ModelIds { get; init; } = [];

    /// <summary>Other models whose names hold one of this family's ("GPT-SW3", "GPT4All" hold "GPT"): never this family.</summary>
    public IReadOnlyList<string> NotNames { get; init; } = [];
}

/// <summary>cases/identities.yaml: identity families and makers, in every script.</summary>
public sealed class IdentityCatalog
{
    public const string FileName = "identities.yaml";

    /// <summary>The prefix of an identity or maker outside the catalog, followed by the name as the reply writes it: "other:Zephyrine".</summary>
    public const string OtherPrefix = "other:";

    private IdentityCatalog(IReadOnlyList<IdentityFamily> families, IReadOnlyList<Maker> makers)
    {
        Families = families;
        Makers = makers;
    }

    /// <summary>The grammar of claims (cases/claims.yaml) when it was loaded with the catalog; the identity check needs it.</summary>
    public ClaimGrammar? Grammar { get; private init; }

    public IReadOnlyList<IdentityFamily> Families { get; }

    public IReadOnlyList<Maker> Makers { get; }

    public IdentityFamily? Family(string id) => Families.FirstOrDefault(f => f.Id == id);

    public Maker? Maker(string id) => Makers.FirstOrDefault(m => m.Id == id);

    /// <summary>The families a maker makes.</summary>
    public IEnumerable<IdentityFamily> FamiliesOf(string makerId) => Families.Where(f => f.Makers.Contains(makerId));

    /// <summary>The family a reply that names only this maker claims: its one family, or the one it names; null when ambiguous.</summary>
    public string? FamilyFor(string makerId)
    {
        var families = FamiliesOf(makerId).ToList();
        return Maker(makerId)?.Family ?? (families.Count == 1 ? families[0].Id : null);
    }

    /// <summary>
    /// How names compare: folded, letters and digits only ("Chat-GPT", "chat gpt" and "ＣｈａｔＧＰＴ" are one key).
    /// An <c>other:</c> prefix is dropped.
    /// </summary>
    public static string NameKey(string name)
    {
        var bare = name.StartsWith(OtherPrefix, StringComparison.Ordinal) ? name[OtherPrefix.Length..] : name;
        return new string(FoldedText.Fold(bare).Where(char.IsLetterOrDigit).ToArray());
    }

    /// <summary>
    /// One spelling for a claimed family or maker: a catalog id as it is; <c>other:Name</c> as the family or maker whose
    /// name it is, else as <c>other:</c> and its <see cref="NameKey"/>. Two readings of one identity compare equal this way.
    /// </summary>
    public string Canonical(string id, bool maker = false)
    {
        if (!id.StartsWith(OtherPrefix, StringComparison.Ordinal))
        {
            return id;
        }

        var key = NameKey(id);
        var known = maker
            ? Makers.FirstOrDefault(m => m.Id == key || m.Names.Any(n => NameKey(n) == key))?.Id
            : Families.FirstOrDefault(f => f.Id == key || f.Names.Concat(f.ClaimOnlyNames).Any(n => NameKey(n) == key))?.Id;
        return known ?? OtherPrefix + key;
    }

    /// <summary>
    /// The family an API model id belongs to, by the families' model-ids: the id (after any "vendor/" router prefix) begins
    /// with one, followed by its end or anything but a letter ("qwen2.5-72b", "claude-sonnet-4-5", not "claudette").
    /// The longest matching prefix wins; null when no family lists one.
    /// </summary>
    public IdentityFamily? FamilyOfModel(string? modelId)
    {
        if (string.IsNullOrWhiteSpace(modelId))
        {
            return null;
        }

        var id = modelId.Trim();
        id = id[(id.LastIndexOf('/') + 1)..];
        return Families
            .SelectMany(f => f.ModelIds.Select(prefix => (Family: f, Prefix: prefix)))
            .Where(p => id.StartsWith(p.Prefix, StringComparison.OrdinalIgnoreCase)
                && (id.Length == p.Prefix.Length || !char.IsLetter(p.Prefix[^1]) || !char.IsLetter(id[p.Prefix.Length])))
            .OrderByDescending(p => p.Prefix.Length)
            .Select(p => p.Family)
            .FirstOrDefault();
    }

    /// <summary>Every family and maker name: what the language check must not count as prose.</summary>
    public IEnumerable<string> AllNames() => Families.SelectMany(f => f.Names).Concat(Makers.SelectMany(m => m.Names)).Distinct();

    /// <summary>identities.yaml, with claims.yaml beside it when it is there.</summary>
    public static IdentityCatalog Load(string casesDirectory)
    {
        var catalog = Parse(YamlDocument.Load(Path.Combine(casesDirectory, FileName)));
        return File.Exists(Path.Combine(casesDirectory, ClaimGrammar.FileName))
            ? catalog.With(ClaimGrammar.Load(casesDirectory))
            : catalog;
    }

    public IdentityCatalog With(ClaimGrammar grammar) => new(Families, Makers) { Grammar = grammar };

    public static IdentityCatalog Parse(YamlDocument document)
    {
        var root = document.Root;
        root.AllowOnly("makers", "families");
        var makers = new List<Maker>();
        foreach (var entry in root.MapList("makers", required: true))
        {
            entry.AllowOnly("id", "names", "family");
            var id = entry.RequiredString("id");
            if (makers.Any(m => m.Id == id))
            {
                throw entry.Error("id", $"maker '{id}' is defined twice");
            }

            makers.Add(new Maker(id, entry.StringList("names", required: true)) { Family = entry.OptionalString("family") });
        }

        var families = new List<IdentityFamily>();
        foreach (var entry in root.MapList("families", required: true))
        {
            entry.AllowOnly("id", "display", "names", "claim-only-names", "not-names", "makers", "model-ids");
            var id = entry.RequiredString("id");
            if (families.Any(f => f.Id == id))
            {
                throw entry.Error("id", $"family '{id}' is defined twice");
            }

            var familyMakers = entry.StringList("makers", required: true);
            foreach (var maker in familyMakers.Where(m => makers.All(known => known.Id != m)))
            {
                throw entry.Error("makers", $"maker '{maker}' is not defined under makers:");
            }

            var names = entry.StringList("names", required: true);
            families.Add(new IdentityFamily(id, entry.OptionalString("display") ?? names[0], names, familyMakers)
            {
                ClaimOnlyNames = entry.StringList("claim-only-names"),
                ModelIds = entry.StringList("model-ids"),
                NotNames = entry.StringList("not-names"),
            });
        }

        foreach (var (maker, entry) in makers.Zip(root.MapList("makers")))
        {
            if (maker.Family is { } family && !families.Any(f => f.Id == family && f.Makers.Contains(maker.Id)))
            {
                throw entry.Error("family", $"'{family}' is not a family made by '{maker.Id}'");
            }
        }

        return new IdentityCatalog(families, makers);
    }
}
