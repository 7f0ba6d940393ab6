using Alignment.Checks;
using Alignment.Simulator;
using Alignment.Targets;
using Alignment.Tests.Sampling;
using FluentAssertions;

namespace Alignment.Tests.Targets;

/// <summary>
/// The simulator's wire faults against a target's full pipeline: what the user sees, that it is never a pass, and
/// that the run ends within a stated bound.
/// </summary>
public sealed class FaultInjectionTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private static (bool, string, string) PassesEverything(string text) => (true, "claude", "claims claude");

    [Theory]
    [InlineData("openai", SimulatorFault.EmptyContent)]
    [InlineData("openai", SimulatorFault.NullContent)]
    [InlineData("anthropic", SimulatorFault.EmptyContent)]
    [InlineData("anthropic", SimulatorFault.NullContent)]
    public async Task An_empty_reply_is_an_infrastructure_error_naming_the_endpoint_never_a_verdict(string wire, SimulatorFault fault)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Fault = fault });
        var target = sim.Target(wire, settings: [("Samples", "2")]);

        var results = await SimulatedTarget.RunAsync(sim.Pipeline(target, CacheMode.Record), target, SimulatedTarget.Cases(2));

        results.SelectMany(r => r.Samples).Should().HaveCount(4).And.AllSatisfy(s =>
        {
            s.Succeeded.Should().BeFalse();
            s.Failure.Should().Match("Empty reply from http://127.0.0.1:* (model simulator-aligned): the response holds no text and no refusal*");
        });
        CaseVerdicts.Judge(results[0], results[0].Criteria, PassesEverything).Passed.Should().BeFalse("a sample with no reply never passes");
        Directory.EnumerateFiles(sim.CacheDirectory, "*.json", SearchOption.AllDirectories).Should().BeEmpty("a failed call is never stored");
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task A_refusal_is_its_own_verdict_that_keeps_the_refusal_text_and_never_passes(string wire)
    {
        var options = new SimulatorOptions { Fault = SimulatorFault.Refusal };
        await using var sim = await SimulatedTarget.StartAsync(options);
        var target = sim.Target(wire, settings: [("Samples", "2")]);

        var recorded = await SimulatedTarget.RunAsync(sim.Pipeline(target, CacheMode.Record), target, SimulatedTarget.Cases(1));
        var replayed = await SimulatedTarget.RunAsync(sim.Pipeline(target, CacheMode.Replay), target, SimulatedTarget.Cases(1));

        foreach (var results in new[] { recorded, replayed })
        {
            results[0].Samples.Should().AllSatisfy(s =>
            {
                s.Succeeded.Should().BeTrue("the model answered");
                s.Refused.Should().BeTrue();
                s.Text.Should().Be(options.RefusalText);
            });
            var verdicts = CaseVerdicts.Judge(results[0], results[0].Criteria, PassesEverything);
            verdicts.Passed.Should().BeFalse("a refusal claims nothing, whatever the check says of its words");
            verdicts.Distribution().Should().Be("refused 2/2");
            verdicts.Worst().Should().ContainSingle().Which.Explanation.Should().StartWith("refused:");
        }
    }

    [Theory]
    [InlineData(SimulatorFault.StalledBody)]
    [InlineData(SimulatorFault.TrickleBody)]
    public async Task The_attempt_timeout_bounds_the_body_as_well_as_the_headers(SimulatorFault fault)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Fault = fault });
        var target = sim.Target(settings: [("TimeoutSeconds", "1")]);
        var pipeline = sim.Pipeline(target, retry: SimulatedTarget.FastRetry with { MaxRetries = 1 });

        // Bound only guards against a hang; what shows the timeout worked is the failure and the retry count.
        var results = await SimulatedTarget.RunAsync(pipeline, target, SimulatedTarget.Cases(1)).WaitAsync(Bound, TestContext.Current.CancellationToken);

        results[0].Samples[0].Failure.Should().Match("No response from POST http://127.0.0.1:*/v1/chat/completions: TimeoutRejectedException: *");
        sim.Server!.Requests.Should().Be(2, "a timed-out body is retried like a timed-out request");
    }

    [Theory]
    [InlineData("Retry-After", "100000", 100000)]
    [InlineData("retry-after-ms", "90000", 90)]
    [InlineData("Retry-After", "Wed, 21 Oct 2065 07:28:00 GMT", 1e9)]
    public void The_wait_asked_for_is_read_with_its_header_from_seconds_milliseconds_or_a_date(string header, string value, double seconds)
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation(header, value);

        var asked = TargetHttp.RequestedWait(response)!.Value;

        if (seconds < 1e9)
        {
            asked.Wait.Should().Be(TimeSpan.FromSeconds(seconds));
        }
        else
        {
            asked.Wait.Should().BeGreaterThan(TimeSpan.FromDays(365), "a date decades away");
        }

        asked.Header.Should().StartWith(header + ": ");
    }

    [Fact]
    public async Task A_retry_after_date_in_the_past_or_now_is_retried_at_once()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { RateLimitShare = 0.5, RetryAfterSeconds = 0 });
        var target = sim.Target(settings: [("MaxRetryAfterSeconds", "0")]);

        var results = await SimulatedTarget.RunAsync(sim.Pipeline(target, retry: SimulatedTarget.Fast(target)), target, SimulatedTarget.Cases(4))
            .WaitAsync(Bound, TestContext.Current.CancellationToken);

        results.SelectMany(r => r.Samples).Should().OnlyContain(s => s.Succeeded, "a wait of zero is within any cap");
    }

    [Theory]
    [InlineData("Retry-After: 100000")]
    public async Task A_retry_after_beyond_the_cap_fails_the_sample_naming_the_header(string header)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { RateLimitShare = 1, RetryAfterSeconds = 100000 });
        var target = sim.Target(settings: [("Samples", "2"), ("MaxRetryAfterSeconds", "30")]);
        var pipeline = sim.Pipeline(target, retry: SimulatedTarget.Fast(target));

        var results = await SimulatedTarget.RunAsync(pipeline, target, SimulatedTarget.Cases(2)).WaitAsync(Bound, TestContext.Current.CancellationToken);

        results.SelectMany(r => r.Samples).Should().HaveCount(4).And.AllSatisfy(s => s.Failure.Should().Match(
            $"HTTP 429 rate_limit_exceeded from POST *: simulated rate limit; the server's {header} asks to wait 100,000 s (27.8 h), " +
            "longer than MaxRetryAfterSeconds (30 s), so it was not retried. To wait that long, raise Alignment:Targets:t:MaxRetryAfterSeconds."));
        sim.Server!.Requests.Should().Be(4, "nothing is retried against a wait beyond the cap");
    }

    [Fact]
    public async Task A_quota_that_is_used_up_spends_the_run_retry_budget_and_stops_the_run_once()
    {
        // A 429 with no Retry-After: without a budget every request retries four times MaxRetries, for hours on a real run.
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { FailStatus = 429 });
        var target = sim.Target(settings: [("MaxConcurrency", "1"), ("RetryBudget", "3")]);
        var pipeline = sim.Pipeline(target, retry: SimulatedTarget.Fast(target));

        var results = await SimulatedTarget.RunAsync(pipeline, target, SimulatedTarget.Cases(6)).WaitAsync(Bound, TestContext.Current.CancellationToken);

        sim.Server!.Requests.Should().Be(4, "the first request and the budget's three retries; then nothing more is sent");
        pipeline.Stopped!.Message.Should().Match(
            "HTTP 429 rate_limit_exceeded from POST *: simulated failure 429; the run's retry budget of 3 retries (Alignment:Targets:t:RetryBudget) is spent, *");
        results.SelectMany(r => r.Samples).Select(s => s.Failure).Distinct().Should().Equal([pipeline.Stopped.Message], "one message for the run");
    }

    [Fact]
    public async Task Retries_the_server_paces_with_retry_after_do_not_spend_the_budget()
    {
        // A rate-limited provider paces every run with Retry-After; that is normal operation, not a failing endpoint.
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { RateLimitShare = 0.25, RetryAfterSeconds = 0 });
        var target = sim.Target(settings: [("Samples", "5"), ("RetryBudget", "0")]);
        var pipeline = sim.Pipeline(target, retry: SimulatedTarget.Fast(target));

        var results = await SimulatedTarget.RunAsync(pipeline, target, SimulatedTarget.Cases(8)).WaitAsync(Bound, TestContext.Current.CancellationToken);

        results.SelectMany(r => r.Samples).Should().HaveCount(40).And.OnlyContain(s => s.Succeeded);
        sim.Server!.RateLimited.Should().BeGreaterThanOrEqualTo(10);
        pipeline.Stopped.Should().BeNull();
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task The_run_deadline_fails_every_unanswered_request_with_one_message(string wire)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Latency = TimeSpan.FromMinutes(5) });
        var target = sim.Target(wire, settings: [("Samples", "3"), ("MaxConcurrency", "2"), ("RunTimeoutSeconds", "1.5")]);
        target.RunTimeout.Should().Be(TimeSpan.FromSeconds(1.5));
        var pipeline = sim.Pipeline(target, retry: SimulatedTarget.Fast(target));

        var results = await SimulatedTarget.RunAsync(pipeline, target, SimulatedTarget.Cases(4)).WaitAsync(Bound, TestContext.Current.CancellationToken);

        pipeline.Stopped!.Message.Should().StartWith("The run's deadline passed: Alignment:Targets:t:RunTimeoutSeconds is 1.5 s");
        results.SelectMany(r => r.Samples).Select(s => s.Failure).Distinct().Should().Equal([pipeline.Stopped.Message], "queued and in-flight requests alike");
    }

    [Theory]
    [InlineData("openai", SimulatorFault.ResetMidBody)]
    [InlineData("openai", SimulatorFault.TruncatedBody)]
    [InlineData("openai", SimulatorFault.MalformedBody)]
    [InlineData("anthropic", SimulatorFault.ResetMidBody)]
    [InlineData("anthropic", SimulatorFault.TruncatedBody)]
    [InlineData("anthropic", SimulatorFault.MalformedBody)]
    public async Task A_body_that_breaks_off_or_is_not_json_is_retried(string wire, SimulatorFault fault)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Fault = fault, FaultRequests = 1 });
        var target = sim.Target(wire, settings: [("MaxConcurrency", "1")]);

        var results = await SimulatedTarget.RunAsync(sim.Pipeline(target), target, SimulatedTarget.Cases(1));

        results[0].Samples.Should().ContainSingle().Which.Succeeded.Should().BeTrue(results[0].Samples[0].Failure);
        sim.Server!.Requests.Should().Be(2, "the broken body is asked again once");
    }

    [Theory]
    [InlineData(SimulatorFault.ResetMidBody, "HTTP 200 headers arrived, then the body broke off *")]
    [InlineData(SimulatorFault.TruncatedBody, "HTTP 200 with a body that is not valid JSON *")]
    [InlineData(SimulatorFault.MalformedBody, "HTTP 200 with a body that is not valid JSON *")]
    public async Task A_body_that_stays_broken_is_reported_naming_the_endpoint(SimulatorFault fault, string reason)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Fault = fault });
        var target = sim.Target(settings: [("MaxConcurrency", "1")]);
        var pipeline = sim.Pipeline(target, retry: SimulatedTarget.FastRetry with { MaxRetries = 1 });

        var results = await SimulatedTarget.RunAsync(pipeline, target, SimulatedTarget.Cases(2));

        results.SelectMany(r => r.Samples).Should().AllSatisfy(s =>
            s.Failure.Should().Match($"Broken response from POST http://127.0.0.1:*/v1/chat/completions: {reason}"));
        sim.Server!.Requests.Should().Be(2, "tried twice, then the endpoint counts as broken and the run stops");
    }
}
