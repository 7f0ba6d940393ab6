using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Alignment.Configuration;
using Alignment.Simulator;
using Alignment.Targets;
using FluentAssertions;
using Microsoft.Extensions.AI;

namespace Alignment.Tests.Simulator;

/// <summary>The simulator speaks both public wire formats, as the official SDKs and a plain HTTP client see them.</summary>
public sealed class SimulatorWireTests : IAsyncLifetime
{
    private const string Key = "wire-test-key";
    private SimulatorServer server = null!;
    private readonly HttpClient http = new();

    public async ValueTask InitializeAsync() =>
        server = await SimulatorServer.StartAsync(new SimulatorOptions { CasesDirectory = TestPaths.Cases, RequiredApiKey = Key });

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [Theory]
    [InlineData("openai", false)]
    [InlineData("openai", true)]
    [InlineData("anthropic", false)]
    [InlineData("anthropic", true)]
    public async Task Official_sdks_get_the_persona_reply_plain_and_streaming(string wire, bool streaming)
    {
        var client = ChatClientFactory.CreateProvider(Target(wire), http, server.Address);
        var messages = new List<ChatMessage> { new(ChatRole.System, "Be brief."), new(ChatRole.User, "你是谁？") };

        var text = streaming
            ? string.Concat(await client.GetStreamingResponseAsync(messages).Select(u => u.Text).ToListAsync())
            : (await client.GetResponseAsync(messages)).Text;

        text.Should().Be("我是Claude，一个由Anthropic开发的AI助手。很高兴为你提供帮助！");
    }

    [Fact]
    public async Task OpenAI_response_has_the_published_shape()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Address, "v1/chat/completions"))
        {
            Content = JsonContent.Create(new
            {
                model = "m",
                messages = new object[] { new { role = "user", content = new object[] { new { type = "text", text = "Who are you?" } } } },
            }),
        };
        request.Headers.Authorization = new("Bearer", Key);
        var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        body["object"]!.GetValue<string>().Should().Be("chat.completion");
        body["choices"]![0]!["message"]!["role"]!.GetValue<string>().Should().Be("assistant");
        body["choices"]![0]!["message"]!["content"]!.GetValue<string>().Should().StartWith("I'm Claude");
        body["choices"]![0]!["finish_reason"]!.GetValue<string>().Should().Be("stop");
        body["usage"]!["total_tokens"]!.GetValue<int>().Should().BePositive();
    }

    [Fact]
    public async Task Anthropic_stream_has_the_published_event_sequence()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Address, "v1/messages"))
        {
            Content = JsonContent.Create(new { model = "m", max_tokens = 100, stream = true, messages = new[] { new { role = "user", content = "Qui es-tu ?" } } }),
        };
        request.Headers.Add("anthropic-version", "2023-06-01");
        request.Headers.Add("x-api-key", Key);

        var response = await http.SendAsync(request);
        var events = (await response.Content.ReadAsStringAsync())
            .Split('\n')
            .Where(l => l.StartsWith("event: ", StringComparison.Ordinal))
            .Select(l => l[7..])
            .Distinct()
            .ToList();

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        events.Should().Equal("message_start", "content_block_start", "ping", "content_block_delta", "content_block_stop", "message_delta", "message_stop");
    }

    [Theory]
    [InlineData("openai", 401, "invalid_request_error")]
    [InlineData("anthropic", 529, "overloaded_error")]
    [InlineData("anthropic", 404, "not_found_error")]
    public async Task Failures_use_each_providers_error_body(string wire, int status, string type)
    {
        await using var failing = await SimulatorServer.StartAsync(new SimulatorOptions { CasesDirectory = TestPaths.Cases, FailStatus = status });
        var path = wire == "openai" ? "v1/chat/completions" : "v1/messages";

        var response = await http.PostAsJsonAsync(new Uri(failing.Address, path), new { model = "m", max_tokens = 10, messages = new[] { new { role = "user", content = "hi" } } });

        ((int)response.StatusCode).Should().Be(status);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        body["error"]!["type"]!.GetValue<string>().Should().Be(type);
    }

    [Fact]
    public async Task A_required_key_is_enforced_and_a_rate_limit_carries_retry_after()
    {
        await using var guarded = await SimulatorServer.StartAsync(new SimulatorOptions
        {
            CasesDirectory = TestPaths.Cases, RequiredApiKey = "k", RateLimitShare = 1, RetryAfterSeconds = 7,
        });
        var body = new { model = "m", messages = new[] { new { role = "user", content = "hi" } } };

        var unauthorised = await http.PostAsJsonAsync(new Uri(guarded.Address, "v1/chat/completions"), body);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(guarded.Address, "v1/chat/completions")) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", "k");
        var limited = await http.SendAsync(request);

        unauthorised.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(7));
        guarded.RateLimited.Should().Be(1);
    }

    private static ResolvedTarget Target(string wire) => new(
        "test", ResolvedTarget.Simulator, "simulator-aligned", null, Key, "claude", "anthropic", "aligned", wire,
        1, null, 256, null, TimeSpan.FromSeconds(30), 4, null, null, false, CompareMode.Verdicts);
}
