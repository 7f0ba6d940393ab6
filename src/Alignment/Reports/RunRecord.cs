using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Alignment.Storage;

namespace Alignment.Reports;

/// <summary>
/// What one run found, machine-readable (artifacts/run.json): per target, per language and case, how each check's samples
/// were judged, the identities claimed and the languages replied in, the prompt, every sample with its evidence, and the
/// snapshot diff when one is pending. The summary, the HTML report, merge and compare all read this record.
/// </summary>
public sealed record RunRecord
{
    public const string FileName = "run.json";

    /// <summary>The version of this format; a reader refuses a record of a newer one.</summary>
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    public DateTimeOffset Started { get; init; }

    public DateTimeOffset Finished { get; init; }

    public IReadOnlyList<TargetRecord> Targets { get; init; } = [];

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        // Model text stays readable in the file (Chinese as Chinese); HTML hosts escape it themselves.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Writes the record atomically: a killed run leaves the old file or the new one, never half of one.</summary>
    public string Write(string directory)
    {
        var path = Path.Combine(directory, FileName);
        AtomicFile.WriteAllText(path, ToJson() + "\n");
        return path;
    }

    /// <summary>Reads a record; a file that is not one fails with its name, the line and the field.</summary>
    public static RunRecord Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RunRecordException($"{path}: cannot be read: {e.Message}");
        }

        return Parse(text, path);
    }

    public static RunRecord Parse(string json, string file)
    {
        RunRecord? record;
        try
        {
            record = JsonSerializer.Deserialize<RunRecord>(json, Json);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? $":{l + 1}" : "";
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $": field '{e.Path.TrimStart('$', '.')}'";
            throw new RunRecordException($"{file}{line}{field}: not a run record ({FirstSentence(e.Message)})");
        }

        if (record is null)
        {
            throw new RunRecordException($"{file}: not a run record (it is null)");
        }

        if (record.Format != CurrentFormat)
        {
            throw new RunRecordException($"{file}: field 'format': {record.Format} is not a format this version reads ({CurrentFormat})");
        }

        foreach (var (target, i) in record.Targets.Select((t, i) => (t, i)))
        {
            foreach (var (c, j) in target.Cases.Select((c, j) => (c, j)))
            {
                foreach (var (s, k) in c.Samples.Select((s, k) => (s, k)))
                {
                    foreach (var (span, m) in s.Evidence.Select((e, m) => (e, m)))
                    {
                        if (span.Start < 0 || span.Length < 0 || span.Start + span.Length > (s.Text?.Length ?? 0))
                        {
                            throw new RunRecordException(
                                $"{file}: field 'targets[{i}].cases[{j}].samples[{k}].evidence[{m}]': [{span.Start}, {span.Start + span.Length}) lies outside the sample's text");
                        }
                    }
                }
            }
        }

        return record;
    }

    /// <summary>
    /// One record from several (the shards of a sharded run): a target's cases and run rows are gathered, and a case that
    /// two shards both ran keeps the later shard's result.
    /// </summary>
    public static RunRecord Merge(IReadOnlyList<RunRecord> records)
    {
        if (records.Count == 0)
        {
            throw new ArgumentException("nothing to merge: give at least one run record");
        }

        var targets = records
            .SelectMany(r => r.Targets)
            .GroupBy(t => (t.Name, t.Model))
            .Select(g => new TargetRecord
            {
                Name = g.Key.Name,
                Model = g.Key.Model,
                Provider = g.Select(t => t.Provider).LastOrDefault(p => p is not null),
                RunRows = g.SelectMany(t => t.RunRows)
                    .GroupBy(r => r.Row)
                    .Select(rows => rows.OrderBy(r => r.Outcome).Last())
                    .OrderBy(r => r.Row, StringComparer.Ordinal)
                    .ToList(),
                Provenance = g.Any(t => t.Provenance is not null)
                    ? g.SelectMany(t => t.Provenance ?? [])
                        .GroupBy(r => r.Row)
                        .Select(rows => rows.OrderBy(r => r.Outcome).Last())
                        .OrderBy(r => r.Row, StringComparer.Ordinal)
                        .ToList()
                    : null,
                Fingerprint = g.Select(t => t.Fingerprint).LastOrDefault(f => f is not null),
                Cases = g.SelectMany(t => t.Cases)
                    .GroupBy(c => (c.Language, c.Case))
                    .Select(cases => cases.Last())
                    .OrderBy(c => c.Language, StringComparer.Ordinal)
                    .ThenBy(c => c.Case, StringComparer.Ordinal)
                    .ToList(),
            })
            .ToList();
        return new RunRecord
        {
            Started = records.Min(r => r.Started),
            Finished = records.Max(r => r.Finished),
            Targets = targets,
        };
    }

    /// <summary>What the JSON reader found wrong, in the record's words rather than .NET's type names.</summary>
    private static string FirstSentence(string message)
    {
        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            return "a value of the wrong type";
        }

        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return "an unknown field";
        }

        var missing = message.IndexOf("missing required properties including: ", StringComparison.Ordinal);
        if (missing >= 0)
        {
            return "missing field " + message[(missing + "missing required properties including: ".Length)..].TrimEnd('.');
        }

        var end = message.IndexOf(". Path:", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }
}

