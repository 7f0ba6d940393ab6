using System.Globalization;
using Alignment.Configuration;
using Alignment.Identity;
using Alignment.Snapshots;
using Alignment.Targets;
using Microsoft.Extensions.AI;

namespace Alignment.Provenance;

/// <summary>
/// The probes' one run on a target: the fingerprint, its snapshot's comparison, the approved fingerprint's measures and
/// the command that approves a new one; and each provenance row's verdict on them. A host (the suite's rows) only formats
/// the verdict.
/// </summary>
public sealed record ProvenanceRun(Fingerprint Fingerprint, SnapshotResult? Snapshot, IReadOnlyDictionary<string, string>? Approved, string ApproveCommand)
{
    public const string Check = "provenance";

    public const string Tokenizer = "tokenizer";
    public const string SystemPrompt = "system-prompt";
    public const string Metadata = "metadata";
    public const string Identity = "identity";
    public const string Protocol = "protocol";

    /// <summary>
    /// The rows, in the order they run: three judged on the fingerprint, the identity row on the identity rows' replies (or
    /// the identity probe), and the protocol row on one raw streaming call.
    /// </summary>
    public static readonly IReadOnlyList<string> Rows = [Tokenizer, SystemPrompt, Metadata, Identity, Protocol];

    /// <summary>The protocol probe's stream, or why it failed (<see cref="StreamFailure"/>); both null when no stream client was given.</summary>
    public RawStream? Stream { get; init; }

    public string? StreamFailure { get; init; }

    /// <summary>What the identity probe brought back; null when the probes file asks nothing or the identity rows answer instead.</summary>
    public IdentityObservation? IdentityProbe { get; init; }

    /// <summary>Reads the identity probe's reply (the identity check's reader); null only where no identity row is judged.</summary>
    public IdentityClassifier? Classifier { get; init; }

    /// <summary>
    /// Sends the probes through the target's client and compares the fingerprint with the approved one.
    /// <paramref name="mayWriteReceived"/> says whether a received fingerprint may be compared (and, in accepting modes,
    /// written): a target's first run writes one only where its case snapshots are written too. It is asked after the probes ran.
    /// <paramref name="askIdentity"/> sends the identity probe: only when the run has no identity rows whose replies the
    /// identity row can read instead (<see cref="JudgeIdentity"/>).
    /// </summary>
    public static async Task<ProvenanceRun> StartAsync(
        ResolvedTarget target, ProbeSet probes, IChatClient client, SnapshotStore store, Func<bool> mayWriteReceived,
        IdentityClassifier classifier, bool askIdentity = true, RawStreamClient? stream = null, CancellationToken cancellationToken = default)
    {
        var identity = askIdentity ? ProvenanceProbe.RunIdentityAsync(client, probes, cancellationToken) : Task.FromResult<IdentityObservation?>(null);
        var protocol = stream is null ? Task.FromResult<(RawStream?, string?)>((null, null)) : ProvenanceProbe.RunProtocolAsync(stream, probes, cancellationToken);
        var fingerprint = Fingerprint.From(probes, await ProvenanceProbe.RunAsync(client, probes, cancellationToken));
        var (streamed, streamFailure) = await protocol;
        var id = FingerprintSnapshot.IdOf(target);

        // Nothing measured is nothing to approve: only a complete fingerprint (with its stream, where one was asked for) is
        // compared and, in accepting modes, written.
        var compare = fingerprint.Measured && (stream is null || streamed is not null) && mayWriteReceived();
        var shape = streamed is null ? null : ProtocolShape.Signature(streamed);
        var snapshot = compare ? store.Verify(id, FingerprintSnapshot.Render(target, fingerprint, shape), target.Compare) : null;
        var approved = SnapshotText.ReadVerified(id.VerifiedPath(store.Settings.Directory)) is { } verified
            && FingerprintSnapshot.Parse(verified) is { Count: > 0 } entries
                ? entries
                : null;
        return new ProvenanceRun(fingerprint, snapshot, approved, ApproveCommandFor(id, snapshot))
        {
            IdentityProbe = await identity,
            Classifier = classifier,
            Stream = streamed,
            StreamFailure = streamFailure,
        };
    }

    /// <summary>How to approve the fingerprint: accept the received file, or first run so that one is written.</summary>
    public static string ApproveCommandFor(SnapshotId id, SnapshotResult? snapshot) =>
        snapshot?.ReceivedPath is not null
            ? $"{SnapshotStore.CliCommand} accept --filter {id.Key}"
            : $"run without {SnapshotModes.Variable}=check so the received fingerprint is written, then: {SnapshotStore.CliCommand} accept --filter {id.Key}";

