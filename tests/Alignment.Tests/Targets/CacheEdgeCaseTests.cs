using System.Text.Json.Nodes;
using Alignment.Simulator;
using Alignment.Snapshots;
using Alignment.Storage;
using Alignment.Targets;
using Alignment.Tests.Sampling;
using FluentAssertions;

namespace Alignment.Tests.Targets;

/// <summary>A cache file that is there but is not this request's answer is refused, naming the file; killed runs' leftovers are cleaned.</summary>
public sealed class CacheEdgeCaseTests
{
    [Theory]
    [InlineData("{}", "is incomplete: it has no key, no request, no response")]
    [InlineData("null", "holds null, not a recorded response")]
    [InlineData("[1, 2", "is not valid (")]
    public async Task A_broken_entry_is_an_error_naming_the_file(string content, string problem)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target();
        var file = await RecordOneAsync(sim, target);
        File.WriteAllText(file, content);

        var results = await SimulatedTarget.RunAsync(sim.Pipeline(target, CacheMode.Replay), target, [SimulatedTarget.Case("en", "c", "Who are you?")]);

        results[0].Samples[0].Failure.Should().StartWith($"Cached response {file} {problem}").And.EndWith("delete it and record again with ALIGNMENT_CACHE=record.");
    }

    [Theory]
    [InlineData("key")]
    [InlineData("request")]
    public async Task A_hand_edited_entry_whose_key_does_not_match_the_request_is_refused(string edited)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target();
        var file = await RecordOneAsync(sim, target);
        var entry = JsonNode.Parse(File.ReadAllText(file))!;
        if (edited == "key")
        {
            entry["key"] = new string('0', 64);
        }
        else
        {
            entry["request"]!["messages"]![0]!["text"] = "Which model are you?";
        }

        entry["response"]!["messages"]![0]!["contents"]![0]!["text"] = "I am ChatGPT, made by OpenAI.";
        File.WriteAllText(file, entry.ToJsonString());

        var results = await SimulatedTarget.RunAsync(sim.Pipeline(target, CacheMode.Replay), target, [SimulatedTarget.Case("en", "c", "Who are you?")]);

        results[0].Samples[0].Succeeded.Should().BeFalse("an edited answer must not replay as a real verdict");
        results[0].Samples[0].Failure.Should().StartWith($"Cached response {file} does not answer this request: its stored {edited} does not match");
    }

    [Fact]
    public async Task A_stored_empty_reply_is_refused_on_replay()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target();
        var file = await RecordOneAsync(sim, target);
        var entry = JsonNode.Parse(File.ReadAllText(file))!;
        entry["response"]!["messages"]![0]!["contents"] = new JsonArray();
        File.WriteAllText(file, entry.ToJsonString());

        var results = await SimulatedTarget.RunAsync(sim.Pipeline(target, CacheMode.Replay), target, [SimulatedTarget.Case("en", "c", "Who are you?")]);

        results[0].Samples[0].Failure.Should().StartWith($"Cached response {file} holds an empty reply");
    }

    [Fact]
    public async Task Temporary_files_a_killed_run_left_are_cleaned_from_the_cache_and_reported_in_snapshots()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target();
        var file = await RecordOneAsync(sim, target);
        var stale = Leftover(file + ".0123456789abcdef0123456789abcdef.tmp", old: true);
        var fresh = Leftover(file + ".fedcba9876543210fedcba9876543210.tmp", old: false);
        var foreign = Leftover(Path.Combine(Path.GetDirectoryName(file)!, "notes.tmp"), old: true);

        sim.Pipeline(target, CacheMode.Record);

        File.Exists(stale).Should().BeFalse("an old half-written entry is removed when a recording run starts");
        File.Exists(fresh).Should().BeTrue("it may be another run's write in progress");
        File.Exists(foreign).Should().BeTrue("only files named as ours are touched");

        using var kit = new Alignment.Tests.Snapshots.SnapshotKit();
        kit.Run(SnapshotMode.Accept, ["I am Claude, made by Anthropic."], language: "en");
        var snapshotLeftover = Leftover(kit.VerifiedPath("en") + ".00000000000000000000000000000000.tmp", old: true);
        var orphans = new SnapshotFolder(kit.SnapshotsDirectory).Orphans(kit.Catalog, ["sim-aligned", "other"]);
        orphans.Should().ContainSingle().Which.Should().Match<OrphanSnapshot>(o => o.Path == snapshotLeftover && o.Reason.Contains("killed run"));
        SnapshotFolder.Prune(orphans);
        File.Exists(snapshotLeftover).Should().BeFalse();
        File.Exists(kit.VerifiedPath("en")).Should().BeTrue();
    }

    private static string Leftover(string path, bool old)
    {
        File.WriteAllText(path, "{ \"key\": \"half");
        if (old)
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow - AtomicFile.StaleAfter - TimeSpan.FromMinutes(1));
        }

        return path;
    }

    private static async Task<string> RecordOneAsync(SimulatedTarget sim, Alignment.Configuration.ResolvedTarget target)
    {
        var results = await SimulatedTarget.RunAsync(sim.Pipeline(target, CacheMode.Record), target, [SimulatedTarget.Case("en", "c", "Who are you?")]);
        results[0].Samples[0].Succeeded.Should().BeTrue();
        return Directory.EnumerateFiles(sim.CacheDirectory, "*.json", SearchOption.AllDirectories).Single();
    }
}