/// <summary>How a row ended, as the reports count it: an infrastructure error is kept apart from an alignment failure.</summary>
public enum RowOutcome
{
    Passed,
    Skipped,
    Error,
    Failed,
}

/// <summary>One target of a run (the model it was asked as), its run rows and its cases.</summary>
public sealed record TargetRecord
{
    public required string Name { get; init; }

    public string? Model { get; init; }

    public string? Provider { get; init; }

    /// <summary>The rows of the whole run (catalog · cases, target · configured, snapshots · t) and how they ended.</summary>
    public IReadOnlyList<RunRowRecord> RunRows { get; init; } = [];

    public IReadOnlyList<CaseRecord> Cases { get; init; } = [];

    /// <summary>The target's provenance rows (provenance · tokenizer, · identity ...) and how they ended; null when none ran.</summary>
    public IReadOnlyList<RunRowRecord>? Provenance { get; init; }

    /// <summary>What the provenance probes measured on the target; null when they did not run or measured nothing.</summary>
    public FingerprintRecord? Fingerprint { get; init; }

    /// <summary>The languages of its cases, in order.</summary>
    public IReadOnlyList<string> Languages() =>
        Cases.Select(c => c.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Samples passed over samples judged, over every check of every case of a language; null when nothing was judged.</summary>
    public double? PassRate(string language)
    {
        var checks = Cases.Where(c => c.Language == language).SelectMany(c => c.Checks.Values).ToList();
        var total = checks.Sum(c => c.Total);
        return total == 0 ? null : (double)checks.Sum(c => c.Passed) / total;
    }
}

public sealed record RunRowRecord(string Row, RowOutcome Outcome);

/// <summary>One case on one target: its prompt, each check's row and counts, what was read in the replies, the samples.</summary>
public sealed record CaseRecord
{
    public required string Language { get; init; }

    public required string Case { get; init; }

    /// <summary>The conversation sent: an optional system prompt, earlier turns and the last user turn.</summary>
    public IReadOnlyList<TurnRecord> Prompt { get; init; } = [];

    /// <summary>The worst way one of its rows ended: failed, then error, then passed, then skipped.</summary>
    public RowOutcome Outcome => Rows.Count == 0 ? RowOutcome.Skipped : Rows.Values.Max();

    /// <summary>How each of its rows ended, by check (identity, language, snapshot).</summary>
    public IReadOnlyDictionary<string, RowOutcome> Rows { get; init; } = new Dictionary<string, RowOutcome>();

    /// <summary>Per check that judged samples: the samples it judged, how many passed, and how many got each verdict.</summary>
    public IReadOnlyDictionary<string, CheckRecord> Checks { get; init; } = new Dictionary<string, CheckRecord>();

    /// <summary>The identity check's readings of the samples it judged ("claude", "qwen", "no claim"), counted.</summary>
    public IReadOnlyDictionary<string, int> ClaimedIdentities { get; init; } = new Dictionary<string, int>();

    /// <summary>The language check's readings of the samples it judged ("zh-Hans", "en", "mixed"), counted.</summary>
    public IReadOnlyDictionary<string, int> ReplyLanguages { get; init; } = new Dictionary<string, int>();

    public IReadOnlyList<SampleRecord> Samples { get; init; } = [];

    /// <summary>The snapshot row's message with its diff, when a received snapshot is pending review.</summary>
    public string? SnapshotDiff { get; init; }

    /// <summary>Samples passed over samples judged, over its checks; null when nothing was judged.</summary>
    public double? PassRate
    {
        get
        {
            var total = Checks.Values.Sum(c => c.Total);
            return total == 0 ? null : (double)Checks.Values.Sum(c => c.Passed) / total;
        }
    }
}

public sealed record TurnRecord(string Role, string Text);

/// <summary>One check over one case's samples: how many it judged, how many passed, and the count of each verdict (pass, wrong-identity).</summary>
public sealed record CheckRecord(int Passed, int Total, IReadOnlyDictionary<string, int> Verdicts);

/// <summary>One sample: the reply (or why there is none), each check's verdict on it, and the passages the checks found.</summary>
public sealed record SampleRecord
{
    public required int Index { get; init; }

    public string? Text { get; init; }

    /// <summary>Why there is no reply (an infrastructure error), or null.</summary>
    public string? Failure { get; init; }

    public bool Refused { get; init; }

    public IReadOnlyDictionary<string, SampleVerdictRecord> Verdicts { get; init; } = new Dictionary<string, SampleVerdictRecord>();

    /// <summary>Spans of <see cref="Text"/> the checks decided on, by check.</summary>
    public IReadOnlyList<EvidenceRecord> Evidence { get; init; } = [];
}

public sealed record SampleVerdictRecord(bool Passed, string Outcome, string Label, string Explanation);

/// <summary>[Start, Start+Length) of a sample's text, in UTF-16 code units, found by a check, and what it shows.</summary>
public sealed record EvidenceRecord(string Check, int Start, int Length, string Label);

/// <summary>A file that is not a run record, with the file, line and field.</summary>
public sealed class RunRecordException(string message) : Exception(message);
