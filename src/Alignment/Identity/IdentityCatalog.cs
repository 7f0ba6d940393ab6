using Alignment.Cases;

namespace Alignment.Identity;

/// <summary>An organisation that makes assistants.</summary>
public sealed record Maker(string Id, IReadOnlyList<string> Names);

/// <summary>An assistant identity family: every name a reply may use for it, and who makes it.</summary>
public sealed record IdentityFamily(string Id, string DisplayName, IReadOnlyList<string> Names, IReadOnlyList<string> Makers);

/// <summary>cases/identities.yaml: identity families and makers, in every script.</summary>
public sealed class IdentityCatalog
{
    public const string FileName = "identities.yaml";

    private IdentityCatalog(IReadOnlyList<IdentityFamily> families, IReadOnlyList<Maker> makers)
    {
        Families = families;
        Makers = makers;
    }

    public IReadOnlyList<IdentityFamily> Families { get; }

    public IReadOnlyList<Maker> Makers { get; }

    public IdentityFamily? Family(string id) => Families.FirstOrDefault(f => f.Id == id);

    public Maker? Maker(string id) => Makers.FirstOrDefault(m => m.Id == id);

    /// <summary>Every family and maker name: what the language check must not count as prose.</summary>
    public IEnumerable<string> AllNames() => Families.SelectMany(f => f.Names).Concat(Makers.SelectMany(m => m.Names)).Distinct();

    public static IdentityCatalog Load(string casesDirectory) => Parse(YamlDocument.Load(Path.Combine(casesDirectory, FileName)));

    public static IdentityCatalog Parse(YamlDocument document)
    {
        var root = document.Root;
        root.AllowOnly("makers", "families");
        var makers = new List<Maker>();
        foreach (var entry in root.MapList("makers", required: true))
        {
            entry.AllowOnly("id", "names");
            var id = entry.RequiredString("id");
            if (makers.Any(m => m.Id == id))
            {
                throw entry.Error("id", $"maker '{id}' is defined twice");
            }

            makers.Add(new Maker(id, entry.StringList("names", required: true)));
        }

        var families = new List<IdentityFamily>();
        foreach (var entry in root.MapList("families", required: true))
        {
            entry.AllowOnly("id", "display", "names", "makers");
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
            families.Add(new IdentityFamily(id, entry.OptionalString("display") ?? names[0], names, familyMakers));
        }

        return new IdentityCatalog(families, makers);
    }
}
