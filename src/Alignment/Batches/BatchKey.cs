using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alignment.Batches;

/// <summary>
/// A record-cache key (64 lowercase hex digits of a SHA-256), which is also a request's custom id, held as 32 bytes
/// rather than a 64-character string: a batch holds up to 100,000 of them. Text only at the edges (files, wire).
/// </summary>
internal readonly record struct BatchKey(UInt128 High, UInt128 Low) : IComparable<BatchKey>
{
    public int CompareTo(BatchKey other) => High != other.High ? High.CompareTo(other.High) : Low.CompareTo(other.Low);

    /// <summary>False for any text that is not such a key (another's custom id, an edited file).</summary>
    public static bool TryParse(string? text, out BatchKey key)
    {
        key = default;
        if (text is not { Length: 64 } || text.AsSpan().IndexOfAnyExcept("0123456789abcdef") >= 0)
        {
            return false;
        }

        key = new BatchKey(
            UInt128.Parse(text.AsSpan(0, 32), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
            UInt128.Parse(text.AsSpan(32), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
        return true;
    }

    public static BatchKey Parse(string text) =>
        TryParse(text, out var key) ? key : throw new FormatException($"'{text}' is not a record-cache key (64 lowercase hex digits).");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{High:x32}{Low:x32}");
}

/// <summary>A batch's keys, compact in memory, read and written as the JSON array of their text.</summary>
internal sealed class BatchKeyList(BatchKey[] keys) : IReadOnlyList<string>
{
    /// <summary>Keys written between two flushes of a record to its file, so a 100,000-key record is never whole in memory.</summary>
    private const int FlushEvery = 1024;

    /// <summary>The places of the keys in key order, made when first asked: 4 bytes a key where a dictionary costs 80.</summary>
    private int[]? order;

    public static BatchKeyList From(IReadOnlyList<string> keys) =>
        keys as BatchKeyList ?? new BatchKeyList(keys.Select(BatchKey.Parse).ToArray());

    public IReadOnlyList<BatchKey> Values => keys;

    public int Count => keys.Length;

    public string this[int index] => keys[index].ToString();

    /// <summary>The place of a key in the batch, or -1.</summary>
    public int IndexOf(BatchKey key)
    {
        var sorted = Volatile.Read(ref order) ?? Sort();
        int low = 0, high = sorted.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var comparison = keys[sorted[middle]].CompareTo(key);
            if (comparison == 0)
            {
                return sorted[middle];
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    private int[] Sort()
    {
        var sorted = new int[keys.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = i;
        }

        Array.Sort(sorted, (a, b) => keys[a].CompareTo(keys[b]) is var c && c != 0 ? c : a.CompareTo(b));
        Volatile.Write(ref order, sorted); // two threads may both sort: the same array either way
        return sorted;
    }

    public IEnumerator<string> GetEnumerator() => keys.Select(k => k.ToString()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal sealed class Converter : JsonConverter<IReadOnlyList<string>>
    {
        public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("keys is not an array");
            }

            var keys = new List<BatchKey>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                keys.Add(BatchKey.TryParse(reader.GetString(), out var key) ? key : throw new JsonException($"key {keys.Count + 1} is not a record-cache key"));
            }

            return new BatchKeyList([.. keys]);
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            var written = 0;
            foreach (var key in value)
            {
                writer.WriteStringValue(key);
                if (++written % FlushEvery == 0)
                {
                    writer.Flush(); // to the file, when the writer is on one (BatchStore.Save)
                }
            }

            writer.WriteEndArray();
        }
    }
}
