using Alignment.Configuration;
using Alignment.Simulator;
using Alignment.Targets;
using Alignment.Tests.Sampling;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Alignment.Tests.Targets;

public sealed class PipelineTests
{
    [Fact]
    public async Task The_targets_request_defaults_are_a_layer_whose_values_reach_the_cache_key()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target(settings: [("Samples", "1"), ("Temperature", "0.25"), ("MaxTokens", "77")]);
        using var pipeline = sim.Pipeline(target, CacheMode.Record);

        await SimulatedTarget.RunAsync(pipeline, target, SimulatedTarget.Cases(1));

        pipeline.Client.GetService<ConfigureOptionsChatClient>().Should().NotBeNull();
        var entry = File.ReadAllText(Directory.EnumerateFiles(sim.CacheDirectory, "*.json", SearchOption.AllDirectories).Single());
        entry.Should().Contain("\"temperature\"").And.Contain("0.25").And.Contain("\"max_output_tokens\"").And.Contain("77");
    }

    [Fact]
    public async Task The_layers_are_composed_and_count_what_the_model_was_asked()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target("anthropic", settings: [("Samples", "3")]);
        using var logging = LoggerFactory.Create(_ => { });
        using var pipeline = TargetPipeline.Create(target, new PipelineOptions { Cache = CacheMode.Off, Logging = logging });

        var results = await SimulatedTarget.RunAsync(pipeline, target, SimulatedTarget.Cases(2));

        results.SelectMany(r => r.Samples).Should().OnlyContain(s => s.Succeeded);
        pipeline.Client.GetService<LoggingChatClient>().Should().NotBeNull();
        pipeline.Client.GetService<RecordReplayChatClient>().Should().NotBeNull();
        pipeline.Client.GetService<RateLimitingChatClient>().Should().NotBeNull();
        pipeline.Usage.Calls.Should().Be(6);
        pipeline.Usage.Failures.Should().Be(0);
        pipeline.Usage.InputTokens.Should().BePositive();
        pipeline.Usage.OutputTokens.Should().BePositive();
    }

    [Fact]
    public void The_cache_scope_of_a_simulator_target_ignores_its_port_and_never_holds_the_key()
    {
        var scope = TargetPipeline.CacheScope(new Alignment.Configuration.ResolvedTarget(
            "s", "simulator", "simulator-aligned", null, "secret-key", "claude", "anthropic", "aligned", "openai",
            1, null, 512, null, TimeSpan.FromSeconds(1), 1, null, null, false, CompareMode.Verdicts));

        scope.Should().Be("simulator wire=openai persona=aligned identity=claude maker=anthropic");
    }
}
