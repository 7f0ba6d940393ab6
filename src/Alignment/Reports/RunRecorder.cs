using Alignment.Cases;
using Alignment.Checks;

namespace Alignment.Reports;

/// <summary>
/// Gathers one target's run as its rows finish (thread-safe) into a <see cref="RunRecord"/>: how each row ended, the verdicts
/// each check's row was judged on (so nothing is classified twice), the case's samples with their evidence, and a pending
/// snapshot's diff.
/// </summary>
public sealed class RunRecorder(string target, string? model, string? provider = null, TimeProvider? clock = null)
{
    private readonly object gate = new();
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly List<RunRowRecord> runRows = [];
    private readonly List<RunRowRecord> provenanceRows = [];
    private readonly Dictionary<(string Language, string Case), CaseEntry> cases = [];
    private DateTimeOffset? started;

    public string Target { get; } = target;

    public string? Model { get; } = model;

    public bool IsEmpty
    {
        get
        {
            lock (gate)
            {
                return runRows.Count == 0 && cases.Count == 0 && provenanceRows.Count == 0;
            }
        }
    }

    /// <summary>A case's row: check ("identity", "language", "snapshot"), language and case id.</summary>
    public void Row(string check, string language, string caseId, RowOutcome outcome)
    {
        lock (gate)
        {
            Entry(language, caseId).Rows[check] = outcome;
        }
    }

    /// <summary>A row of the whole run (catalog, target, snapshots): listed in the summary only when it did not pass.</summary>
    public void RunRow(string row, RowOutcome outcome)
    {
        lock (gate)
        {
            started ??= clock.GetUtcNow();
            runRows.Add(new RunRowRecord(row, outcome));
        }
    }

    /// <summary>A provenance row of the target ("provenance · tokenizer" ...): counted in the summary's provenance table.</summary>
    public void ProvenanceRow(string row, RowOutcome outcome)
    {
        lock (gate)
        {
            started ??= clock.GetUtcNow();
            provenanceRows.RemoveAll(r => r.Row == row);
            provenanceRows.Add(new RunRowRecord(row, outcome));
        }
    }

    /// <summary>What the target's provenance probes measured, for `alignment report compare`.</summary>
    public void Fingerprint(FingerprintRecord? fingerprint)
    {
        lock (gate)
        {
            started ??= clock.GetUtcNow();
            this.fingerprint = fingerprint;
        }
    }

    private FingerprintRecord? fingerprint;

    /// <summary>
    /// What one check's row was judged on: the count of each verdict, and the labels (identity claimed, language replied
    /// in) of its answered samples. A sample without a reply is an infrastructure error, not a reading.
    /// </summary>
    public void Verdicts(string check, Case c, CaseVerdicts verdicts)
    {
        lock (gate)
        {
            var entry = Entry(c.Language, c.Id);
            entry.Prompt ??= Prompt(c);
            entry.Checks[check] = verdicts;
            var labels = Count(verdicts.Verdicts.Where(v => v.Sample.Succeeded).Select(v => v.Label));
            if (check == "identity")
            {
                entry.ClaimedIdentities = labels;
            }
            else if (check == "language")
            {
                entry.ReplyLanguages = labels;
            }
        }
    }

    /// <summary>A case's samples as every check judged them, with the passages each check decided on.</summary>
    public void Judged(CaseJudgement judgement)
    {
        var c = judgement.Samples.Case;
        var samples = judgement.Samples.Samples.OrderBy(s => s.Index).Select(s => Sample(judgement, s)).ToList();
        lock (gate)
        {
            var entry = Entry(c.Language, c.Id);
            entry.Prompt = Prompt(c);
            entry.Samples = samples;
        }
    }

    /// <summary>The snapshot row's message (with its diff) when what was received waits for review.</summary>
    public void SnapshotPending(string language, string caseId, string message)
    {
        lock (gate)
        {
            Entry(language, caseId).SnapshotDiff = message;
        }
    }

