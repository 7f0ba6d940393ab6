using System.Globalization;

namespace Alignment.Checks;

/// <summary>Whether a case passed, and the numbers that say so.</summary>
public sealed record PassDecision(bool Passed, int PassedSamples, int Total, string Explanation);

/// <summary>
/// When a case passes, per target: every sample (MinPassRate 1), or a pass rate whose Wilson lower bound at
/// <see cref="Confidence"/> reaches <see cref="MinPassRate"/>, so one slip in twenty passes and a systemic fault does not.
/// Samples that were never answered count against the case.
/// </summary>
public sealed record PassCriteria(double MinPassRate, double Confidence)
{
    public static readonly PassCriteria EverySample = new(1.0, 0.95);

    public bool RequiresEverySample => MinPassRate >= 1.0;

    public PassDecision Judge(int passed, int total)
    {
        if (total == 0)
        {
            return new(false, 0, 0, "no samples were taken");
        }

        var rate = $"{passed}/{total} passed";
        if (RequiresEverySample)
        {
            return new(passed == total, passed, total, $"{rate}; every sample must pass");
        }

        var bound = Wilson.LowerBound(passed, total, Confidence);
        var ok = bound >= MinPassRate;
        return new(ok, passed, total,
            $"{rate}; Wilson lower bound {Percent(bound)} at {Percent(Confidence)} confidence {(ok ? "≥" : "<")} required {Percent(MinPassRate)}");
    }

    /// <summary>The fewest samples for which a clean run can pass at all.</summary>
    public int MinimumSamples()
    {
        if (RequiresEverySample)
        {
            return 1;
        }

        var n = 1;
        while (Wilson.LowerBound(n, n, Confidence) < MinPassRate && n < 100_000)
        {
            n++;
        }

        return n;
    }

    public override string ToString() => RequiresEverySample
        ? "every sample must pass"
        : $"Wilson lower bound at {Percent(Confidence)} confidence ≥ {Percent(MinPassRate)}";

    private static string Percent(double value) => value.ToString("0.#%", CultureInfo.InvariantCulture);
}
