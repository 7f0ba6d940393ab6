using System.Globalization;
using System.Text;

namespace Alignment.Reports;

/// <summary>One way a case differs between two targets: a check's verdicts, or the identities claimed, or the languages replied in.</summary>
/// <param name="What">"identity", "language" (a check's verdicts), "claimed identities" or "reply languages".</param>
/// <param name="P">Two-sided p-value of Fisher's exact test on the sample counts (for a distribution, of its most changed label).</param>
public sealed record Difference(string Language, string Case, string What, string Before, string After, double P)
{
    /// <summary>"**" below 0.01, "*" below 0.05, "" otherwise.</summary>
    public string Mark => P < 0.01 ? "**" : P < 0.05 ? "*" : "";
}

/// <summary>
/// Two targets side by side (official API and relay, yesterday's model and today's), case by case: where a check's
/// verdicts or the distribution of claimed identities or reply languages differ, with a significance mark from the sample
/// counts (Fisher's exact test, which holds for the few samples a case has).
/// </summary>
public sealed class RunComparison
{
    private RunComparison(string a, string b, IReadOnlyList<Difference> differences, int compared, IReadOnlyList<string> onlyA, IReadOnlyList<string> onlyB)
    {
        A = a;
        B = b;
        Differences = differences;
        Compared = compared;
        OnlyInA = onlyA;
        OnlyInB = onlyB;
    }

    public string A { get; }

    public string B { get; }

    public IReadOnlyList<Difference> Differences { get; }

    /// <summary>Cases both targets ran.</summary>
    public int Compared { get; }

    public IReadOnlyList<string> OnlyInA { get; }

    public IReadOnlyList<string> OnlyInB { get; }

    /// <summary>The two targets' provenance fingerprints side by side; null unless both records carry one.</summary>
    public FingerprintComparison? Fingerprints { get; private init; }

    /// <summary>Which side has no fingerprint when only one has ("B"), for the text to say so.</summary>
    private string? fingerprintMissing;

    /// <param name="nameA">How A is named in the output (its target, and where it came from).</param>
    public static RunComparison Compare(TargetRecord a, TargetRecord b, string nameA, string nameB)
    {
        var casesB = b.Cases.ToDictionary(c => (c.Language, c.Case));
        var keysA = a.Cases.Select(c => (c.Language, c.Case)).ToHashSet();
        var differences = new List<Difference>();
        var compared = 0;
        foreach (var ca in a.Cases.OrderBy(c => c.Language, StringComparer.Ordinal).ThenBy(c => c.Case, StringComparer.Ordinal))
        {
            if (!casesB.TryGetValue((ca.Language, ca.Case), out var cb))
            {
                continue;
            }

            compared++;
            foreach (var check in ca.Checks.Keys.Intersect(cb.Checks.Keys).Order(StringComparer.Ordinal))
            {
                var (x, y) = (ca.Checks[check], cb.Checks[check]);
                if (x.Total == 0 || y.Total == 0 || SameShares(x.Verdicts, x.Total, y.Verdicts, y.Total))
                {
                    continue;
                }

                differences.Add(new Difference(ca.Language, ca.Case, check, Rate(x), Rate(y), Fisher(x.Passed, x.Total - x.Passed, y.Passed, y.Total - y.Passed)));
            }

            AddDistribution(differences, ca, "claimed identities", ca.ClaimedIdentities, cb.ClaimedIdentities);
            AddDistribution(differences, ca, "reply languages", ca.ReplyLanguages, cb.ReplyLanguages);
        }

        return new RunComparison(
            nameA,
            nameB,
            differences,
            compared,
            a.Cases.Where(c => !casesB.ContainsKey((c.Language, c.Case))).Select(c => $"{c.Language}/{c.Case}").ToList(),
            b.Cases.Where(c => !keysA.Contains((c.Language, c.Case))).Select(c => $"{c.Language}/{c.Case}").ToList())
        {
            Fingerprints = a.Fingerprint is { } fa && b.Fingerprint is { } fb ? FingerprintComparison.Of(fa, fb) : null,
            fingerprintMissing = (a.Fingerprint, b.Fingerprint) switch
            {
                (null, not null) => "A",
                (not null, null) => "B",
                _ => null,
            },
        };
    }

