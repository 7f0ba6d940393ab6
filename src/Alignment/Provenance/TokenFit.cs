namespace Alignment.Provenance;

/// <summary>
/// The least-squares line through (repeats, input tokens): the slope is the tokens one more copy of a unit costs, the
/// intercept what the rest of the request costs, and R² how well a line explains the counts (1 for a real tokenizer).
/// </summary>
public sealed record TokenFit(double Slope, double Intercept, double RSquared, IReadOnlyList<(int K, long Tokens)> Points)
{
    /// <summary>The slope's standard error: √(residual variance / Σ(k − k̄)²), with n − 2 degrees of freedom; 0 for an exact line.</summary>
    public double SlopeError { get; init; }

    /// <summary>The intercept's standard error: √(residual variance · (1/n + k̄² / Σ(k − k̄)²)); 0 for an exact line.</summary>
    public double InterceptError { get; init; }

    public static TokenFit Of(IReadOnlyList<(int K, long Tokens)> points)
    {
        if (points.Select(p => p.K).Distinct().Count() < 2)
        {
            throw new ArgumentException("A line needs at least two different numbers of repeats.", nameof(points));
        }

        var n = points.Count;
        var meanX = points.Average(p => (double)p.K);
        var meanY = points.Average(p => (double)p.Tokens);
        var sxy = points.Sum(p => (p.K - meanX) * (p.Tokens - meanY));
        var sxx = points.Sum(p => (p.K - meanX) * (p.K - meanX));
        var slope = sxy / sxx;
        var intercept = meanY - slope * meanX;
        var total = points.Sum(p => (p.Tokens - meanY) * (p.Tokens - meanY));
        var residual = points.Sum(p => Math.Pow(p.Tokens - (intercept + slope * p.K), 2));

        // Counts that do not move at all fit a flat line exactly.
        var r2 = total == 0 ? (residual < 1e-9 ? 1 : 0) : 1 - residual / total;
        // Two points always lie on a line: nothing is left to estimate the scatter from.
        var variance = n > 2 ? residual / (n - 2) : 0;
        return new TokenFit(slope, intercept, Math.Max(0, r2), points.Take(n).ToList())
        {
            SlopeError = Math.Sqrt(variance / sxx),
            InterceptError = Math.Sqrt(variance * (1.0 / n + meanX * meanX / sxx)),
        };
    }
}
