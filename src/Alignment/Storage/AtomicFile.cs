using System.Text;

namespace Alignment.Storage;

/// <summary>
/// Writes a file so that a killed process leaves either the old content or the new, never a torn file:
/// the text goes to a temporary file beside it, is flushed to disk, and is renamed over the target.
/// </summary>
public static class AtomicFile
{
    public const string TemporarySuffix = ".tmp";

    /// <summary>UTF-8 without a byte order mark: what every snapshot file is.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private static readonly AsyncLocal<Action<string>?> BeforeRenameHook = new();

    /// <summary>Test seam (per async flow, so parallel tests do not see it): runs between the write and the rename.</summary>
    internal static Action<string>? BeforeRename
    {
        get => BeforeRenameHook.Value;
        set => BeforeRenameHook.Value = value;
    }

    /// <summary>How old a temporary file must be before it counts as left behind by a killed run, not one being written.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    /// <summary>Temporary files under a folder that a killed run left behind (named like ours and older than <see cref="StaleAfter"/>).</summary>
    public static IReadOnlyList<string> StaleTemporaryFiles(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var cutoff = DateTime.UtcNow - StaleAfter;
        return Directory.EnumerateFiles(directory, "*" + TemporarySuffix, SearchOption.AllDirectories)
            .Where(f => IsOurs(Path.GetFileName(f)) && File.GetLastWriteTimeUtc(f) < cutoff)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Deletes what <see cref="StaleTemporaryFiles"/> finds and returns what it deleted; a file another process holds is left.</summary>
    public static IReadOnlyList<string> DeleteStaleTemporaryFiles(string directory)
    {
        var deleted = new List<string>();
        foreach (var file in StaleTemporaryFiles(directory))
        {
            try
            {
                File.Delete(file);
                deleted.Add(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }

        return deleted;
    }

    /// <summary>"name.&lt;32 hex digits&gt;.tmp", as <see cref="WriteAllText"/> names them; nobody else's .tmp files.</summary>
    private static bool IsOurs(string name)
    {
        var stem = name[..^TemporarySuffix.Length];
        var dot = stem.LastIndexOf('.');
        return dot > 0 && stem.Length - dot - 1 == 32 && stem[(dot + 1)..].All(Uri.IsHexDigit);
    }

    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8.GetBytes(text));

    /// <summary>As <see cref="WriteAllText"/>, for text already encoded (UTF-8); written in one call, with no buffer of its own.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes) => WriteAllBytes(path, bytes, null);

    /// <summary>
    /// As <see cref="WriteAllBytes(string, ReadOnlySpan{byte})"/>; with <paramref name="sync"/>, a new file leaves its flush
    /// to disk to that one sync of many (a file replacing another is flushed at once, as ever).
    /// </summary>
    internal static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes, FileSystemSync? sync)
    {
        var flush = sync?.MayDefer(path) != true;
        using (var writer = Begin(path, bufferSize: 0))
        {
            writer.Stream.Write(bytes);
            writer.Commit(flush);
        }

        sync?.Written(path);
    }

    /// <summary>A file written bit by bit that appears, whole, at <paramref name="path"/> only on <see cref="AtomicWriter.Commit"/>.</summary>
    public static AtomicWriter Begin(string path) => Begin(path, 1 << 16);

    private static AtomicWriter Begin(string path, int bufferSize)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new AtomicWriter(path, $"{path}.{Guid.NewGuid():N}{TemporarySuffix}", bufferSize);
    }
}
