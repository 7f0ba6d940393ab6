using DiffEngine;

namespace Alignment.Snapshots;

/// <summary>How this run treats snapshots: where they live, the mode, whether it is CI, whether a diff tool may open.</summary>
public sealed record SnapshotSettings(
    string RepoRoot,
    SnapshotMode Mode,
    ContinuousIntegration Ci,
    bool LaunchDiffTool,
    bool ModeIsSet = true)
{
    public string Directory => RepoPaths.Snapshots(RepoRoot);

    /// <summary>How the failure message names the mode.</summary>
    public string ModeDescription => ModeIsSet
        ? $"{Mode.Name()} ({SnapshotModes.Variable}={Mode.Name()}; valid: {string.Join(", ", SnapshotModes.Names)})"
        : $"{Mode.Name()} ({SnapshotModes.Variable} is not set; valid: {string.Join(", ", SnapshotModes.Names)})";

    /// <summary>The mode as this run applies it: on CI nothing is ever approved.</summary>
    public SnapshotMode EffectiveMode => Ci.IsCi && Mode.Accepts() ? SnapshotMode.Verify : Mode;

    /// <summary>Why the requested mode is not applied, or null.</summary>
    public string? Refusal => Ci.IsCi && Mode.Accepts()
        ? $"{SnapshotModes.Variable}={Mode.Name()} is refused on CI ({Ci.Reason}): nothing is approved on CI. Accept locally and commit the .verified.md files."
        : null;

    /// <summary>From ALIGNMENT_SNAPSHOTS and CI; on CI DiffEngine is switched off so no diff tool opens.</summary>
    public static SnapshotSettings FromEnvironment(string repoRoot)
    {
        var value = Environment.GetEnvironmentVariable(SnapshotModes.Variable);
        var mode = SnapshotModes.Parse(value);
        var ci = ContinuousIntegration.FromEnvironment();
        if (ci.IsCi)
        {
            DiffRunner.Disabled = true;
        }

        return new SnapshotSettings(repoRoot, mode, ci, LaunchDiffTool: !ci.IsCi, ModeIsSet: !string.IsNullOrWhiteSpace(value));
    }
}
