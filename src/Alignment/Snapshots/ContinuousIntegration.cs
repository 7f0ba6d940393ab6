using DiffEngine;

namespace Alignment.Snapshots;

/// <summary>Whether this run is on a build server, and why we think so (the failure message says it).</summary>
public sealed record ContinuousIntegration(bool IsCi, string Reason)
{
    /// <summary>
    /// CI set to anything but empty, 0 or false; GITHUB_ACTIONS=true; or a build server DiffEngine knows.
    /// DiffEngine itself does not look at CI, so that is checked here.
    /// </summary>
    public static ContinuousIntegration Detect(Func<string, string?> environment, bool buildServerDetected)
    {
        var ci = environment("CI")?.Trim();
        if (!string.IsNullOrEmpty(ci) && ci != "0" && !ci.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return new(true, $"CI is '{ci}'");
        }

        // GitHub Actions always sets this; DiffEngine looks for other variables, and a job may unset CI.
        if (string.Equals(environment("GITHUB_ACTIONS")?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return new(true, "GITHUB_ACTIONS is 'true'");
        }

        if (buildServerDetected)
        {
            return new(true, "DiffEngine detects a build server");
        }

        var unset = string.IsNullOrEmpty(ci) ? "CI is not set" : $"CI is '{ci}'";
        return new(false, $"{unset} and DiffEngine detects no build server");
    }

    public static ContinuousIntegration FromEnvironment() =>
        Detect(Environment.GetEnvironmentVariable, BuildServerDetector.Detected);
}
