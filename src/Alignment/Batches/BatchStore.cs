using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Alignment.Snapshots;
using Alignment.Storage;
using Alignment.Targets;

namespace Alignment.Batches;

/// <summary>
/// A target's batches under .alignment-cache/batches/&lt;target&gt;/: each one's requests and record are written
/// (atomically) before anything is sent, so a run that is killed or ends while the provider still works picks the same
/// batches up next time and never sends a request twice. It also answers where each request stands.
/// </summary>
public sealed class BatchStore
{
    public const string Folder = "batches";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private readonly ConcurrentDictionary<string, BatchRecord> records = new(StringComparer.Ordinal);

    /// <summary>Key → the batch that holds it and, once it ended without a reply, why. Succeeded keys are in the record cache instead.</summary>
    private readonly ConcurrentDictionary<BatchKey, (string Batch, string? Failure)> requests = new();

    private readonly object writing = new();

    /// <param name="cacheDirectory">The record cache's folder (.alignment-cache); batches live in its batches/ folder.</param>
    public BatchStore(string cacheDirectory, string target)
    {
        Target = target;
        Directory = Path.Combine(Path.GetFullPath(cacheDirectory), Folder, SnapshotId.PathPart(target));
        if (System.IO.Directory.Exists(Directory))
        {
            AtomicFile.DeleteStaleTemporaryFiles(Directory);
            foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.json"))
            {
                var record = Read(file);
                records[record.Id] = record;
            }
        }

        foreach (var record in Records)
        {
            Index(record);
        }
    }

    public string Target { get; }

    public string Directory { get; }

    /// <summary>Every batch of the target, oldest first.</summary>
    public IReadOnlyList<BatchRecord> Records => records.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

    /// <summary>The batches at the provider that have not been collected.</summary>
    public IReadOnlyList<BatchRecord> Open => Records.Where(r => r.IsOpen).ToList();

    public string RecordPath(string id) => Path.Combine(Directory, id + ".json");

    public string RequestsPath(string id) => Path.Combine(Directory, id + ".requests.jsonl");

    public string KeysPath(string id) => Path.Combine(Directory, id + ".keys.jsonl");

    /// <summary>Where a request stands: in no batch, waiting at the provider, or ended without a reply (and why).</summary>
    public (BatchRequestState State, string? Batch, string? Failure) StateOf(string key)
    {
        if (!BatchKey.TryParse(key, out var value) || !requests.TryGetValue(value, out var entry))
        {
            return (BatchRequestState.None, null, null);
        }

        return entry.Failure is null ? (BatchRequestState.Pending, entry.Batch, null) : (BatchRequestState.Failed, entry.Batch, entry.Failure);
    }

    /// <summary>
    /// Starts a new batch: its requests (the wire lines) and the record-cache request of each are written to temporary
    /// files as they come, and on <see cref="BatchWriter.Commit"/> flushed, renamed into place and only then named by
    /// the batch's record. Nothing is sent before the record exists.
    /// </summary>
    internal BatchWriter Begin(string wire, string? retryOf = null)
    {
        var id = $"{DateTime.UtcNow:yyyyMMdd'T'HHmmss'.'fff'Z'}-{Guid.NewGuid().ToString("N")[..8]}";
        return new BatchWriter(this, new BatchRecord
        {
            Id = id,
            Target = Target,
            Wire = wire,
            Created = DateTimeOffset.UtcNow,
            State = BatchState.Prepared,
            RetryOf = retryOf,
            Keys = [],
        });
    }

    /// <summary>Writes a record over its earlier state, atomically, and updates where its requests stand.</summary>
    public void Save(BatchRecord record)
    {
        lock (writing)
        {
            using (var file = AtomicFile.Begin(RecordPath(record.Id)))
            {
                JsonSerializer.Serialize(file.Stream, record, Json); // straight to the file: a record may name 100,000 keys
                file.Commit();
            }

            records[record.Id] = record;
            Index(record);
        }
    }

    public BatchRecord? Find(string id) => records.GetValueOrDefault(id);

    /// <summary>The lines a batch sends, as written before it was sent.</summary>
    public IEnumerable<byte[]> Lines(string id) => ReadLines(RequestsPath(id));

    /// <summary>The record-cache request of each of a batch's keys, read from disk as needed (a batch may hold 100,000).</summary>
    public BatchKeys Keys(BatchRecord record) => new(KeysPath(record.Id), record.KeyValues);

