using System.Text;
using Alignment.Batches;
using Alignment.Storage;
using Alignment.Targets;
using FluentAssertions;

namespace Alignment.Tests.Batches;

/// <summary>The store writes each batch atomically, before anything is sent, and what a crash leaves behind reads back.</summary>
public sealed class BatchStoreTests : IDisposable
{
    private readonly TempDirectory cache = new();

    public void Dispose() => cache.Dispose();

    private static PreparedRequest Request(int i)
    {
        var request = new CachedRequest("scope", "m", new Dictionary<string, string>(), [new CachedMessage("user", $"question {i}")], 0);
        var key = request.Key();
        return new PreparedRequest(key, Encoding.UTF8.GetBytes($"{{\"custom_id\":\"{key}\"}}"), System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(request, ResponseCache.KeyJson));
    }

    /// <summary>A batch of these requests, written and committed.</summary>
    private static BatchRecord Commit(BatchStore store, params int[] requests)
    {
        using var writer = store.Begin("openai");
        foreach (var i in requests)
        {
            writer.Add(Request(i));
        }

        return writer.Commit();
    }

    [Fact]
    public void A_committed_batch_reads_back_in_a_new_store_with_its_requests_pending()
    {
        var store = new BatchStore(cache.Path, "t");
        var record = Commit(store, 1, 2);

        var again = new BatchStore(cache.Path, "t");

        again.Records.Should().ContainSingle().Which.Keys.Should().Equal(Request(1).Key, Request(2).Key);
        again.StateOf(Request(1).Key).State.Should().Be(BatchRequestState.Pending);
        again.Lines(record.Id).Select(Encoding.UTF8.GetString).Should().Equal(Encoding.UTF8.GetString(Request(1).Line), Encoding.UTF8.GetString(Request(2).Line));
        using (var keys = again.Keys(record))
        {
            keys.Find(Request(2).Key)!.Messages.Single().Text.Should().Be("question 2");
            keys.IndexOf(Request(1).Key).Should().Be(0);
            keys.Find(Request(3).Key).Should().BeNull("the batch does not hold it");
        }

        again.Directory.Should().Be(Path.Combine(cache.Path, "batches", "t"));
    }

    [Fact]
    public void A_batch_abandoned_before_its_commit_leaves_nothing_behind()
    {
        var store = new BatchStore(cache.Path, "t");
        using (var writer = store.Begin("anthropic"))
        {
            writer.Add(Request(1));
        }

        new BatchStore(cache.Path, "t").Records.Should().BeEmpty();
        Directory.GetFiles(store.Directory).Should().BeEmpty("neither the requests nor a half-written temporary file stay");
    }

    [Fact]
    public void A_crash_while_saving_a_record_leaves_its_earlier_state_whole()
    {
        var store = new BatchStore(cache.Path, "t");
        var record = Commit(store, 1);

        AtomicFile.BeforeRename = _ => throw new IOException("killed");
        try
        {
            var act = () => store.Save(record with { State = BatchState.Submitted, ProviderId = "batch_1" });
            act.Should().Throw<IOException>();
        }
        finally
        {
            AtomicFile.BeforeRename = null;
        }

        var again = new BatchStore(cache.Path, "t");
        again.Records.Single().State.Should().Be(BatchState.Prepared, "the old record, not half of the new one");
        Directory.GetFiles(again.Directory, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public void A_record_edited_into_nonsense_is_an_error_naming_the_file()
    {
        var store = new BatchStore(cache.Path, "t");
        Commit(store, 1);

        var file = Directory.GetFiles(store.Directory, "*.json").Single();
        File.WriteAllText(file, "{ not json");

        var act = () => new BatchStore(cache.Path, "t");
        act.Should().Throw<InvalidDataException>().WithMessage($"Batch record {file} is not valid*delete it*");
    }

    [Fact]
    public void Collected_requests_leave_the_index_and_failed_ones_keep_their_reason()
    {
        var store = new BatchStore(cache.Path, "t");
        var record = Commit(store, 1, 2);

        store.Save(record with { State = BatchState.Collected, Failures = new Dictionary<string, string> { [Request(2).Key] = "errored at the provider: x" } });

        var again = new BatchStore(cache.Path, "t");
        again.StateOf(Request(1).Key).State.Should().Be(BatchRequestState.None, "its reply is in the record cache");
        again.StateOf(Request(2).Key).Should().Be((BatchRequestState.Failed, record.Id, "errored at the provider: x"));
    }
}
