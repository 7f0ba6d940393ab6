using Alignment.Simulator;
using Alignment.Storage;
using Alignment.Targets;
using Alignment.Tests.Sampling;
using FluentAssertions;
using Microsoft.Extensions.AI;

namespace Alignment.Tests.Targets;

public sealed class RecordReplayTests
{
    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task Replay_with_the_simulator_stopped_gives_the_recorded_results_without_a_call(string wire)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Persona = "incident", RequiredApiKey = SimulatedTarget.Secret });
        var target = sim.Target(wire, "incident", ("Samples", "4"));
        var cases = SimulatedTarget.Cases(6);
        var recording = sim.Pipeline(target, CacheMode.Record);
        var recorded = await SimulatedTarget.RunAsync(recording, target, cases);
        recorded.SelectMany(r => r.Samples).Should().OnlyContain(s => s.Succeeded);
        sim.Server!.Requests.Should().Be(24);
        recording.Usage.Calls.Should().Be(24);
        await sim.StopServerAsync();

        var replaying = sim.Pipeline(target, CacheMode.Replay);
        var replayed = await SimulatedTarget.RunAsync(replaying, target, cases);

        replaying.Usage.Calls.Should().Be(0, "replay never calls the model");
        replayed.Select(r => r.Samples.Select(s => s.Text)).Should().BeEquivalentTo(
            recorded.Select(r => r.Samples.Select(s => s.Text)), o => o.WithStrictOrdering(), "every sample replays its own reply");
        recorded.SelectMany(r => r.Samples).Select(s => s.Text).Distinct().Should().HaveCountGreaterThan(1, "the incident persona varies, so sample indices matter");
    }

    [Fact]
    public async Task Replay_of_an_unrecorded_request_is_an_error_naming_it()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target(settings: ("Samples", "2"));
        var recording = sim.Pipeline(target, CacheMode.Record);
        await SimulatedTarget.RunAsync(recording, target, [SimulatedTarget.Case("en", "known", "Who are you?")]);

        var replaying = sim.Pipeline(target, CacheMode.Replay);
        var results = await SimulatedTarget.RunAsync(replaying, target,
            [SimulatedTarget.Case("en", "known", "Who are you?"), SimulatedTarget.Case("en", "new", "Who made you?")]);

        results[0].Samples.Should().OnlyContain(s => s.Succeeded);
        results[1].Samples.Should().OnlyContain(s => !s.Succeeded);
        results[1].Samples[1].Failure.Should()
            .Contain("ALIGNMENT_CACHE=replay").And.Contain("«Who made you?»").And.Contain("sample 1")
            .And.Contain("model simulator-aligned").And.Contain("ALIGNMENT_CACHE=record");
        replaying.Usage.Calls.Should().Be(0);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task The_api_key_never_reaches_the_cache(string wire)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { RequiredApiKey = SimulatedTarget.Secret });
        var target = sim.Target(wire);
        target.ApiKey.Should().Be(SimulatedTarget.Secret, "the key is really sent, or the simulator would refuse");
        var results = await SimulatedTarget.RunAsync(sim.Pipeline(target, CacheMode.Record), target, SimulatedTarget.Cases(4));
        results.SelectMany(r => r.Samples).Should().OnlyContain(s => s.Succeeded);

        var files = Directory.GetFiles(sim.CacheDirectory, "*", SearchOption.AllDirectories);
        files.Should().HaveCount(4);
        foreach (var file in files)
        {
            (await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)).Should().NotContain(SimulatedTarget.Secret);
        }
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task Streamed_replies_are_recorded_and_replayed_too(string wire)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target(wire);
        var options = SampleIndex.With(new ChatOptions { MaxOutputTokens = 100 }, 2);
        var ct = TestContext.Current.CancellationToken;
        var recorded = await sim.Pipeline(target, CacheMode.Record).Client.GetStreamingResponseAsync("你是谁？", options, ct).ToChatResponseAsync(ct);
        await sim.StopServerAsync();

        var replaying = sim.Pipeline(target, CacheMode.Replay);
        var replayed = await replaying.Client.GetStreamingResponseAsync("你是谁？", options, ct).ToChatResponseAsync(ct);

        recorded.Text.Should().Contain("Claude");
        replayed.Text.Should().Be(recorded.Text);
        replaying.Usage.Calls.Should().Be(0);
    }

    [Fact]
    public void The_key_covers_what_determines_a_response_and_not_the_api_key()
    {
        ChatMessage[] messages = [new(ChatRole.User, "你是谁？")];
        string Key(string scope = "openai http://x/v1", string? model = "m", ChatMessage[]? m = null, float? temperature = 1, int sample = 0) =>
            CachedRequest.Describe(scope, model, m ?? messages, new ChatOptions { Temperature = temperature }, sample).Key();

        var keys = new[]
        {
            Key(), Key(scope: "openai http://y/v1"), Key(model: "n"), Key(m: [new(ChatRole.User, "你是誰？")]), Key(temperature: 0.5f), Key(sample: 1),
        };
        keys.Should().OnlyHaveUniqueItems();
        Key().Should().Be(Key(), "the key is stable");
    }

    [Fact]
    public async Task Off_neither_reads_nor_writes()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target();
        await SimulatedTarget.RunAsync(sim.Pipeline(target, CacheMode.Record), target, SimulatedTarget.Cases(2));
        var before = Directory.GetFiles(sim.CacheDirectory, "*", SearchOption.AllDirectories).Length;

        var off = sim.Pipeline(target, CacheMode.Off);
        await SimulatedTarget.RunAsync(off, target, SimulatedTarget.Cases(3));

        off.Usage.Calls.Should().Be(3, "off calls the model even for recorded requests");
        Directory.GetFiles(sim.CacheDirectory, "*", SearchOption.AllDirectories).Should().HaveCount(before);
    }

    [Fact]
    public async Task A_write_killed_before_its_rename_leaves_the_old_entry_or_nothing()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Persona = "incident" });
        var target = sim.Target(settings: [("Samples", "1")]);
        var known = SimulatedTarget.Case("zh-Hans", "known", "你是谁？");
        await SimulatedTarget.RunAsync(sim.Pipeline(target, CacheMode.Record), target, [known]);
        var entry = Directory.GetFiles(sim.CacheDirectory, "*.json", SearchOption.AllDirectories).Single();
        var before = await File.ReadAllTextAsync(entry, TestContext.Current.CancellationToken);

        AtomicFile.BeforeRename = _ => throw new IOException("killed before the rename");
        IReadOnlyList<Alignment.Checks.CaseSamples> interrupted;
        try
        {
            interrupted = await SimulatedTarget.RunAsync(sim.Pipeline(target, CacheMode.Record), target,
                [known, SimulatedTarget.Case("zh-Hans", "new", "你是哪个模型？")]);
        }
        finally
        {
            AtomicFile.BeforeRename = null;
        }

        interrupted.SelectMany(r => r.Samples).Should().OnlyContain(s => s.Failure!.Contains("killed before the rename"), "a reply that could not be stored is not passed on as recorded");
        (await File.ReadAllTextAsync(entry, TestContext.Current.CancellationToken)).Should().Be(before, "the old entry stays whole");
        Directory.GetFiles(sim.CacheDirectory, "*", SearchOption.AllDirectories).Should().Equal([entry], "no half-written or temporary file is left");
    }

    [Fact]
    public async Task A_temporary_file_left_by_a_killed_process_is_never_replayed()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target();
        var c = SimulatedTarget.Case("en", "c", "Who are you?");
        var request = CachedRequest.Describe(TargetPipeline.CacheScope(target), target.Model, [new ChatMessage(ChatRole.User, "Who are you?")],
            new ChatOptions { MaxOutputTokens = target.MaxTokens }, 0);
        var cache = new ResponseCache(sim.CacheDirectory);
        var path = cache.PathFor(request.Key());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path + ".0123.tmp", "{\"key\":\"half", TestContext.Current.CancellationToken);

        var results = await SimulatedTarget.RunAsync(sim.Pipeline(target, CacheMode.Replay), target, [c]);

        results[0].Samples[0].Failure.Should().Contain("ALIGNMENT_CACHE=replay").And.Contain(path);
    }

    [Theory]
    [InlineData(null, CacheMode.Record)]
    [InlineData("", CacheMode.Record)]
    [InlineData("record", CacheMode.Record)]
    [InlineData("REPLAY", CacheMode.Replay)]
    [InlineData(" off ", CacheMode.Off)]
    public void Cache_mode_comes_from_ALIGNMENT_CACHE(string? value, CacheMode mode) => CacheModes.Parse(value).Should().Be(mode);

    [Fact]
    public void An_unknown_cache_mode_names_the_variable_and_the_choices()
    {
        var parse = () => CacheModes.Parse("replay-only");
        parse.Should().Throw<Alignment.Configuration.TargetConfigurationException>()
            .WithMessage("ALIGNMENT_CACHE is 'replay-only'; use record (the default), replay or off.");
    }
}
