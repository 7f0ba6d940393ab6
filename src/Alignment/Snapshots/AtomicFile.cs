using System.Text;

namespace Alignment.Snapshots;

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

    public static void WriteAllText(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Guid.NewGuid():N}{TemporarySuffix}";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                var bytes = Utf8.GetBytes(text);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            BeforeRename?.Invoke(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