    private static IEnumerable<byte[]> ReadLines(string path)
    {
        using var reader = new StreamReader(path, AtomicFile.Utf8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return AtomicFile.Utf8.GetBytes(line);
            }
        }
    }

    private void Index(BatchRecord record)
    {
        switch (record.State)
        {
            case BatchState.Lost:
                foreach (var key in record.KeyValues)
                {
                    // Sent again in a later batch, or not at all: either way not this batch's any more.
                    if (requests.TryGetValue(key, out var entry) && entry.Batch == record.Id)
                    {
                        requests.TryRemove(key, out _);
                    }
                }

                break;
            case BatchState.Collected:
                foreach (var key in record.KeyValues)
                {
                    if (requests.TryGetValue(key, out var entry) && entry.Batch != record.Id && string.CompareOrdinal(entry.Batch, record.Id) > 0)
                    {
                        continue; // a later batch holds it (an expired request sent again)
                    }

                    var text = record.Failures.Count > 0 ? key.ToString() : null; // failures are few, and keyed by text
                    if (text is not null && record.Failures.TryGetValue(text, out var failure) && !(record.Resubmitted && record.Expired.Contains(text)))
                    {
                        requests[key] = (record.Id, failure);
                    }
                    else if (text is null || !record.Failures.ContainsKey(text))
                    {
                        requests.TryRemove(key, out _); // its reply is in the record cache
                    }
                }

                break;
            case BatchState.Sending:
                var uncertain = $"batch {record.Id} of target '{record.Target}' was being sent when a run stopped, so it may or may not be at the " +
                                $"provider, and it is never sent twice. See `alignment batch status --target {record.Target}`; to send its requests " +
                                $"again, delete {RecordPath(record.Id)}.";
                foreach (var key in record.KeyValues)
                {
                    requests[key] = (record.Id, uncertain);
                }

                break;
            default:
                foreach (var key in record.KeyValues)
                {
                    requests[key] = (record.Id, null);
                }

                break;
        }
    }

    private BatchRecord Read(string file)
    {
        try
        {
            var record = JsonSerializer.Deserialize<BatchRecord>(File.ReadAllText(file, AtomicFile.Utf8), Json)
                         ?? throw new JsonException("it holds null");
            return record.Keys is null ? throw new JsonException("it has no keys") : record;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException(TerminalText.Safe(
                $"Batch record {file} is not valid ({e.Message}). It was edited by hand; restore it, or delete it and the files beside it " +
                $"that start with its name (its requests are then sent again)."), e);
        }
    }
}

/// <summary>Where a request stands in a target's batches.</summary>
public enum BatchRequestState
{
    /// <summary>In no batch.</summary>
    None,

    /// <summary>Sent (or about to be) and not ended.</summary>
    Pending,

    /// <summary>Ended without a reply: errored, expired (twice), canceled, or uncertain.</summary>
    Failed,
}

/// <summary>A batch being written; see <see cref="BatchStore.Begin"/>.</summary>
internal sealed class BatchWriter : IDisposable
{
    private readonly BatchStore store;
    private readonly BatchRecord record;
    private readonly AtomicWriter requests;
    private readonly AtomicWriter keys;
    private readonly List<BatchKey> added = [];

    public BatchWriter(BatchStore store, BatchRecord record)
    {
        this.store = store;
        this.record = record;
        requests = AtomicFile.Begin(store.RequestsPath(record.Id));
        keys = AtomicFile.Begin(store.KeysPath(record.Id));
    }

    public int Count => added.Count;

    /// <summary>Bytes of wire lines so far, a newline each.</summary>
    public long Bytes { get; private set; }

    public void Add(PreparedRequest request)
    {
        requests.Stream.Write(request.Line);
        requests.Stream.WriteByte((byte)'\n');
        keys.Stream.Write(request.Request);
        keys.Stream.WriteByte((byte)'\n');
        Bytes += request.Line.Length + 1;
        added.Add(BatchKey.Parse(request.Key));
    }

    public BatchRecord Commit()
    {
        requests.Commit();
        keys.Commit();
        var prepared = record with { Keys = new BatchKeyList([.. added]) };
        store.Save(prepared);
        return prepared;
    }

    public void Dispose()
    {
        requests.Dispose();
        keys.Dispose();
    }
}

/// <summary>A request ready to go into a batch: its key (the custom id), its wire line, and its record-cache request as JSON.</summary>
internal sealed record PreparedRequest(string Key, byte[] Line, byte[] Request);

/// <summary>A batch's record-cache requests on disk (line i answers key i), read by key through their line offsets.</summary>
public sealed class BatchKeys
{
    private readonly string path;
    private readonly Dictionary<BatchKey, (long Offset, int Length, int Index)> lines = [];

    internal BatchKeys(string path, IReadOnlyList<BatchKey> keys)
    {
        this.path = path;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var buffer = new byte[1 << 16];
        long offset = 0, start = 0;
        var index = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            for (var i = 0; i < read; i++, offset++)
            {
                if (buffer[i] == (byte)'\n')
                {
                    if (offset > start && index < keys.Count)
                    {
                        lines[keys[index]] = (start, (int)(offset - start), index);
                        index++;
                    }

                    start = offset + 1;
                }
            }
        }
    }

    /// <summary>The key's place in the batch, or null when the batch has no such key.</summary>
    public int? IndexOf(string key) => BatchKey.TryParse(key, out var value) && lines.TryGetValue(value, out var at) ? at.Index : null;

    public CachedRequest? Find(string key)
    {
        if (!BatchKey.TryParse(key, out var value) || !lines.TryGetValue(value, out var at))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        stream.Position = at.Offset;
        var buffer = new byte[at.Length];
        stream.ReadExactly(buffer);
        var request = JsonSerializer.Deserialize<CachedRequest>(buffer, ResponseCache.KeyJson);
        return request?.Key() == key ? request : null; // an edited file answers nothing rather than the wrong request
    }
}
