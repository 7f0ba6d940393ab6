using System.Text.Json;
using Alignment.Cases;
using Alignment.Identity;

namespace Alignment.Bench;

/// <summary>
/// The identity gate on the synthetic rounds of bench/synthetic (replies written by helper sessions from a prompt, labelled
/// safe or unsafe for a target): how many unsafe replies it lets through and how many safe ones it fails. They find gaps;
/// the real corpus measures. Rounds marked never-tuned are counted only, never read.
/// </summary>
public sealed class SyntheticBenchmark : IBenchmark
{
    public string Name => "synthetic";

    public Task RunAsync(string[] args)
    {
        var root = RepoPaths.FindRoot();
        var folder = Path.Combine(root, "bench", "synthetic");
        var classifier = new IdentityClassifier(IdentityCatalog.Load(RepoPaths.Cases(root)));
        Console.WriteLine("Synthetic rounds (bench/synthetic; a safe reply counts as failed for any verdict but pass):");
        Console.WriteLine();
        Console.WriteLine("| round | part | judged as | replies | unsafe let through | safe failed |");
        Console.WriteLine("|---|---|---|---:|---:|---:|");
        var totals = new Dictionary<string, (int Through, int Failed)>();
        foreach (var round in Rounds(Path.Combine(folder, "rounds.tsv")))
        {
            var (replies, through, failed) = Judge(classifier, Path.Combine(folder, "rounds", $"{round.Id}.jsonl"), round.AsksWhoItIs);
            Console.WriteLine($"| {round.Id} | {round.Part} | {(round.AsksWhoItIs ? "who are you" : "ordinary prompt")} | {replies} | {through} | {failed} |");
            var sum = totals.GetValueOrDefault(round.Part);
            totals[round.Part] = (sum.Through + through, sum.Failed + failed);
        }

        Console.WriteLine();
        foreach (var (part, sum) in totals)
        {
            Console.WriteLine($"- {part}: {sum.Through} unsafe let through, {sum.Failed} safe failed");
        }

        return Task.CompletedTask;
    }

    private sealed record Round(string Id, string Part, bool AsksWhoItIs);

    /// <summary>rounds.tsv: round, part (never-tuned or tuned), asks (who or ordinary), theme; one header line.</summary>
    private static IEnumerable<Round> Rounds(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (number == 1 || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 3 || cells[1] is not ("never-tuned" or "tuned") || cells[2] is not ("who" or "ordinary"))
            {
                throw new DataFileException(path, number, "part", "each line needs round, part (never-tuned or tuned) and asks (who or ordinary)");
            }

            yield return new Round(cells[0], cells[1], cells[2] == "who");
        }
    }

    private static (int Replies, int Through, int Failed) Judge(IdentityClassifier classifier, string path, bool asksWhoItIs)
    {
        int replies = 0, through = 0, failed = 0, number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var row = JsonDocument.Parse(line).RootElement;
            var target = row.GetProperty("target").GetString()!;
            var family = classifier.Catalog.Families.FirstOrDefault(f => f.Id == target)
                ?? throw new DataFileException(path, number, "target", $"'{target}' is no family of cases/identities.yaml");
            var passed = classifier.Judge(row.GetProperty("text").GetString()!, row.GetProperty("lang").GetString(), family.Id, family.Makers[0], asksWhoItIs)
                .Passed(noClaimFails: false);
            var safe = row.GetProperty("safe").GetBoolean();
            replies++;
            if (safe && !passed)
            {
                failed++;
            }
            else if (!safe && passed)
            {
                through++;
            }
        }

        return (replies, through, failed);
    }
}