    public RunRecord ToRecord()
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            return new RunRecord
            {
                Started = started ?? now,
                Finished = now,
                Targets =
                [
                    new TargetRecord
                    {
                        Name = Target,
                        Model = Model,
                        Provider = provider,
                        RunRows = runRows.ToList(),
                        Provenance = provenanceRows.Count == 0 ? null : provenanceRows.OrderBy(r => r.Row, StringComparer.Ordinal).ToList(),
                        Fingerprint = fingerprint,
                        Cases = cases
                            .OrderBy(p => p.Key.Language, StringComparer.Ordinal)
                            .ThenBy(p => p.Key.Case, StringComparer.Ordinal)
                            .Select(p => p.Value.ToRecord(p.Key.Language, p.Key.Case))
                            .ToList(),
                    },
                ],
            };
        }
    }

    private CaseEntry Entry(string language, string caseId)
    {
        started ??= clock.GetUtcNow();
        if (!cases.TryGetValue((language, caseId), out var entry))
        {
            cases[(language, caseId)] = entry = new CaseEntry();
        }

        return entry;
    }

    private static SampleRecord Sample(CaseJudgement judgement, Sample sample)
    {
        if (!sample.Succeeded)
        {
            return new SampleRecord { Index = sample.Index, Failure = sample.Failure };
        }

        var verdicts = new SortedDictionary<string, SampleVerdictRecord>(StringComparer.Ordinal);
        var evidence = new List<EvidenceRecord>();
        if (!sample.Refused)
        {
            foreach (var kind in Enum.GetValues<CheckKind>())
            {
                ReplyVerdict v;
                try
                {
                    v = judgement.Verdict(sample.Index, kind);
                }
                catch (KeyNotFoundException)
                {
                    continue; // a check the set does not hold
                }

                var check = kind.ToString().ToLowerInvariant();
                verdicts[check] = new SampleVerdictRecord(v.Passed, v.Outcome, v.Label, v.Explanation);
                evidence.AddRange(v.Evidence
                    .Where(e => e.Start >= 0 && e.Length > 0 && e.Start + e.Length <= sample.Text!.Length)
                    .Select(e => new EvidenceRecord(check, e.Start, e.Length, e.Label)));
            }
        }

        return new SampleRecord
        {
            Index = sample.Index,
            Text = sample.Text,
            Refused = sample.Refused,
            Verdicts = verdicts,
            Evidence = evidence.OrderBy(e => e.Start).ThenBy(e => e.Check, StringComparer.Ordinal).ToList(),
        };
    }

    private static List<TurnRecord> Prompt(Case c) =>
        (c.System is null ? [] : new[] { new TurnRecord("system", c.System) })
            .Concat(c.Turns.Select(t => new TurnRecord(t.Role.ToString().ToLowerInvariant(), t.Text)))
            .ToList();

    /// <summary>
    /// The check's own word for a sample's verdict (pass, wrong-identity, mixed), read from the case's judgement; a sample
    /// with no reply is "no-reply" and a refusal "refused".
    /// </summary>
    private static string OutcomeOf(string check, SampleVerdict v, IReadOnlyList<SampleRecord> samples)
    {
        if (!v.Sample.Succeeded)
        {
            return "no-reply";
        }

        if (v.Sample.Refused)
        {
            return "refused";
        }

        return samples.FirstOrDefault(s => s.Index == v.Sample.Index)?.Verdicts.GetValueOrDefault(check)?.Outcome ?? (v.Passed ? "pass" : "fail");
    }

    private static SortedDictionary<string, int> Count(IEnumerable<string> values)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }

        return counts;
    }

    private sealed class CaseEntry
    {
        public IReadOnlyList<TurnRecord>? Prompt { get; set; }

        public Dictionary<string, RowOutcome> Rows { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, CaseVerdicts> Checks { get; } = new(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, int> ClaimedIdentities { get; set; } = new Dictionary<string, int>();

        public IReadOnlyDictionary<string, int> ReplyLanguages { get; set; } = new Dictionary<string, int>();

        public IReadOnlyList<SampleRecord> Samples { get; set; } = [];

        public string? SnapshotDiff { get; set; }

        public CaseRecord ToRecord(string language, string caseId) => new()
        {
            Language = language,
            Case = caseId,
            Prompt = Prompt ?? [],
            Rows = new SortedDictionary<string, RowOutcome>(Rows, StringComparer.Ordinal),
            Checks = new SortedDictionary<string, CheckRecord>(
                Checks.ToDictionary(
                    p => p.Key,
                    p => new CheckRecord(
                        p.Value.Decision.PassedSamples,
                        p.Value.Decision.Total,
                        Count(p.Value.Verdicts.Select(v => OutcomeOf(p.Key, v, Samples))))),
                StringComparer.Ordinal),
            ClaimedIdentities = ClaimedIdentities,
            ReplyLanguages = ReplyLanguages,
            Samples = Samples,
            SnapshotDiff = SnapshotDiff,
        };
    }
}