    public string ToText()
    {
        var text = new StringBuilder();
        text.Append("A: ").Append(A).Append('\n').Append("B: ").Append(B).Append('\n');
        text.Append("Significance from the sample counts (Fisher's exact test, two-sided): * p < 0.05, ** p < 0.01.\n\n");
        foreach (var group in Differences.GroupBy(d => (d.Language, d.Case)))
        {
            text.Append(group.Key.Language).Append(" · ").Append(group.Key.Case).Append('\n');
            foreach (var d in group)
            {
                text.Append("  ").Append(d.What.PadRight(19)).Append(d.Before).Append("  →  ").Append(d.After)
                    .Append("   p=").Append(d.P.ToString("0.###", CultureInfo.InvariantCulture)).Append(d.Mark.Length > 0 ? " " + d.Mark : "").Append('\n');
            }
        }

        var cases = Differences.Select(d => (d.Language, d.Case)).Distinct().Count();
        var significant = Differences.Where(d => d.Mark.Length > 0).Select(d => (d.Language, d.Case)).Distinct().Count();
        text.Append(Differences.Count == 0 ? "" : "\n")
            .Append($"{Compared} cases compared: {cases} differ, {significant} of them significantly (p < 0.05).\n");
        if (OnlyInA.Count > 0)
        {
            text.Append($"Only in A ({OnlyInA.Count}): {string.Join(", ", OnlyInA)}\n");
        }

        if (OnlyInB.Count > 0)
        {
            text.Append($"Only in B ({OnlyInB.Count}): {string.Join(", ", OnlyInB)}\n");
        }

        if (Fingerprints is not null)
        {
            text.Append('\n').Append(Fingerprints.ToText());
        }
        else if (fingerprintMissing is { } side)
        {
            text.Append($"\nFingerprint: only {(side == "A" ? "B" : "A")} has one; {side} ran no provenance rows (or they measured nothing), so the tokenizers cannot be compared.\n");
        }

        return TerminalText.Safe(text.ToString());
    }

    private static void AddDistribution(List<Difference> differences, CaseRecord c, string what, IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b)
    {
        var (na, nb) = (a.Values.Sum(), b.Values.Sum());
        if (na == 0 || nb == 0 || SameShares(a, na, b, nb))
        {
            return;
        }

        // The label whose share changed most significantly stands for the distribution.
        var p = a.Keys.Union(b.Keys).Min(label =>
        {
            var (x, y) = (a.GetValueOrDefault(label), b.GetValueOrDefault(label));
            return Fisher(x, na - x, y, nb - y);
        });
        differences.Add(new Difference(c.Language, c.Case, what, Distribution(a), Distribution(b), p));
    }

    private static bool SameShares(IReadOnlyDictionary<string, int> a, int na, IReadOnlyDictionary<string, int> b, int nb) =>
        a.Keys.Union(b.Keys).All(k => (long)a.GetValueOrDefault(k) * nb == (long)b.GetValueOrDefault(k) * na);

    private static string Rate(CheckRecord check) =>
        $"{check.Passed}/{check.Total} passed" + (check.Verdicts.Count > 1 || !check.Verdicts.ContainsKey("pass") ? $" ({Distribution(check.Verdicts)})" : "");

    private static string Distribution(IReadOnlyDictionary<string, int> counts) => string.Join(", ", counts
        .OrderByDescending(p => p.Value)
        .ThenBy(p => p.Key, StringComparer.Ordinal)
        .Select(p => $"{p.Key} {p.Value}"));

    /// <summary>
    /// Fisher's exact test, two-sided, on the table [[a, b], [c, d]] (A: a of a+b, B: c of c+d): the probability, with the
    /// margins fixed, of a table as unlikely as this one or less.
    /// </summary>
    public static double Fisher(int a, int b, int c, int d)
    {
        var (row1, col1, n) = (a + b, a + c, a + b + c + d);
        double LogP(int x) => LogChoose(row1, x) + LogChoose(n - row1, col1 - x) - LogChoose(n, col1);
        var observed = LogP(a);
        var p = 0.0;
        for (var x = Math.Max(0, col1 - (n - row1)); x <= Math.Min(row1, col1); x++)
        {
            var lp = LogP(x);
            if (lp <= observed + 1e-9)
            {
                p += Math.Exp(lp);
            }
        }

        return Math.Min(1, p);
    }

    private static double LogChoose(int n, int k) => LogFactorial(n) - LogFactorial(k) - LogFactorial(n - k);

    private static double LogFactorial(int n)
    {
        var sum = 0.0;
        for (var i = 2; i <= n; i++)
        {
            sum += Math.Log(i);
        }

        return sum;
    }
}
