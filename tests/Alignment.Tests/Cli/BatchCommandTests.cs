using Alignment.Configuration;
using Alignment.Simulator;
using FluentAssertions;
using Microsoft.Extensions.Configuration;

namespace Alignment.Tests.Cli;

/// <summary>alignment batch status and cancel, against the simulator's batch API, on the checkout's own .alignment-cache/.</summary>
public sealed class BatchCommandTests : IAsyncLifetime
{
    private readonly string name = "batch-cli-" + Guid.NewGuid().ToString("N")[..8];
    private SimulatorServer server = null!;

    public async ValueTask InitializeAsync() =>
        server = await SimulatorServer.StartAsync(new SimulatorOptions { CasesDirectory = TestPaths.Cases, BatchDelay = TimeSpan.FromHours(1) });

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        var folder = Path.Combine(TestPaths.Root, ".alignment-cache", "batches", name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private Dictionary<string, string?> Environment() => new()
    {
        [$"ALIGNMENT__TARGETS__{name}__PROVIDER"] = "anthropic",
        [$"ALIGNMENT__TARGETS__{name}__ENDPOINT"] = server.Address.ToString(),
        [$"ALIGNMENT__TARGETS__{name}__MODEL"] = "simulator-aligned",
        [$"ALIGNMENT__TARGETS__{name}__IDENTITY"] = "claude",
        [$"ALIGNMENT__TARGETS__{name}__MODE"] = "batch",
    };

    [Fact]
    public async Task Status_shows_a_batch_at_the_provider_cancel_cancels_it_and_status_then_collects_it()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Environment()
            .ToDictionary(kv => kv.Key.Replace("__", ":", StringComparison.Ordinal), kv => kv.Value)).Build();
        var target = ResolvedTarget.Resolve(configuration, name);
        var cases = Alignment.Cases.CaseCatalog.Load(TestPaths.Cases).Cases.Where(c => c.Language == "en" && c.Id == "who-are-you").ToList();
        using (var runner = Alignment.Batches.BatchRunner.Create(target, Path.Combine(TestPaths.Root, ".alignment-cache")))
        {
            (await runner.RunAsync(cases, target.Sampling with { Samples = 2 }, TimeSpan.Zero, TestContext.Current.CancellationToken)).Open.Should().Be(1);
        }

        var status = await CliProcess.RunAsync(Environment(), null, "batch", "status", "--target", name);
        status.ExitCode.Should().Be(0, status.Error);
        status.Output.Should().Contain("at the provider").And.Contain("in_progress").And.Contain($"batch · {name}: 1 batch (1 at the provider), 2 requests: 2 processing");

        var cancel = await CliProcess.RunAsync(Environment(), null, "batch", "cancel", "--target", name);
        cancel.ExitCode.Should().Be(0, cancel.Error);
        cancel.Output.Should().Contain($"{name}: asked to cancel");

        var after = await CliProcess.RunAsync(Environment(), null, "batch", "status", "--target", name);
        after.Output.Should().Contain("collected").And.Contain("2 requests: 0 processing, 0 succeeded, 0 errored, 0 expired, 2 canceled");
        server.BatchesCreated.Should().Be(1);
    }

    [Fact]
    public async Task A_target_that_is_not_defined_fails_with_one_line_naming_it()
    {
        var result = await CliProcess.RunAsync("batch", "status", "--target", "no-such-target");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("alignment: Target 'no-such-target' (Alignment:Target) is not defined");
    }
}
