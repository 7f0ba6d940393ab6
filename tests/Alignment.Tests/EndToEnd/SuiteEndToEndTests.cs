using Alignment.Simulator;
using FluentAssertions;

namespace Alignment.Tests.EndToEnd;

/// <summary>The Foundation's promises, tried as a new user would from the command line.</summary>
public sealed class SuiteEndToEndTests
{
    private static readonly string[] NotSnapshots = ["--filter-not-trait", "Check=snapshot"];

    [Fact]
    public async Task The_incident_persona_fails_with_identity_failures_naming_zh_Hans_and_the_claimed_identity()
    {
        // sim-incident has no approved snapshots (every snapshot row is new there), so only the checks are judged.
        var result = await SuiteProcess.RunAsync(new Dictionary<string, string> { ["ALIGNMENT__TARGET"] = "sim-incident" }, NotSnapshots);

        result.ExitCode.Should().NotBe(0, result.Output);
        result.Ran("failed").Should().Contain(name => name.StartsWith("identity · zh-Hans", StringComparison.Ordinal), result.Output);
        result.Output.Should().Contain("通义千问").And.Contain("claims qwen");
        result.Ran("failed").Should().NotContain(name => name.Contains("· en ·", StringComparison.Ordinal), "the incident is Chinese-only");
    }

    [Fact]
    public async Task A_model_that_answers_who_it_is_without_speaking_of_itself_fails_every_identity_question_for_review()
    {
        var result = await SuiteProcess.RunAsync(SimulatedTarget("evasive"), "--filter-trait", "Check=identity");

        // "Hello! What would you like to work on today?" claims nothing, and would pass a gate that reads it so.
        result.ExitCode.Should().NotBe(0, result.Output);
        var failed = result.Ran("failed");
        failed.Should().Contain("identity · zh-Hans · who-are-you").And.Contain("identity · en · who-are-you").And.Contain("identity · sw · who-are-you");
        failed.Should().OnlyContain(name => name.StartsWith("identity · ", StringComparison.Ordinal), result.Output);
        result.Output.Should().Contain("never speaks of itself").And.Contain("review it");
        result.Ran("passed").Should().Contain(name => name.StartsWith("identity · ", StringComparison.Ordinal), "placebo prompts do not ask who it is and pass: {0}", result.Output);
    }

    [Fact]
    public async Task A_model_that_introduces_itself_under_an_unlisted_name_in_shapes_no_claim_form_reads_fails_for_review()
    {
        var result = await SuiteProcess.RunAsync(SimulatedTarget("pseudonym"), "--filter-trait", "Check=identity");

        // "Zephyrine is a friendly AI assistant…" claims nothing a claim form reads, and would pass a gate that reads it so.
        result.ExitCode.Should().NotBe(0, result.Output);
        var failed = result.Ran("failed");
        failed.Should().Contain("identity · en · who-are-you").And.Contain("identity · ja · who-are-you").And.Contain("identity · ar · who-are-you")
            .And.Contain("identity · zh-Hans · who-are-you");
        failed.Should().OnlyContain(name => name.StartsWith("identity · ", StringComparison.Ordinal), result.Output);
        result.Output.Should().Contain("review it").And.Contain($"which may name it: «{Personas.StrangerName}»");
        result.Ran("passed").Should().Contain(name => name.StartsWith("identity · ", StringComparison.Ordinal), "placebo prompts do not ask who it is and pass: {0}", result.Output);
    }

    /// <summary>A target defined by environment variables alone: the simulator as a persona, expected to be Claude by Anthropic, one sample.</summary>
    private static Dictionary<string, string> SimulatedTarget(string persona) => new()
    {
        ["ALIGNMENT__TARGET"] = $"sim-{persona}",
        [$"ALIGNMENT__TARGETS__sim-{persona}__PROVIDER"] = "simulator",
        [$"ALIGNMENT__TARGETS__sim-{persona}__PERSONA"] = persona,
        [$"ALIGNMENT__TARGETS__sim-{persona}__IDENTITY"] = "claude",
        [$"ALIGNMENT__TARGETS__sim-{persona}__MAKER"] = "anthropic",
        [$"ALIGNMENT__TARGETS__sim-{persona}__SAMPLES"] = "1",
    };

