using System.Globalization;

namespace Alignment.Provenance;

/// <summary>One unit's line: its fit, and the slope as the fingerprint states it (rounded to the probes' precision).</summary>
public sealed record UnitSlope(ProbeUnit Unit, TokenFit Fit, double RoundedSlope);

/// <summary>
/// What the probes measured on a target: per unit the tokens one more copy costs (the tokenizer), the intercept (what the
/// request costs besides, a hidden system prompt included) and the model field of the responses. Incomplete when calls
/// failed or the endpoint reported no usage: then nothing is measured, and no row may pass on it.
/// </summary>
public sealed record Fingerprint(
    ProbeSet Probes,
    IReadOnlyList<UnitSlope> Slopes,
    long? Intercept,
    IReadOnlyList<string> ModelFields,
    IReadOnlyList<ProbeObservation> Failures,
    int WithoutUsage,
    int Calls)
{
    /// <summary>Whether the tokens could be measured: every call answered and reported its input tokens.</summary>
    public bool Measured => Failures.Count == 0 && WithoutUsage == 0;

    public string ModelField => ModelFields.Count == 0 ? "none" : string.Join(", ", ModelFields);

    /// <summary>
    /// The responses' system_fingerprint values (OpenAI), distinct; empty where the wire has none. Shown, never approved:
    /// OpenAI changes it whenever it changes the backend of the same model, so a change is no sign of another model.
    /// </summary>
    public IReadOnlyList<string> SystemFingerprints { get; init; } = [];

    /// <summary>The units whose counts do not lie on a line (R² below the probes' minimum).</summary>
    public IEnumerable<UnitSlope> Inconsistent => Slopes.Where(s => s.Fit.RSquared < Probes.MinRSquared);

    public static Fingerprint From(ProbeSet probes, IReadOnlyDictionary<string, ProbeObservation> observations)
    {
        var failures = observations.Values.Where(o => o.Failure is not null).OrderBy(o => o.Prompt.Length).ToList();
        var withoutUsage = observations.Values.Count(o => o.Failure is null && o.InputTokens is null);
        var models = Distinct(observations.Values.Select(o => o.ModelId));
        var systemFingerprints = Distinct(observations.Values.Select(o => o.SystemFingerprint));
        if (failures.Count > 0 || withoutUsage > 0)
        {
            return new Fingerprint(probes, [], null, models, failures, withoutUsage, observations.Count) { SystemFingerprints = systemFingerprints };
        }

        var slopes = probes.Units.Select(u =>
        {
            var fit = TokenFit.Of(probes.Repeats.Select(k => (k, observations[probes.PromptFor(u, k)].InputTokens!.Value)).ToList());
            return new UnitSlope(u, fit, Round(fit.Slope, probes.SlopePrecision));
        }).ToList();
        var intercept = (long)Math.Round(slopes.Average(s => s.Fit.Intercept), MidpointRounding.AwayFromZero);
        return new Fingerprint(probes, slopes, intercept, models, [], 0, observations.Count) { SystemFingerprints = systemFingerprints };
    }

    private static List<string> Distinct(IEnumerable<string?> values) =>
        values.OfType<string>().Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>To the nearest multiple of the precision, written with as many decimals as the precision has.</summary>
    public static double Round(double value, double precision) =>
        Math.Round(Math.Round(value / precision, MidpointRounding.AwayFromZero) * precision, Decimals(precision));

    public static string Format(double value, double precision) => value.ToString("F" + Decimals(precision), CultureInfo.InvariantCulture);

    private static int Decimals(double precision)
    {
        var decimals = 0;
        while (decimals < 6 && Math.Abs(precision * Math.Pow(10, decimals) - Math.Round(precision * Math.Pow(10, decimals))) > 1e-9)
        {
            decimals++;
        }

        return decimals;
    }
}
