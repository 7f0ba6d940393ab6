using Alignment.Storage;
using FluentAssertions;

namespace Alignment.Tests.Batches;

/// <summary>New files may leave their flush to one sync of many; a file that replaces one already kept never does.</summary>
public sealed class FileSystemSyncTests
{
    [Fact]
    public void Only_new_files_leave_their_flush_to_the_sync_and_the_sync_counts_them_kept()
    {
        var directory = Directory.CreateTempSubdirectory("alignment-sync-").FullName;
        try
        {
            var kept = Path.Combine(directory, "kept.json");
            AtomicFile.WriteAllText(kept, "old");
            var sync = new FileSystemSync();

            sync.MayDefer(kept).Should().BeFalse("replacing a file already kept flushes first, so the old one is never lost");
            sync.MayDefer(Path.Combine(directory, "new.json")).Should().Be(FileSystemSync.Defers);

            AtomicFile.WriteAllBytes(kept, "new"u8, sync);
            AtomicFile.WriteAllBytes(Path.Combine(directory, "new.json"), "{}"u8, sync);
            sync.Pending.Should().Be(2);
            File.ReadAllText(kept).Should().Be("new");
            Directory.GetFiles(directory).Should().HaveCount(2, "written atomically: no temporary file is left");

            sync.Sync();
            sync.Pending.Should().Be(0);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