    [Fact]
    public async Task The_language_filter_runs_only_that_languages_rows()
    {
        var result = await SuiteProcess.RunAsync(new Dictionary<string, string>(), "--filter-trait", "Language=ja");

        result.ExitCode.Should().Be(0, result.Output);
        // The rows of the whole run (catalog, target, snapshots) run under any language filter, so that their problems are never filtered out.
        var ran = result.Ran("passed").Except(["catalog · cases", "target · configured", "snapshots · sim-aligned"]).ToList();
        ran.Should().NotBeEmpty().And.OnlyContain(name => name.Contains("· ja ·", StringComparison.Ordinal));
        ran.Should().Contain("identity · ja · who-are-you").And.Contain("language · ja · boiling-point");
    }

    [Theory]
    [InlineData("openai", "v1")]
    [InlineData("anthropic", "")]
    public async Task A_target_defined_in_the_environment_runs_against_a_compatible_server_on_localhost(string provider, string path)
    {
        const string key = "e2e-key-not-a-secret-7f3a9c";
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { CasesDirectory = TestPaths.Cases, RequiredApiKey = key });
        var environment = new Dictionary<string, string>
        {
            ["ALIGNMENT__TARGET"] = "mine",
            ["ALIGNMENT__TARGETS__mine__PROVIDER"] = provider,
            ["ALIGNMENT__TARGETS__mine__ENDPOINT"] = new Uri(server.Address, path).ToString(),
            ["ALIGNMENT__TARGETS__mine__MODEL"] = "served-model",
            ["ALIGNMENT__TARGETS__mine__IDENTITY"] = "claude",
            ["ALIGNMENT__TARGETS__mine__MAKER"] = "anthropic",
            ["ALIGNMENT__TARGETS__mine__APIKEYVARIABLE"] = "E2E_MODEL_KEY",
            ["E2E_MODEL_KEY"] = key,
        };

        var result = await SuiteProcess.RunAsync(environment, NotSnapshots);

        result.ExitCode.Should().Be(0, result.Output);
        result.Ran("passed").Should().Contain("identity · zh-Hans · who-are-you");
        server.Requests.Should().BeGreaterThan(0);
        result.Output.Should().NotContain(key);
    }

    [Fact]
    public async Task A_target_whose_key_is_unset_fails_once_naming_the_variable()
    {
        var environment = new Dictionary<string, string>
        {
            ["ALIGNMENT__TARGET"] = "claude",
            ["ALIGNMENT__TARGETS__claude__APIKEYVARIABLE"] = "E2E_UNSET_KEY_VARIABLE",
        };

        var result = await SuiteProcess.RunAsync(environment);

        result.ExitCode.Should().NotBe(0);
        result.Ran("failed").Should().Equal("target · configured");
        result.Output.Should().Contain("E2E_UNSET_KEY_VARIABLE");
        result.Ran("passed").Should().Equal(["catalog · cases"], "the case files load; nothing that needs the target passes");
    }

    [Fact]
    public async Task A_refused_key_stops_the_run_with_one_failure_naming_the_provider_error()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { CasesDirectory = TestPaths.Cases, FailStatus = 401 });
        var environment = new Dictionary<string, string>
        {
            ["ALIGNMENT__TARGET"] = "mine",
            ["ALIGNMENT__TARGETS__mine__PROVIDER"] = "anthropic",
            ["ALIGNMENT__TARGETS__mine__ENDPOINT"] = server.Address.ToString(),
            ["ALIGNMENT__TARGETS__mine__MODEL"] = "served-model",
            ["ALIGNMENT__TARGETS__mine__IDENTITY"] = "claude",
        };

        var result = await SuiteProcess.RunAsync(environment, NotSnapshots);

        result.ExitCode.Should().NotBe(0);
        result.Ran("failed").Should().HaveCount(1, result.Output);
        result.Ran("skipped").Should().NotBeEmpty();
        result.Output.Should().Contain("HTTP 401").And.Contain("authentication_error");
        server.Requests.Should().BeLessThanOrEqualTo(8, "only the requests already in flight (MaxConcurrency 8) reach the server before the run stops");
    }
}
