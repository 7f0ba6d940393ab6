using Alignment.Targets;
using FluentAssertions;
using Microsoft.Extensions.AI;

namespace Alignment.Tests.Targets;

/// <summary>The collector's cache writes: many at once, every one whole on disk at the end, and a failed one is not swallowed.</summary>
public sealed class CacheWriteWindowTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private static CacheEntry Entry(int i)
    {
        var request = new CachedRequest("scope", "m", new Dictionary<string, string>(), [new CachedMessage("user", $"question {i}")], 0);
        return new CacheEntry(request.Key(), request, new ChatResponse(new ChatMessage(ChatRole.Assistant, $"answer {i}")));
    }

    [Fact]
    public async Task More_entries_than_the_window_holds_are_all_written_and_read_back()
    {
        var cache = new ResponseCache(folder.Path);
        var window = new CacheWriteWindow(cache, size: 4);
        for (var i = 0; i < 50; i++)
        {
            await window.AddAsync(Entry(i), CancellationToken.None);
        }

        await window.DrainAsync();

        Enumerable.Range(0, 50).Select(i => cache.TryRead(Entry(i).Key)?.Response.Text).Should().Equal(Enumerable.Range(0, 50).Select(i => $"answer {i}"));
        Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public async Task A_write_that_fails_is_thrown_not_lost()
    {
        var cache = new ResponseCache(folder.Path);
        var blocked = Entry(1);
        File.WriteAllText(Path.Combine(folder.Path, blocked.Key[..2]), "a file where the entry's folder goes");
        var window = new CacheWriteWindow(cache, size: 2);

        var act = async () =>
        {
            await window.AddAsync(blocked, CancellationToken.None);
            for (var i = 2; i < 10; i++)
            {
                await window.AddAsync(Entry(i), CancellationToken.None);
            }

            await window.DrainAsync();
        };

        await act.Should().ThrowAsync<IOException>();
    }
}
