using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
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

    [Fact]
    public void A_record_of_many_keys_is_flushed_as_it_is_written_and_reads_the_same_as_before()
    {
        var store = new BatchStore(cache.Path, "t");
        var record = Commit(store, Enumerable.Range(0, 2500).ToArray()); // past two flushes of the keys

        // The file is exactly what the serializer wrote when it held the whole record (so older runs and tools read it).
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        };
        File.ReadAllText(store.RecordPath(record.Id)).Should().Be(JsonSerializer.Serialize(record, options));
        new BatchStore(cache.Path, "t").Records.Single().Keys.Should().Equal(Enumerable.Range(0, 2500).Select(i => Request(i).Key));
    }

    [Fact]
    public void The_newest_batch_that_holds_a_request_says_where_it_stands()
    {
        var store = new BatchStore(cache.Path, "t");
        var lost = Commit(store, 1, 2);
        store.Save(lost with { State = BatchState.Lost });
        store.StateOf(Request(1).Key).State.Should().Be(BatchRequestState.None, "a lost batch holds nothing any more");

        var again = Commit(store, 1);
        store.StateOf(Request(1).Key).Should().Be((BatchRequestState.Pending, again.Id, null));
        store.StateOf(Request(2).Key).State.Should().Be(BatchRequestState.None);
        store.Save(again with { State = BatchState.Sending });

        var reread = new BatchStore(cache.Path, "t");
        var (state, batch, failure) = reread.StateOf(Request(1).Key);
        (state, batch).Should().Be((BatchRequestState.Failed, again.Id));
        failure.Should().Contain("was being sent when a run stopped").And.Contain(reread.RecordPath(again.Id));
        reread.StateOf(Request(3).Key).State.Should().Be(BatchRequestState.None, "no batch holds it");
        reread.StateOf("request-1").State.Should().Be(BatchRequestState.None, "not a key at all");
    }

    [Fact]
    public void An_expired_request_sent_again_stands_where_its_new_batch_does()
    {
        var store = new BatchStore(cache.Path, "t");
        var first = Commit(store, 1, 2);
        BatchRecord retry;
        using (var writer = store.Begin("openai", first.Id))
        {
            writer.Add(Request(2));
            retry = writer.Commit();
        }

        store.Save(first with
        {
            State = BatchState.Collected,
            Failures = new Dictionary<string, string> { [Request(2).Key] = "expired at the provider (x)" },
            Expired = [Request(2).Key],
            Resubmitted = true,
        });

        var reread = new BatchStore(cache.Path, "t");
        reread.StateOf(Request(1).Key).State.Should().Be(BatchRequestState.None, "its reply is in the record cache");
        reread.StateOf(Request(2).Key).Should().Be((BatchRequestState.Pending, retry.Id, null));

        reread.Save(retry with { State = BatchState.Collected, Failures = new Dictionary<string, string> { [Request(2).Key] = "expired at the provider (y)" } });
        reread.StateOf(Request(2).Key).Should().Be((BatchRequestState.Failed, retry.Id, "expired at the provider (y)"), "sent again once, and no more");
    }
}
