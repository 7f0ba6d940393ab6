using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Alignment.Snapshots;
using Alignment.Storage;
using Alignment.Targets;
using Microsoft.Win32.SafeHandles;

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

    /// <summary>Every record, oldest first; replaced whole on each save, so a reader never sees it change.</summary>
    private BatchRecord[] ordered = [];

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

        ordered = Order();
    }

    public string Target { get; }

    public string Directory { get; }

    /// <summary>Every batch of the target, oldest first.</summary>
    public IReadOnlyList<BatchRecord> Records => Volatile.Read(ref ordered);

    /// <summary>The batches at the provider that have not been collected.</summary>
    public IReadOnlyList<BatchRecord> Open => Records.Where(r => r.IsOpen).ToList();

    public string RecordPath(string id) => Path.Combine(Directory, id + ".json");

    public string RequestsPath(string id) => Path.Combine(Directory, id + ".requests.jsonl");

    public string KeysPath(string id) => Path.Combine(Directory, id + ".keys.jsonl");

    /// <summary>
    /// Where a request stands: in no batch, waiting at the provider, or ended without a reply (and why). The newest batch
    /// that holds the request says, looked up in the batches' own keys rather than in an index of every request.
    /// </summary>
    public (BatchRequestState State, string? Batch, string? Failure) StateOf(string key)
    {
        if (!BatchKey.TryParse(key, out var value))
        {
            return (BatchRequestState.None, null, null);
        }

        var all = Volatile.Read(ref ordered);
        for (var i = all.Length - 1; i >= 0; i--)
        {
            var record = all[i];
            if (record.IndexOf(value) < 0)
            {
                continue;
            }

            switch (record.State)
            {
                case BatchState.Lost:
                    continue; // sent again in a later batch, or not at all: either way not this batch's any more
                case BatchState.Sending:
                    return (BatchRequestState.Failed, record.Id,
                        $"batch {record.Id} of target '{record.Target}' was being sent when a run stopped, so it may or may not be at the " +
                        $"provider, and it is never sent twice. See `alignment batch status --target {record.Target}`; to send its requests " +
                        $"again, delete {RecordPath(record.Id)}.");
                case BatchState.Collected:
                    if (!record.Failures.TryGetValue(key, out var failure))
                    {
                        return (BatchRequestState.None, null, null); // its reply is in the record cache
                    }

                    if (record.Resubmitted && record.Expired.Contains(key))
                    {
                        continue; // expired and sent again: the batch that sent it again says (it is newer, so this is rare)
                    }

                    return (BatchRequestState.Failed, record.Id, failure);
                default:
                    return (BatchRequestState.Pending, record.Id, null);
            }
        }

        return (BatchRequestState.None, null, null);
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
                // Straight to the file, flushed as the keys go (BatchKeyList): a record may name 100,000 keys.
                using (var writer = new Utf8JsonWriter(file.Stream, new JsonWriterOptions { Indented = true, Encoder = Json.Encoder }))
                {
                    JsonSerializer.Serialize(writer, record, Json);
                }

                file.Commit();
            }

            records[record.Id] = record;
            Volatile.Write(ref ordered, Order());
        }
    }

    public BatchRecord? Find(string id) => records.GetValueOrDefault(id);

    /// <summary>The lines a batch sends, as written before it was sent.</summary>
    public IEnumerable<byte[]> Lines(string id) => ReadLines(RequestsPath(id));

    /// <summary>The record-cache request of each of a batch's keys, read from disk as needed (a batch may hold 100,000).</summary>
    public BatchKeys Keys(BatchRecord record) => new(KeysPath(record.Id), record);

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

    private BatchRecord[] Order() => records.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();

    private BatchRecord Read(string file)
    {
        try
        {
            BatchRecord? record;
            using (var stream = File.OpenRead(file))
            {
                record = JsonSerializer.Deserialize<BatchRecord>(stream, Json) ?? throw new JsonException("it holds null");
            }

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

/// <summary>
/// A batch's record-cache requests on disk (line i answers key i), read by key through their line offsets; the file stays
/// open while they are read, and the keys are looked up in the batch's own list (12 bytes a request here, not a dictionary).
/// </summary>
public sealed class BatchKeys : IDisposable
{
    private readonly BatchRecord record;
    private readonly SafeFileHandle file;
    private readonly long[] starts;
    private readonly int[] lengths;

    internal BatchKeys(string path, BatchRecord record)
    {
        this.record = record;
        var count = record.KeyValues.Count;
        starts = new long[count];
        lengths = new int[count];
        lengths.AsSpan().Fill(-1);
        file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new byte[1 << 16];
        long offset = 0, start = 0;
        var index = 0;
        int read;
        while (index < count && (read = RandomAccess.Read(file, buffer, offset)) > 0)
        {
            for (var i = 0; i < read; i++, offset++)
            {
                if (buffer[i] == (byte)'\n')
                {
                    if (offset > start && index < count)
                    {
                        starts[index] = start;
                        lengths[index] = (int)(offset - start);
                        index++;
                    }

                    start = offset + 1;
                }
            }
        }
    }

    /// <summary>The key's place in the batch, or null when the batch has no such key.</summary>
    public int? IndexOf(string key) => BatchKey.TryParse(key, out var value) && record.IndexOf(value) is >= 0 and var index ? index : null;

    public CachedRequest? Find(string key)
    {
        if (IndexOf(key) is not { } index || lengths[index] < 0)
        {
            return null;
        }

        var buffer = new byte[lengths[index]];
        if (RandomAccess.Read(file, buffer, starts[index]) != buffer.Length)
        {
            return null; // the file is shorter than it was: edited
        }

        var request = JsonSerializer.Deserialize<CachedRequest>(buffer, ResponseCache.KeyJson);
        return request?.Key() == key ? request : null; // an edited file answers nothing rather than the wrong request
    }

    public void Dispose() => file.Dispose();
}
