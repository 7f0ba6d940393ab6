using System.Runtime.InteropServices;

namespace Alignment.Storage;

/// <summary>
/// Many new files made durable by one sync of their file system instead of one flush each (a batch's replies: one flush
/// per file cost most of collecting them). Each file is still written atomically (temporary file, then rename), so a
/// killed process leaves whole files; but after a crash of the machine a file written this way counts as kept only once
/// <see cref="Sync"/> has returned, and whoever writes them must not say so before (a batch is marked collected after).
/// A file that replaces one already there is flushed on its own, as ever, so nothing kept before is put at risk. Where
/// the platform cannot sync one file system (syncfs is Linux's), every file is flushed on its own, as ever.
/// </summary>
internal sealed class FileSystemSync
{
    private static readonly AsyncLocal<Action<string>?> BeforeSyncHook = new();

    private string? lastWritten;
    private int pending;

    /// <summary>Test seam (per async flow): runs before each sync that has files to make durable, with one of the files.</summary>
    internal static Action<string>? BeforeSync
    {
        get => BeforeSyncHook.Value;
        set => BeforeSyncHook.Value = value;
    }

    /// <summary>Whether files written for this sync skip their own flush.</summary>
    public static bool Defers => OperatingSystem.IsLinux();

    /// <summary>Files written since the last <see cref="Sync"/> (whether or not they skipped their flush).</summary>
    public int Pending => Volatile.Read(ref pending);

    /// <summary>Whether a file about to be written at <paramref name="path"/> may leave its flush to <see cref="Sync"/>.</summary>
    public bool MayDefer(string path) => Defers && !File.Exists(path);

    /// <summary>A file was written (renamed into place) for this sync.</summary>
    public void Written(string path)
    {
        Volatile.Write(ref lastWritten, path);
        Interlocked.Increment(ref pending);
    }

    /// <summary>Makes every file written so far durable; throws when the file system reports it could not.</summary>
    public void Sync()
    {
        var written = Volatile.Read(ref pending);
        if (written == 0 || Volatile.Read(ref lastWritten) is not { } file)
        {
            return;
        }

        BeforeSync?.Invoke(file);
        if (Defers)
        {
            using var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (SyncFs((int)handle.DangerousGetHandle()) != 0)
            {
                var error = Marshal.GetLastPInvokeError();
                throw new IOException($"Could not sync the file system of {Path.GetDirectoryName(file)} to disk ({Marshal.GetPInvokeErrorMessage(error)}, errno {error}).");
            }
        }

        Interlocked.Add(ref pending, -written); // elsewhere each was flushed as it was written
    }

    /// <summary>Linux syncfs(2): writes out everything of the file system that holds the open file, and waits for it.</summary>
    [DllImport("libc", EntryPoint = "syncfs", SetLastError = true)]
    private static extern int SyncFs(int fd);
}
