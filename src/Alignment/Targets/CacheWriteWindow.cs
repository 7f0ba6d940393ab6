using Alignment.Storage;

namespace Alignment.Targets;

/// <summary>
/// Record-cache writes that go on while more replies are read. Each file is flushed to disk, so many are written at once,
/// but at most <paramref name="size"/>, and each holds only its bytes (serialized by the caller), not the reply's objects:
/// a collector writing 100,000 replies holds the same few hundred KB as one writing ten. With <paramref name="sync"/>, a new
/// file is not flushed but left to that one sync: it takes a fraction of a millisecond, so a few at once keep up, and
/// fewer writes in flight are fewer buffers that outlive a young collection and pile up in the oldest generation.
/// </summary>
internal sealed class CacheWriteWindow(ResponseCache cache, int size = 64, FileSystemSync? sync = null)
{
    private readonly SemaphoreSlim slots = new(size, size);
    private readonly List<Task> running = [];

    /// <summary>Starts writing the entry once a slot is free; a write that failed before is thrown here.</summary>
    public async Task AddAsync(CacheEntry entry, CancellationToken cancellationToken)
    {
        var file = ResponseCache.Serialize(entry);
        await slots.WaitAsync(cancellationToken);
        if (running.Count >= size)
        {
            if (running.FirstOrDefault(t => t.IsFaulted || t.IsCanceled) is { } failed)
            {
                slots.Release();
                await failed;
            }

            running.RemoveAll(t => t.IsCompletedSuccessfully);
        }

        running.Add(WriteAsync(entry.Key, file, cancellationToken));
    }

    /// <summary>Waits for every write; the first that failed is thrown.</summary>
    public Task DrainAsync() => Task.WhenAll(running);

    private async Task WriteAsync(string key, byte[] file, CancellationToken cancellationToken)
    {
        try
        {
            await cache.WriteAsync(key, file, cancellationToken, sync);
        }
        finally
        {
            slots.Release();
        }
    }
}
