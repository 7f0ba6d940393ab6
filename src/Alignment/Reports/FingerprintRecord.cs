using Alignment.Provenance;

namespace Alignment.Reports;

/// <summary>
/// A target's provenance fingerprint as the run record keeps it, so that `alignment report compare` can set two targets'
/// tokenizers side by side: per probe unit the fitted line with its standard errors, and the metadata the responses carried.
/// </summary>
/// <param name="Intercept">The fingerprint's intercept (the units' intercepts averaged), in tokens.</param>
public sealed record FingerprintRecord(string ModelField, double Intercept, IReadOnlyList<UnitFitRecord> Units)
{
    /// <summary>OpenAI's system_fingerprint values, where the wire has them.</summary>
    public IReadOnlyList<string> SystemFingerprints { get; init; } = [];

    /// <summary>The record of a measured fingerprint; null when nothing was measured (failed calls, no usage).</summary>
    public static FingerprintRecord? From(Fingerprint fingerprint) => !fingerprint.Measured
        ? null
        : new FingerprintRecord(
            fingerprint.ModelField,
            fingerprint.Slopes.Average(s => s.Fit.Intercept),
            fingerprint.Slopes.Select(s => new UnitFitRecord(s.Unit.Id, s.Fit.Slope, s.Fit.SlopeError, s.Fit.Intercept, s.Fit.InterceptError, s.Fit.RSquared)).ToList())
        {
            SystemFingerprints = fingerprint.SystemFingerprints,
        };
}

/// <summary>One probe unit's line: tokens per copy (slope) and the rest of the request (intercept), each ± its standard error, and R².</summary>
public sealed record UnitFitRecord(string Unit, double Slope, double SlopeError, double Intercept, double InterceptError, double RSquared);
