using Alignment.Simulator;
using Alignment.Targets;
using Alignment.Tests.Sampling;
using FluentAssertions;

namespace Alignment.Tests.Targets;

/// <summary>Infrastructure failures end as failed samples saying status and provider message, never as replies.</summary>
public sealed class ResilienceTests
{
    [Theory]
    [InlineData(401, "openai", "HTTP 401 invalid_request_error from POST http://127.0.0.1:*/v1/chat/completions: simulated failure 401")]
    [InlineData(401, "anthropic", "HTTP 401 authentication_error from POST http://127.0.0.1:*/v1/messages: simulated failure 401")]
    [InlineData(404, "anthropic", "HTTP 404 not_found_error from POST *: simulated failure 404")]
    [InlineData(403, "openai", "HTTP 403 * simulated failure 403")]
    [InlineData(400, "openai", "HTTP 400 * simulated failure 400")]
    public async Task A_permanent_refusal_stops_the_run_with_one_message(int status, string wire, string message)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { FailStatus = status });
        var target = sim.Target(wire, settings: [("Samples", "5"), ("MaxConcurrency", "1")]);
        var pipeline = sim.Pipeline(target);

        var results = await SimulatedTarget.RunAsync(pipeline, target, SimulatedTarget.Cases(8));

        var failures = results.SelectMany(r => r.Samples).Select(s => s.Failure).ToList();
        failures.Should().HaveCount(40).And.OnlyContain(f => f != null);
        failures.Distinct().Should().ContainSingle("every request of the run reports the first refusal").Which.Should().Match(message);
        sim.Server!.Requests.Should().Be(1, "after the refusal nothing more is sent");
        pipeline.Gate!.Refusal!.Message.Should().Match(message);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    public async Task A_probe_the_endpoint_does_not_serve_fails_itself_not_the_run(int status)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { FailStatus = status });
        var target = sim.Target("openai");
        using var pipeline = sim.Pipeline(target, CacheMode.Off);

        var refused = async () => await pipeline.RawStream.StreamAsync("ping", 16, TestContext.Current.CancellationToken);

        await refused.Should().ThrowAsync<ProviderFailureException>().WithMessage($"HTTP {status} *");
        pipeline.Gate!.Refusal.Should().BeNull("an endpoint that does not stream fails the protocol row, and the run goes on");
    }

    [Theory]
    [InlineData(500, "openai", "HTTP 500 server_error *: simulated failure 500")]
    [InlineData(529, "anthropic", "HTTP 529 overloaded_error *: simulated failure 529")]
    [InlineData(503, "anthropic", "HTTP 503 api_error *")]
    public async Task A_transient_failure_that_outlasts_the_retries_stops_the_run_with_its_status(int status, string wire, string message)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { FailStatus = status });
        var target = sim.Target(wire, settings: [("Samples", "2"), ("MaxConcurrency", "1")]);
        var pipeline = sim.Pipeline(target, retry: SimulatedTarget.FastRetry with { MaxRetries = 2 });

        var results = await SimulatedTarget.RunAsync(pipeline, target, SimulatedTarget.Cases(3));

        results.SelectMany(r => r.Samples).Should().HaveCount(6).And.OnlyContain(s => !s.Succeeded)
            .And.AllSatisfy(s => s.Failure.Should().Match(message));
        sim.Server!.Requests.Should().Be(3, "the first request is tried three times; then the run stops sending");
        pipeline.Gate!.Refusal!.Message.Should().Match(message);
    }

    [Fact]
    public async Task A_rate_limit_that_outlasts_the_retries_fails_its_own_request_only()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { FailStatus = 429 });
        var target = sim.Target(settings: [("Samples", "2"), ("MaxConcurrency", "1")]);
        var pipeline = sim.Pipeline(target, retry: SimulatedTarget.FastRetry with { MaxRetries = 2 });

        var results = await SimulatedTarget.RunAsync(pipeline, target, SimulatedTarget.Cases(2));

        results.SelectMany(r => r.Samples).Should().OnlyContain(s => s.Failure!.StartsWith("HTTP 429 rate_limit_exceeded"));
        sim.Server!.Requests.Should().Be(4 * (1 + 8), "a 429 asks to slow down, not to stop: four times MaxRetries, then only its own request fails");
        pipeline.Gate!.Refusal.Should().BeNull();
    }

    [Theory]
    [InlineData("retry-after-ms", "1500", 1500)]
    [InlineData("Retry-After", "2", 2000)]
    [InlineData("Retry-After", "0", 0)]
    public void The_wait_the_server_asks_for_comes_first(string header, string value, int millis)
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation(header, value);

        var wait = TargetHttp.RetryAfter(response, TimeSpan.FromSeconds(1))!.Value;

        wait.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(millis)).And.BeLessThanOrEqualTo(TimeSpan.FromMilliseconds(millis + 100), "a jitter of a tenth of the base delay at most");
        TargetHttp.RetryAfter(new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests), TimeSpan.FromSeconds(1)).Should().BeNull("no header: the backoff decides");
    }

    [Fact]
    public async Task Without_retries_an_overloaded_reply_is_reported_at_once()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { FailStatus = 529 });
        var target = sim.Target("anthropic", settings: [("MaxRetries", "0")]);
        target.MaxRetries.Should().Be(0);
        var pipeline = sim.Pipeline(target, retry: SimulatedTarget.FastRetry with { MaxRetries = 0 });

        var results = await SimulatedTarget.RunAsync(pipeline, target, SimulatedTarget.Cases(1));

        results[0].Samples[0].Failure.Should().StartWith("HTTP 529 overloaded_error");
        sim.Server!.Requests.Should().Be(1);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task Rate_limited_requests_all_end_in_a_reply(string wire)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { RateLimitShare = 0.25, RetryAfterSeconds = 0 });
        var target = sim.Target(wire, settings: [("Samples", "5")]);

        var results = await SimulatedTarget.RunAsync(sim.Pipeline(target), target, SimulatedTarget.Cases(8));

        results.SelectMany(r => r.Samples).Should().HaveCount(40).And.OnlyContain(s => s.Succeeded);
        sim.Server!.RateLimited.Should().BeGreaterThanOrEqualTo(10);
        sim.Server.Requests.Should().Be(40 + sim.Server.RateLimited);
    }

    [Fact]
    public async Task Retry_after_is_honoured_over_the_backoff()
    {
        // The backoff alone would wait an hour; Retry-After: 0 says go now.
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { RateLimitShare = 0.25, RetryAfterSeconds = 0 });
        var target = sim.Target(settings: [("Samples", "2")]);
        var pipeline = sim.Pipeline(target, retry: new RetrySettings(8, TimeSpan.FromHours(1), TimeSpan.FromHours(1)));

        var run = SimulatedTarget.RunAsync(pipeline, target, SimulatedTarget.Cases(4));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken));

        finished.Should().BeSameAs(run);
        (await run).SelectMany(r => r.Samples).Should().OnlyContain(s => s.Succeeded);
        sim.Server!.RateLimited.Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task A_model_that_never_answers_times_out_and_says_so()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Latency = TimeSpan.FromSeconds(30) });
        // A second is long enough for an attempt to reach the server on a loaded machine, and far below the 30 s the model takes.
        var target = sim.Target(settings: [("TimeoutSeconds", "1")]);
        var pipeline = sim.Pipeline(target, retry: SimulatedTarget.FastRetry with { MaxRetries = 1 });

        var results = await SimulatedTarget.RunAsync(pipeline, target, SimulatedTarget.Cases(1));

        results[0].Samples[0].Failure.Should().Match("No response from POST http://127.0.0.1:*/v1/chat/completions: TimeoutRejectedException: *");
        sim.Server!.Requests.Should().Be(2, "a timeout is retried once");
    }

    [Fact]
    public async Task A_closed_port_is_retried_then_reported_once_as_no_response()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target(settings: [("Samples", "3")]);
        await sim.StopServerAsync();

        var results = await SimulatedTarget.RunAsync(sim.Pipeline(target), target, SimulatedTarget.Cases(4));

        results.SelectMany(r => r.Samples).Select(s => s.Failure).Distinct().Should().ContainSingle()
            .Which.Should().Match("No response from POST http://127.0.0.1:*/v1/chat/completions: HttpRequestException: *");
    }

    [Fact]
    public async Task A_refused_key_never_appears_in_the_failure()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { RequiredApiKey = "another-key" });
        var target = sim.Target("anthropic");

        var results = await SimulatedTarget.RunAsync(sim.Pipeline(target), target, SimulatedTarget.Cases(2));

        results.SelectMany(r => r.Samples).Should().AllSatisfy(s => s.Failure.Should().StartWith("HTTP 401 authentication_error").And.NotContain(SimulatedTarget.Secret));
    }
}
