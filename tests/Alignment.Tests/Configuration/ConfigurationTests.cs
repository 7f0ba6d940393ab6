using Alignment.Configuration;
using FluentAssertions;
using Microsoft.Extensions.Configuration;

namespace Alignment.Tests.Configuration;

public sealed class ConfigurationTests
{
    [Fact]
    public void Committed_configuration_selects_the_offline_simulator_by_default()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(TestPaths.Root, "alignment.json")).Build();

        var target = ResolvedTarget.Resolve(configuration);

        target.Name.Should().Be("sim-aligned");
        target.Provider.Should().Be("simulator");
        target.Persona.Should().Be("aligned");
        target.Identity.Should().Be("claude");
        target.Maker.Should().Be("anthropic");
        target.ApiKey.Should().BeNull();
    }

    [Fact]
    public void A_target_can_be_defined_and_selected_from_environment_variables_alone()
    {
        var configuration = FromEnvironment(new()
        {
            ["ALIGNMENT__TARGET"] = "mine",
            ["ALIGNMENT__TARGETS__mine__PROVIDER"] = "openai",
            ["ALIGNMENT__TARGETS__mine__ENDPOINT"] = "http://127.0.0.1:8080/v1",
            ["ALIGNMENT__TARGETS__mine__MODEL"] = "m",
            ["ALIGNMENT__TARGETS__mine__IDENTITY"] = "claude",
            ["ALIGNMENT__TARGETS__mine__MAKER"] = "anthropic",
            ["ALIGNMENT__TARGETS__mine__SAMPLES"] = "4",
            ["ALIGNMENT__TARGETS__mine__TEMPERATURE"] = "0.5",
            ["ALIGNMENT__TARGETS__mine__MAXTOKENS"] = "300",
            ["ALIGNMENT__TARGETS__mine__SYSTEMPROMPT"] = "Be brief.",
            ["ALIGNMENT__TARGETS__mine__TIMEOUTSECONDS"] = "30",
            ["ALIGNMENT__TARGETS__mine__MAXCONCURRENCY"] = "2",
            ["ALIGNMENT__TARGETS__mine__REQUESTSPERMINUTE"] = "60",
        });

        var target = ResolvedTarget.Resolve(configuration);

        target.Should().BeEquivalentTo(new
        {
            Name = "mine",
            Provider = "openai",
            Endpoint = new Uri("http://127.0.0.1:8080/v1"),
            Model = "m",
            Identity = "claude",
            Maker = "anthropic",
            Samples = 4,
            Temperature = 0.5,
            MaxTokens = 300,
            SystemPrompt = "Be brief.",
            Timeout = TimeSpan.FromSeconds(30),
            MaxConcurrency = 2,
            RequestsPerMinute = 60,
            ApiKey = (string?)null,
        });
    }

    [Fact]
    public void A_missing_key_names_the_variable_and_never_a_stack_of_details()
    {
        var configuration = FromEnvironment(new()
        {
            ["ALIGNMENT__TARGET"] = "claude",
            ["ALIGNMENT__TARGETS__claude__PROVIDER"] = "anthropic",
            ["ALIGNMENT__TARGETS__claude__MODEL"] = "claude-x",
            ["ALIGNMENT__TARGETS__claude__APIKEYVARIABLE"] = "MY_TEST_KEY_VARIABLE",
            ["ALIGNMENT__TARGETS__claude__IDENTITY"] = "claude",
        });

        var act = () => ResolvedTarget.Resolve(configuration);

        act.Should().Throw<TargetConfigurationException>().WithMessage("*MY_TEST_KEY_VARIABLE*is not set*");
    }

    [Fact]
    public void A_replay_needs_no_key_because_it_never_calls_the_model()
    {
        var configuration = FromEnvironment(new()
        {
            ["ALIGNMENT__TARGET"] = "claude",
            ["ALIGNMENT__TARGETS__claude__APIKEYVARIABLE"] = "MY_TEST_KEY_VARIABLE",
            ["ALIGNMENT_CACHE"] = "replay",
        });

        var target = ResolvedTarget.Resolve(configuration);

        target.Name.Should().Be("claude");
        target.ApiKey.Should().BeNull();
    }

    [Fact]
    public void A_public_endpoint_without_a_key_variable_asks_for_the_provider_default()
    {
        var configuration = FromEnvironment(new()
        {
            ["ALIGNMENT__TARGET"] = "o",
            ["ALIGNMENT__TARGETS__o__PROVIDER"] = "openai",
            ["ALIGNMENT__TARGETS__o__MODEL"] = "gpt-x",
            ["ALIGNMENT__TARGETS__o__IDENTITY"] = "chatgpt",
        });

        var act = () => ResolvedTarget.Resolve(configuration);

        act.Should().Throw<TargetConfigurationException>().WithMessage("*OPENAI_API_KEY*");
    }

    [Fact]
    public void The_key_is_read_from_the_named_variable_and_never_printed()
    {
        const string secret = "test-secret-value-123456";
        var configuration = FromEnvironment(new()
        {
            ["ALIGNMENT__TARGET"] = "claude",
            ["ALIGNMENT__TARGETS__claude__PROVIDER"] = "anthropic",
            ["ALIGNMENT__TARGETS__claude__MODEL"] = "claude-x",
            ["ALIGNMENT__TARGETS__claude__APIKEYVARIABLE"] = "MY_KEY",
            ["ALIGNMENT__TARGETS__claude__IDENTITY"] = "claude",
            ["MY_KEY"] = secret,
        });

        var target = ResolvedTarget.Resolve(configuration);

        target.ApiKey.Should().Be(secret);
        target.ToString().Should().NotContain(secret);
    }

    [Theory]
    [InlineData("ALIGNMENT__TARGET", "nope", "*'nope'*not defined*sim-aligned*")]
    [InlineData("ALIGNMENT__TARGETS__sim-aligned__PROVIDER", "bedrock", "*Alignment:Targets:sim-aligned:Provider*bedrock*")]
    [InlineData("ALIGNMENT__TARGETS__sim-aligned__SAMPLES", "0", "*Samples is 0*")]
    [InlineData("ALIGNMENT__TARGETS__sim-aligned__ENDPOINT", "not a url", "*Endpoint*not an absolute URL*")]
    [InlineData("ALIGNMENT__TARGETS__sim-aligned__COMPARE", "pixels", "*Compare*verdicts or text*")]
    public void Bad_settings_say_which_key_to_fix(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(TestPaths.Root, "alignment.json"))
            .AddInMemoryCollection(new Dictionary<string, string?> { [key.Replace("__", ":", StringComparison.Ordinal)] = value })
            .Build();

        var act = () => ResolvedTarget.Resolve(configuration);

        act.Should().Throw<TargetConfigurationException>().WithMessage(message);
    }

    /// <summary>
    /// Environment variable names mapped as AddEnvironmentVariables maps them (__ is the section separator);
    /// the real process environment is exercised by the end-to-end suite runs.
    /// </summary>
    [Theory]
    [InlineData("SAMPLES", "three", "Samples is 'three', which is not a whole number")]
    [InlineData("TEMPERATURE", "warm", "Temperature is 'warm', which is not a number")]
    [InlineData("NOCLAIMFAILS", "yes please", "NoClaimFails is 'yes please', which is not true or false")]
    public void A_value_that_is_not_of_its_type_is_named_instead_of_the_target_going_missing(string key, string value, string message)
    {
        var configuration = FromEnvironment(new() { [$"ALIGNMENT__TARGETS__sim-aligned__{key}"] = value });

        var act = () => ResolvedTarget.Resolve(configuration);

        act.Should().Throw<TargetConfigurationException>()
            .WithMessage($"Alignment:Targets:sim-aligned:{message}*")
            .Which.Message.Should().Contain($"env ALIGNMENT__TARGETS__sim-aligned__{key}=").And.NotContain("is not defined");
    }

    private static IConfiguration FromEnvironment(Dictionary<string, string> variables) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(TestPaths.Root, "alignment.json"))
            .AddInMemoryCollection(variables.ToDictionary(kv => kv.Key.Replace("__", ":", StringComparison.Ordinal), kv => (string?)kv.Value))
            .Build();
}