    /// <summary>The verdict of one of <see cref="Rows"/> on this run.</summary>
    public ProvenanceVerdict Judge(string row, ResolvedTarget target) => row switch
    {
        Tokenizer => ProvenanceJudge.Tokenizer(Fingerprint, Approved, ApproveCommand),
        SystemPrompt => ProvenanceJudge.SystemPrompt(Fingerprint, Approved, ApproveCommand),
        Metadata => ProvenanceJudge.Metadata(Fingerprint, target.Model, Approved, ApproveCommand),
        Identity => ProvenanceJudge.Identity(
            IdentityProbe, target.Model, target.Identity,
            Classifier ?? throw new InvalidOperationException("The identity row needs the identity classifier the run was started with."),
            $"cases/{ProbeSet.FileName}"),
        Protocol => Stream is { } stream ? ProtocolShape.Judge(stream, Approved?.GetValueOrDefault(FingerprintSnapshot.Protocol))
            : new(ProvenanceOutcome.Inconclusive, StreamFailure is { } failure
                ? $"The protocol probe's streaming call failed, so nothing was measured:\n  1 call(s): {failure}"
                : "No streaming call was made (the run has no raw stream client), so the stream's shape was not checked."),
        _ => throw new ArgumentException($"Unknown provenance row '{row}'. Known: {string.Join(", ", Rows)}.", nameof(row)),
    };

    /// <summary>
    /// The identity row on what the identity rows read in each language (<see cref="IdentityStatement.FromJudgements"/>):
    /// no call of its own. Null statements (the run had no identity rows) fall back to the identity probe.
    /// </summary>
    public (ProvenanceVerdict Verdict, string Summary) JudgeIdentity(ResolvedTarget target, IReadOnlyList<IdentityStatement>? fromRows)
    {
        if (fromRows is null)
        {
            var verdict = Judge(Identity, target);
            return (verdict, "the identity rows did not run (filtered out), so cases/" + ProbeSet.FileName + "'s identity-prompt was asked instead: " +
                             Summary(Identity, verdict));
        }

        var judged = ProvenanceJudge.Identity(
            fromRows, target.Model, target.Identity,
            (Classifier ?? throw new InvalidOperationException("The identity row needs the identity classifier the run was started with.")).Catalog);
        var fields = fromRows.SelectMany(s => s.ModelIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return (judged,
            $"read the identity rows' {fromRows.Sum(s => s.Replies)} replies in {fromRows.Count} language(s), no call of its own; " +
            $"model field {(fields.Count == 0 ? "none" : string.Join(", ", fields))}; {Outcome(judged)}");
    }

    /// <summary>Whether this row carries the received fingerprint (the first row, and only when one was written).</summary>
    public bool Carries(string row) => row == Rows[0] && Snapshot?.ReceivedPath is not null;

    /// <summary>The row's one line of output: what was measured and the outcome.</summary>
    public string Summary(string row, ProvenanceVerdict verdict) => row switch
    {
        Identity => $"{(IdentityProbe is null ? 0 : 1)} identity probe call; model field {(string.IsNullOrEmpty(IdentityProbe?.ModelId) ? "none" : IdentityProbe.ModelId)}; {Outcome(verdict)}",
        Protocol => $"{(Stream is null && StreamFailure is null ? 0 : 1)} streaming call ({Stream?.Wire ?? "no"} wire, {ProtocolShape.Parse(Stream?.Transcript ?? "").Count} events); {Outcome(verdict)}",
        _ => $"{Fingerprint.Calls} probe calls; intercept {Fingerprint.Intercept?.ToString(CultureInfo.InvariantCulture) ?? "not measured"}; " +
        $"model field {Fingerprint.ModelField}; " +
        (row == Metadata && Fingerprint.SystemFingerprints.Count > 0
            ? $"system_fingerprint {string.Join(", ", Fingerprint.SystemFingerprints)} (shown, not approved); "
            : "") +
        Outcome(verdict),
    };

    /// <summary>A failed row's message: "anomaly: …", "inconclusive: …".</summary>
    public static string FailureMessage(ProvenanceVerdict verdict) => $"{Outcome(verdict)}: {verdict.Message}";

    private static string Outcome(ProvenanceVerdict verdict) => verdict.Outcome.ToString().ToLowerInvariant();
}
