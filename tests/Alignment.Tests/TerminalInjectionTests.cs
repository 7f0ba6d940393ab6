using Alignment.Simulator;
using Alignment.Snapshots;
using Alignment.Tests.EndToEnd;
using Alignment.Tests.Sampling;
using Alignment.Tests.Snapshots;
using FluentAssertions;
using Microsoft.Extensions.Logging;

namespace Alignment.Tests;

/// <summary>No model or provider byte reaches a console or a log raw: ESC sequences, NUL, bidi controls are shown as tokens.</summary>
public sealed class TerminalInjectionTests
{
    /// <summary>Sets the terminal title, rings the bell, clears the screen, hides in NUL and flips the line's direction.</summary>
    private const string Hostile = "\u001b]0;pwned\u0007\u001b[2J\u0000\u202egnp.exe\u2066\r";

    private static readonly string[] Raw = ["\u001b", "\u0007", "\u0000", "\u202e", "\u2066", "\r"];

    [Theory]
    [InlineData("a\u001b[2Jb", "a⟦U+001B⟧[2Jb")]
    [InlineData("nul\u0000 bel\u0007 del\u007f c1\u009b", "nul⟦U+0000⟧ bel⟦U+0007⟧ del⟦U+007F⟧ c1⟦U+009B⟧")]
    [InlineData("\u202eevil\u202c \u2066x\u2069 \u200f", "⟦U+202E⟧evil⟦U+202C⟧ ⟦U+2066⟧x⟦U+2069⟧ ⟦U+200F⟧")]
    [InlineData("over\rwrite", "over⟦U+000D⟧write")]
    [InlineData("crlf\r\nstays a newline", "crlf\nstays a newline")]
    [InlineData("tab\tnewline\n 你好 😀 ⟦U+0041⟧", "tab\tnewline\n 你好 😀 ⟦U+0041⟧")]
    [InlineData("line\u2028para\u2029", "line⟦U+2028⟧para⟦U+2029⟧")]
    public void Unsafe_characters_become_tokens_and_escaping_twice_changes_nothing(string text, string safe)
    {
        TerminalText.Safe(text).Should().Be(safe);
        TerminalText.Safe(safe).Should().Be(safe);
    }

    [Fact]
    public void A_lone_surrogate_becomes_a_token_and_a_pair_stays()
    {
        var text = "lone " + '\ud800' + " surrogate " + '\udc00' + " pair 😀";
        TerminalText.Safe(text).Should().Be("lone ⟦U+D800⟧ surrogate ⟦U+DC00⟧ pair 😀");
    }

    [Fact]
    public async Task Provider_error_text_is_escaped_in_the_failure()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { FailStatus = 500, FailMessage = "boom " + Hostile });
        var target = sim.Target();
        var pipeline = sim.Pipeline(target, retry: SimulatedTarget.FastRetry with { MaxRetries = 0 });

        var results = await SimulatedTarget.RunAsync(pipeline, target, SimulatedTarget.Cases(1));

        var failure = results[0].Samples[0].Failure!;
        failure.Should().Contain("boom ⟦U+001B⟧]0;pwned⟦U+0007⟧⟦U+001B⟧[2J⟦U+0000⟧⟦U+202E⟧gnp.exe⟦U+2066⟧");
        failure.Should().NotContainAny(Raw);
        pipeline.Stopped!.Message.Should().NotContainAny(Raw);
    }

    [Fact]
    public async Task The_pipeline_log_shows_a_hostile_reply_only_as_tokens()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { FixedReply = "I am Claude." + Hostile });
        var target = sim.Target();
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var logging = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b
            .SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Trace)
            .AddProvider(new LineCollector(lines)));
        using var pipeline = Alignment.Targets.TargetPipeline.Create(target, new Alignment.Targets.PipelineOptions { Cache = Alignment.Targets.CacheMode.Off, Logging = logging });

        await SimulatedTarget.RunAsync(pipeline, target, SimulatedTarget.Cases(1));

        lines.Should().Contain(l => l.Contains("⟦U+202E⟧gnp.exe", StringComparison.Ordinal), "the reply is logged at trace level (its JSON already escapes ESC and NUL)");
        lines.Should().AllSatisfy(l => l.Should().NotContainAny(Raw));
    }

    private sealed class LineCollector(System.Collections.Concurrent.ConcurrentQueue<string> lines) : Microsoft.Extensions.Logging.ILoggerProvider, Microsoft.Extensions.Logging.ILogger
    {
        public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }

    [Fact]
    public void A_snapshot_failure_never_replays_raw_bytes_from_a_hand_edited_verified_file()
    {
        using var kit = new SnapshotKit();
        kit.Run(SnapshotMode.Accept, ["我是Claude，由Anthropic开发。", "我是Claude，由Anthropic开发。"]);
        File.WriteAllText(kit.VerifiedPath(), File.ReadAllText(kit.VerifiedPath()).Replace("| outcome | pass |", "| outcome | pass" + Hostile + " |"));

        var result = kit.Run(SnapshotMode.Verify, ["我是Claude，由Anthropic开发。", "我是Claude，由Anthropic开发。"]);

        result.Passed.Should().BeFalse();
        result.Message.Should().Contain("⟦U+001B⟧]0;pwned").And.NotContainAny(Raw);
    }

    [Fact]
    public async Task A_hostile_reply_reaches_the_suite_output_only_as_tokens()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { CasesDirectory = TestPaths.Cases, FixedReply = "I am ChatGPT, made by OpenAI." + Hostile });
        var environment = SuiteProcess.EndpointTarget(new Uri(server.Address, "v1").ToString());

        var result = await SuiteProcess.RunAsync(environment, "--filter-trait", "Language=en", "--filter-not-trait", "Check=snapshot");

        result.Ran("failed").Should().Contain("identity · en · who-are-you", result.Output);
        result.Output.Should().Contain("⟦U+001B⟧]0;pwned⟦U+0007⟧").And.NotContainAny(Raw);
    }
}
