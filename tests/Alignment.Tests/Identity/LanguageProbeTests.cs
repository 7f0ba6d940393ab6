using Alignment.Identity;
using FluentAssertions;

namespace Alignment.Tests.Identity;

/// <summary>
/// The native ways a reply introduces itself, per case language, written for the claim grammar (not taken from the corpus):
/// Probes/&lt;lang&gt;.tsv holds one probe a line (reply, expected claims or "?" for uncertain, expected maker). Names and makers
/// outside the catalog, listed ones, denials, hedges, third person, "you are X", role-play and generic self-descriptions.
/// A probe the grammar cannot read yet is a "# open:" comment saying what it reads instead.
/// </summary>
public sealed class LanguageProbeTests
{
    private const string Folder = "tests/Alignment.Tests/Identity/Probes";

    /// <summary>The languages that must have a probe file; every file in the folder is read, so none is left out unseen.</summary>
    private static readonly string[] Required =
        ["ru", "uk", "pl", "tr", "vi", "id", "ms", "th", "ar", "he", "fa", "hi", "el", "sw", "nl", "it", "pt-BR", "pt-PT", "fr", "es", "de", "cs", "sk", "sv", "da", "nb", "bg", "ja", "ko", "zh-Hant", "fi", "hi-Latn", "bn", "ur"];

    private static readonly string[] Languages =
        [.. Required.Union(Directory.EnumerateFiles(Path.Combine(Identities.Root, Folder), "*.tsv").Select(Path.GetFileNameWithoutExtension).OfType<string>()).Order(StringComparer.Ordinal)];

    /// <summary>One row per probe: file, line, reply, claims, maker.</summary>
    public static TheoryData<string, int, string, string, string> Probes
    {
        get
        {
            var data = new TheoryData<string, int, string, string, string>();
            foreach (var probe in Languages.SelectMany(Read))
            {
                data.Add(probe.File, probe.Line, probe.Reply, probe.Claims, probe.Maker);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Probes))]
    public void A_probe_reads_as_its_file_says(string file, int line, string reply, string claims, string maker)
    {
        var reading = Identities.Classifier.Classify(reply);

        var read = reading.ClaimedFamilies.Order(StringComparer.Ordinal).ToList();
        var ok = claims == "?"
            ? reading.Uncertain && read.Count == 0
            : !reading.Uncertain && read.SequenceEqual(Split(claims).Order(StringComparer.Ordinal));
        ok &= (reading.Maker ?? "") == maker;

        Assert.True(ok, $"""
            {Folder}/{file}:{line}: «{reply}»
              expected claims [{claims}] maker [{maker}]
              read     claims [{string.Join(",", read)}] maker [{reading.Maker}] mentions [{string.Join(",", reading.Mentions)}] uncertain {reading.Uncertain.ToString().ToLowerInvariant()}
            Fix the grammar in cases/claims.yaml, or, if the reply cannot be read yet, make the line a "# open:" comment saying what it reads.
            """);
    }

    [Fact]
    public void Every_language_has_at_least_fifteen_probes()
    {
        var counts = Languages.ToDictionary(l => l, l => Read(l).Count());

        counts.Where(c => c.Value < 15).Should().BeEmpty("each language's probes cover its common forms of introduction");
    }

    private static IEnumerable<(string File, int Line, string Reply, string Claims, string Maker)> Read(string language)
    {
        var file = language + ".tsv";
        var path = Path.Combine(Identities.Root, Folder, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{Folder}/{file} is missing: every language in {nameof(LanguageProbeTests)} has a probe file.", path);
        }

        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var columns = lines[i].Split('\t');
            if (columns.Length != 3 || columns[0].Trim().Length == 0)
            {
                throw new InvalidDataException(
                    $"{Folder}/{file}:{i + 1}: expected 3 tab-separated fields (reply, claims, maker), found {columns.Length}{(columns.Length > 0 && columns[0].Trim().Length == 0 ? " with an empty reply" : "")}.");
            }

            yield return (file, i + 1, columns[0].Replace("\\n", "\n"), columns[1].Trim(), columns[2].Trim());
        }
    }

    private static IEnumerable<string> Split(string claims) =>
        claims.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
