using System.Text;
using Alignment.Configuration;
using Alignment.Storage;
using DiffEngine;

namespace Alignment.Snapshots;

public enum SnapshotStatus
{
    /// <summary>The verified snapshot matches what was received.</summary>
    Matched,

    /// <summary>The verified snapshot was written or rewritten by an accepting mode.</summary>
    Accepted,

    /// <summary>There is no verified snapshot (or only an empty one).</summary>
    New,

    /// <summary>The verified snapshot differs from what was received.</summary>
    Changed,
}

/// <summary>What one row's comparison found; Message is the failure message when it did not pass.</summary>
public sealed record SnapshotResult(SnapshotId Id, SnapshotStatus Status, bool Passed, string Message, string? ReceivedPath);

/// <summary>
/// Compares what a run received with the verified snapshot and writes according to the mode:
/// Verify's file contract, insta's modes. Each row is judged on its own, so a run reports every mismatch.
/// </summary>
public sealed class SnapshotStore(SnapshotSettings settings)
{
    public const string CliCommand = "dotnet run --project src/Alignment.Cli -- snapshots";

    public SnapshotSettings Settings { get; } = settings;

    public SnapshotResult Verify(SnapshotId id, string received, CompareMode compare)
    {
        received = SnapshotText.Normalize(received);
        var verifiedPath = id.VerifiedPath(Settings.Directory);
        var receivedPath = id.ReceivedPath(Settings.Directory);
        var verified = SnapshotText.ReadVerified(verifiedPath);
        var mode = Settings.EffectiveMode;
        var refusal = Settings.Refusal;
        var matches = verified is not null && SnapshotText.Project(verified, compare) == SnapshotText.Project(received, compare);

        if (matches)
        {
            if (mode == SnapshotMode.Force)
            {
                AtomicFile.WriteAllText(verifiedPath, received);
            }

            if (mode != SnapshotMode.Check)
            {
                DeleteIfPresent(receivedPath); // a stale one from an earlier failing run
            }

            return new(id, mode == SnapshotMode.Force ? SnapshotStatus.Accepted : SnapshotStatus.Matched, refusal is null, refusal ?? "", null);
        }

        if (mode is SnapshotMode.Accept or SnapshotMode.Force || (mode == SnapshotMode.AcceptNew && verified is null))
        {
            AtomicFile.WriteAllText(verifiedPath, received);
            DeleteIfPresent(receivedPath);
            return new(id, SnapshotStatus.Accepted, true, "", null);
        }

        var status = verified is null ? SnapshotStatus.New : SnapshotStatus.Changed;
        string? written = null;
        if (mode != SnapshotMode.Check)
        {
            AtomicFile.WriteAllText(receivedPath, received);
            written = receivedPath;
            LaunchDiffTool(receivedPath, verifiedPath);
        }

        // A hand-edited verified file may hold raw control characters; the message must not replay them.
        return new(id, status, false, TerminalText.Safe(FailureMessage(id, status, verified, received, compare, written, refusal)), written);
    }

    private string FailureMessage(SnapshotId id, SnapshotStatus status, string? verified, string received, CompareMode compare, string? written, string? refusal)
    {
        var verifiedPath = Relative(id.VerifiedPath(Settings.Directory));
        var message = new StringBuilder();
        message.AppendLine(status == SnapshotStatus.New
            ? $"Snapshot {id} is new: there is no verified snapshot yet (compare: {compare.Name()})."
            : $"Snapshot {id} changed (compare: {compare.Name()}).");
        message.AppendLine($"  verified: {verifiedPath}{(verified is null ? " (missing or empty)" : "")}");
        message.AppendLine(written is null
            ? $"  received: not written ({SnapshotModes.Variable}=check writes nothing)"
            : $"  received: {Relative(written)}");
        message.AppendLine($"  mode:     {Settings.ModeDescription}");
        message.AppendLine($"  CI:       {(Settings.Ci.IsCi ? "yes" : "no")}, {Settings.Ci.Reason}");
        if (refusal is not null)
        {
            message.AppendLine($"  refused:  {refusal}");
        }

        message.AppendLine();
        message.AppendLine(SnapshotDiff.Unified(verified, received, compare).TrimEnd('\n'));
        message.AppendLine();
        if (written is null)
        {
            message.AppendLine($"Run without {SnapshotModes.Variable}=check to write the received file, then review it.");
        }
        else
        {
            message.AppendLine($"Accept this one{(Settings.Ci.IsCi ? " (locally, from the received file)" : "")}: {CliCommand} accept --filter {id.Key}");
            message.AppendLine($"Review every pending one: {CliCommand} review");
        }

        return message.ToString();
    }

    private void LaunchDiffTool(string receivedPath, string verifiedPath)
    {
        if (!Settings.LaunchDiffTool || Settings.Ci.IsCi)
        {
            return;
        }

        try
        {
            DiffRunner.Launch(receivedPath, verifiedPath);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // A diff tool that cannot start must not hide the failure message.
        }
    }

    private string Relative(string path) => Path.GetRelativePath(Settings.RepoRoot, path).Replace('\\', '/');

    private static void DeleteIfPresent(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
