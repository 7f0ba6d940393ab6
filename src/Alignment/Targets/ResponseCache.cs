using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Alignment.Storage;
using Microsoft.Extensions.AI;

namespace Alignment.Targets;

/// <summary>Everything that determines a response, and nothing secret: the cache key is a hash of this.</summary>
public sealed record CachedRequest(
    string Scope,
    string? Model,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<CachedMessage> Messages,
    int Sample)
{
    public static CachedRequest Describe(string scope, string? model, IEnumerable<ChatMessage> messages, ChatOptions? options, int sample)
    {
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                parameters[name] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
            }
        }

        Add("model", options?.ModelId);
        Add("instructions", options?.Instructions);
        Add("temperature", options?.Temperature);
        Add("max_output_tokens", options?.MaxOutputTokens);
        Add("top_p", options?.TopP);
        Add("top_k", options?.TopK);
        Add("frequency_penalty", options?.FrequencyPenalty);
        Add("presence_penalty", options?.PresencePenalty);
        Add("seed", options?.Seed);
        Add("stop", options?.StopSequences is { Count: > 0 } stop ? string.Join("\u001f", stop) : null);
        foreach (var (key, value) in options?.AdditionalProperties ?? [])
        {
            Add("extra." + key, value);
        }

        return new CachedRequest(
            scope,
            model,
            parameters,
            messages.Select(m => new CachedMessage(m.Role.Value, m.Text)).ToList(),
            sample);
    }

    /// <summary>SHA-256 of the request's canonical JSON.</summary>
    public string Key() =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(this, ResponseCache.KeyJson)));

    /// <summary>A short human description for error messages.</summary>
    public string Describe() =>
        $"{Scope}, model {Model ?? "(default)"}, sample {Sample}, last message «{Messages.LastOrDefault()?.Text.ReplaceLineEndings(" ")}»";
}

public sealed record CachedMessage(string Role, string Text);

/// <summary>One stored response and the request it answers.</summary>
internal sealed record CacheEntry(string Key, CachedRequest Request, ChatResponse Response);

/// <summary>
/// Stored responses, one JSON file each under a directory, named by key.
/// </summary>
internal sealed class ResponseCache(string directory)
{
    internal static readonly JsonSerializerOptions KeyJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions EntryJson = new(AIJsonUtilities.DefaultOptions)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Directory { get; } = Path.GetFullPath(directory);

    public string PathFor(string key) => Path.Combine(Directory, key[..2], key + ".json");

    public CacheEntry? TryRead(string key)
    {
        var path = PathFor(key);
        if (!File.Exists(path))
        {
            return null;
        }

        CacheEntry? entry;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0)) // the reader buffers: no 4 KB a file
        {
            try
            {
                entry = JsonSerializer.Deserialize<CacheEntry>(stream, EntryJson);
            }
            catch (JsonException e)
            {
                throw Invalid(path, $"is not valid ({e.Message})", e);
            }
        }

        // Every way a file can be there and still not be this request's answer is refused, naming the file.
        if (entry is null)
        {
            throw Invalid(path, "holds null, not a recorded response");
        }

        var missing = new[] { ("key", entry.Key is null), ("request", entry.Request is null), ("response", entry.Response is null) }
            .Where(f => f.Item2).Select(f => f.Item1).ToList();
        if (missing.Count > 0)
        {
            throw Invalid(path, $"is incomplete: it has no {string.Join(", no ", missing)}");
        }

        // Checked above: the JSON may leave any of them null whatever the types say.
        var request = entry.Request!;
        if (entry.Key != key || request.Key() != key)
        {
            throw Invalid(path, $"does not answer this request: its stored {(entry.Key != key ? "key" : "request")} does not match (it was recorded for " +
                                $"{request.Describe()}), so it was edited or copied by hand");
        }

        if (Replies.IsEmpty(entry.Response!))
        {
            throw Invalid(path, "holds an empty reply, which is never a verdict");
        }

        return entry;
    }

    /// <summary>Removes what killed runs left half-written here; returns what it removed.</summary>
    public IReadOnlyList<string> DeleteStaleTemporaryFiles() => AtomicFile.DeleteStaleTemporaryFiles(Directory);

    private static InvalidDataException Invalid(string path, string problem, Exception? inner = null) =>
        new(TerminalText.Safe($"Cached response {path} {problem}; delete it and record again with {CacheModes.Variable}=record."), inner);

    /// <summary>Through <see cref="AtomicFile"/>: a killed run leaves the old entry or the new one, never half of one.</summary>
    public Task WriteAsync(CacheEntry entry, CancellationToken cancellationToken = default) =>
        WriteAsync(entry.Key, Serialize(entry), cancellationToken);

    /// <summary>An entry's file as it is written: what a write in flight holds, rather than the reply's objects.</summary>
    public static byte[] Serialize(CacheEntry entry) => JsonSerializer.SerializeToUtf8Bytes(entry, EntryJson);

    /// <summary>
    /// Writes what <see cref="Serialize"/> made, for this key (flushed to disk, so off the caller's thread); with
    /// <paramref name="sync"/>, a new entry is made durable by that sync instead (see <see cref="FileSystemSync"/>).
    /// </summary>
    public Task WriteAsync(string key, byte[] file, CancellationToken cancellationToken = default, FileSystemSync? sync = null) =>
        Task.Run(() => AtomicFile.WriteAllBytes(PathFor(key), file, sync), cancellationToken);
}

/// <summary>ALIGNMENT_CACHE=replay and no response was recorded for this request.</summary>
public sealed class ReplayMissException(CachedRequest request, string path)
    : Exception(TerminalText.Safe($"{Start} {request.Describe()} (expected {path}). " +
                $"Record it first with {CacheModes.Variable}=record."))
{
    private const string Start = $"{CacheModes.Variable}=replay, but no response was recorded for";

    /// <summary>Whether a sample's failure text is a replay miss (samples keep only the text).</summary>
    public static bool Is(string? failure) => failure?.StartsWith(Start, StringComparison.Ordinal) == true;

    public CachedRequest Request { get; } = request;
}
