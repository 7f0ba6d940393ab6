namespace Alignment.Storage;

/// <summary>A temporary file beside its target: flushed to disk and renamed over the target on commit, deleted otherwise.</summary>
public sealed class AtomicWriter : IDisposable
{
    private readonly string path;
    private readonly string temporary;
    private readonly FileStream file;
    private bool done;

    /// <param name="bufferSize">64 KB for a file written bit by bit; 0 for one written in a single call, which needs no buffer.</param>
    internal AtomicWriter(string path, string temporary, int bufferSize = 1 << 16)
    {
        this.path = path;
        this.temporary = temporary;
        file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize);
    }

    public Stream Stream => file;

    public void Commit() => Commit(flushToDisk: true);

    /// <param name="flushToDisk">False only where a later <see cref="FileSystemSync"/> makes the file durable.</param>
    internal void Commit(bool flushToDisk)
    {
        file.Flush(flushToDisk);
        file.Dispose();
        AtomicFile.BeforeRename?.Invoke(temporary);
        File.Move(temporary, path, overwrite: true);
        done = true;
    }

    public void Dispose()
    {
        file.Dispose();
        if (!done && File.Exists(temporary))
        {
            File.Delete(temporary);
        }
    }
}
