using System.Globalization;
using System.Text;

namespace Alignment.Reports;

/// <summary>One probe unit's slope on both targets, and whether they differ beyond what the two fits can tell apart.</summary>
public sealed record SlopeDifference(string Unit, UnitFitRecord A, UnitFitRecord B, bool Differs);

/// <summary>
/// Two targets' provenance fingerprints side by side: per probe unit, whether the slopes (the tokenizer's cost of one
/// copy) differ by more than <see cref="Z"/> standard errors of their difference, and how far the intercepts (what each
/// request costs besides, a hidden system prompt included) lie apart. Exact fits (R² = 1, standard error 0) make any
/// difference count. Two targets that claim the same model but whose slopes differ are not served by the same tokenizer.
/// </summary>
public sealed record FingerprintComparison(
    FingerprintRecord A, FingerprintRecord B, IReadOnlyList<SlopeDifference> Slopes, IReadOnlyList<string> OnlyInA, IReadOnlyList<string> OnlyInB)
{
    /// <summary>Standard errors of the difference beyond which two estimates differ (about 95% for a normal error).</summary>
    public const double Z = 2;

    /// <summary>Below this, two exact fits' numbers are the same (floating-point noise of the least-squares sums).</summary>
    private const double Exact = 1e-6;

    /// <summary>B's intercept minus A's, in tokens.</summary>
    public double InterceptShift => B.Intercept - A.Intercept;

    /// <summary>Whether the intercepts differ beyond the fits' uncertainty (each one the mean of the units' intercepts).</summary>
    public bool InterceptDiffers => Math.Abs(InterceptShift) > Threshold(MeanError(A), MeanError(B));

    /// <summary>Whether the fingerprints tell the targets apart: a slope or the intercept differs, or a unit was probed on one only.</summary>
    public bool Differ => Slopes.Any(s => s.Differs) || InterceptDiffers || OnlyInA.Count > 0 || OnlyInB.Count > 0;

    public static FingerprintComparison Of(FingerprintRecord a, FingerprintRecord b)
    {
        var byUnit = b.Units.ToDictionary(u => u.Unit, StringComparer.Ordinal);
        var slopes = a.Units.Where(u => byUnit.ContainsKey(u.Unit))
            .Select(u => new SlopeDifference(u.Unit, u, byUnit[u.Unit], Math.Abs(byUnit[u.Unit].Slope - u.Slope) > Threshold(u.SlopeError, byUnit[u.Unit].SlopeError)))
            .ToList();
        var inA = a.Units.Select(u => u.Unit).ToHashSet(StringComparer.Ordinal);
        return new FingerprintComparison(a, b, slopes,
            a.Units.Select(u => u.Unit).Where(u => !byUnit.ContainsKey(u)).ToList(),
            b.Units.Select(u => u.Unit).Where(u => !inA.Contains(u)).ToList());
    }

    /// <summary>The fingerprint section of `alignment report compare`.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append($"Fingerprint (provenance probes; tokens ± standard error of the fit; a difference counts beyond {Z.ToString(CultureInfo.InvariantCulture)} standard errors, ")
            .Append("any difference between exact fits):\n");
        text.Append("  ").Append("model field".PadRight(22)).Append(A.ModelField).Append("  →  ").Append(B.ModelField).Append('\n');
        if (A.SystemFingerprints.Count > 0 || B.SystemFingerprints.Count > 0)
        {
            text.Append("  ").Append("system_fingerprint".PadRight(22)).Append(List(A.SystemFingerprints)).Append("  →  ").Append(List(B.SystemFingerprints))
                .Append("   (not judged: it changes with the provider's backend)\n");
        }

        foreach (var s in Slopes)
        {
            text.Append("  ").Append(("slope " + s.Unit).PadRight(22)).Append(Tokens(s.A.Slope, s.A.SlopeError)).Append("  →  ").Append(Tokens(s.B.Slope, s.B.SlopeError))
                .Append(s.Differs ? "   differs" : "   same").Append('\n');
        }

        var shift = InterceptShift;
        text.Append("  ").Append("intercept".PadRight(22)).Append(Tokens(A.Intercept, MeanError(A))).Append("  →  ").Append(Tokens(B.Intercept, MeanError(B)))
            .Append(!InterceptDiffers ? "   same"
                : shift > 0 ? $"   B adds ~{Round(shift)} tokens in front of the user's words"
                : $"   B sends ~{Round(-shift)} tokens fewer in front of the user's words")
            .Append('\n');
        foreach (var (side, units) in new[] { ("A", OnlyInA), ("B", OnlyInB) }.Where(x => x.Item2.Count > 0))
        {
            text.Append($"  probed on {side} only: {string.Join(", ", units)}\n");
        }

        var differing = Slopes.Count(s => s.Differs);
        text.Append(differing > 0
            ? $"Fingerprints differ: {differing} of {Slopes.Count} slopes, so A and B do not count tokens with the same tokenizer, whatever model they claim" +
              (InterceptDiffers ? " (the intercepts differ too, partly because the same prompt is counted by another tokenizer)" : "") + ".\n"
            : InterceptDiffers
                ? "Fingerprints differ in the intercept only: the same tokenizer, with something sent in front of the prompt on one side (a hidden system prompt).\n"
                : Differ
                    ? "Fingerprints cannot be compared on every unit (see above); the units both have match.\n"
                    : "Fingerprints match within the fits' uncertainty: the same tokenizer and the same cost in front of the prompt.\n");
        return text.ToString();
    }

    private static double Threshold(double errorA, double errorB) => Math.Max(Exact, Z * Math.Sqrt(errorA * errorA + errorB * errorB));

    /// <summary>The standard error of the mean of the units' intercepts (their errors taken as independent).</summary>
    private static double MeanError(FingerprintRecord f) =>
        f.Units.Count == 0 ? 0 : Math.Sqrt(f.Units.Sum(u => u.InterceptError * u.InterceptError)) / f.Units.Count;

    private static string Tokens(double value, double error) =>
        value.ToString("0.##", CultureInfo.InvariantCulture) + (error > Exact ? " ± " + error.ToString("0.##", CultureInfo.InvariantCulture) : "");

    private static string Round(double tokens) => Math.Round(tokens, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);

    private static string List(IReadOnlyList<string> values) => values.Count == 0 ? "none" : string.Join(", ", values);
}
