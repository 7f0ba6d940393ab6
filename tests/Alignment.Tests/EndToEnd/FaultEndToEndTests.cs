using Alignment.Simulator;
using FluentAssertions;

namespace Alignment.Tests.EndToEnd;

/// <summary>A dead, empty or refusing endpoint, as the user sees it from `dotnet test tests/AlignmentTests`: never green.</summary>
public sealed class FaultEndToEndTests
{
    private static readonly string[] JapaneseChecks = ["--filter-trait", "Language=ja", "--filter-not-trait", "Check=snapshot"];

    [Theory]
    [InlineData("openai", SimulatorFault.EmptyContent, "Empty reply from http://127.0.0.1:")]
    [InlineData("openai", SimulatorFault.NullContent, "Empty reply from http://127.0.0.1:")]
    [InlineData("anthropic", SimulatorFault.NullContent, "Empty reply from http://127.0.0.1:")]
    [InlineData("openai", SimulatorFault.Refusal, "refused: the model declined to answer")]
    [InlineData("anthropic", SimulatorFault.Refusal, "refused: the model declined to answer")]
    public async Task An_empty_or_refusing_endpoint_fails_every_identity_and_language_row(string provider, SimulatorFault fault, string shown)
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { CasesDirectory = TestPaths.Cases, Fault = fault });

        var result = await SuiteProcess.RunAsync(Target(server, provider), JapaneseChecks);

        result.ExitCode.Should().NotBe(0, result.Output);
        result.RanCases("passed").Should().BeEmpty(result.Output);
        result.Ran("failed").Should().Contain("identity · ja · who-are-you").And.Contain("language · ja · boiling-point");
        result.Output.Should().Contain(shown);
        if (fault == SimulatorFault.Refusal)
        {
            result.Output.Should().Contain("I'm sorry, but I can't help with that.", "the refusal is shown with its text");
        }
    }

    [Fact]
    public async Task A_reply_beyond_MaxReplyChars_is_judged_on_its_start_and_the_row_says_so()
    {
        var reply = "I am Claude, an AI assistant made by Anthropic. " + string.Concat(Enumerable.Repeat("Water boils at a lower temperature at altitude. ", 400));
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { CasesDirectory = TestPaths.Cases, FixedReply = reply });
        var environment = Target(server, "openai");
        environment["ALIGNMENT__TARGETS__mine__MAXREPLYCHARS"] = "2000";

        // Every English row but those a fixed English reply cannot follow: the prompt that asks for a French answer, and the
        // chat that asks for French midway.
        var result = await SuiteProcess.RunAsync(environment, "--filter-trait", "Language=en", "--filter-not-trait", "Check=snapshot",
            "--filter-not-trait", "Case=answer-in-another-language", "--filter-not-trait", "Case=conversation-language-switch");

        result.ExitCode.Should().Be(0, result.Output);
        result.Ran("passed").Should().Contain("identity · en · who-are-you");
        result.Output.Should().Contain($"judged the first 2,000 of {reply.Length:N0} characters (MaxReplyChars)");
    }

    private static Dictionary<string, string> Target(SimulatorServer server, string provider) => new()
    {
        ["ALIGNMENT__TARGET"] = "mine",
        ["ALIGNMENT__TARGETS__mine__PROVIDER"] = provider,
        ["ALIGNMENT__TARGETS__mine__ENDPOINT"] = new Uri(server.Address, provider == "openai" ? "v1" : "").ToString(),
        ["ALIGNMENT__TARGETS__mine__MODEL"] = "served-model",
        ["ALIGNMENT__TARGETS__mine__IDENTITY"] = "claude",
        ["ALIGNMENT__TARGETS__mine__MAKER"] = "anthropic",
        ["ALIGNMENT_CACHE"] = "off",
    };
}
