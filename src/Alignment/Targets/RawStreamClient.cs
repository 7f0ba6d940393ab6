using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Alignment.Configuration;
using Microsoft.Extensions.AI;

namespace Alignment.Targets;

/// <summary>What one raw streaming call brought back: the wire it was sent on and the body as it came (SSE text).</summary>
/// <param name="Wire">anthropic or openai: the format the target claims to speak.</param>
/// <param name="Transcript">The response body, with the API key blanked out should an endpoint echo it.</param>
public sealed record RawStream(string Wire, string ContentType, string Transcript);

/// <summary>
/// Sends one streaming request as plain HTTP through the target's HttpClient (gate, retries, timeouts), because the
/// provider SDKs hide the events a stream is made of. The body follows the provider's documented request format; the
/// response body is recorded and replayed under its own cache key like every call, and counted in the run's usage.
/// It keeps the target's limits and run deadline by holding the pipeline's own layers' permits and deadline, so the
/// chat requests and the stream share one budget; like theirs, a replay waits for neither.
/// </summary>
public sealed class RawStreamClient
{
    /// <summary>The Messages API version the request names (Anthropic requires the header).</summary>
    public const string AnthropicVersion = "2023-06-01";

    private readonly ResolvedTarget target;
    private readonly HttpClient? http;
    private readonly Uri? simulatorAddress;
    private readonly ResponseCache cache;
    private readonly CacheMode mode;
    private readonly RunUsage usage;
    private readonly RateLimitingChatClient limits;
    private readonly RunDeadlineChatClient? deadline;

    internal RawStreamClient(
        ResolvedTarget target, HttpClient? http, Uri? simulatorAddress, ResponseCache cache, CacheMode mode, RunUsage usage,
        RateLimitingChatClient limits, RunDeadlineChatClient? deadline)
    {
        this.target = target;
        this.http = http;
        this.simulatorAddress = simulatorAddress;
        this.cache = cache;
        this.mode = mode;
        this.usage = usage;
        this.limits = limits;
        this.deadline = deadline;
    }

    /// <summary>The wire format the target is configured for: its provider's, or the simulator's Wire.</summary>
    public string Wire => target.Provider == ResolvedTarget.Simulator ? target.Wire : target.Provider;

    public async Task<RawStream> StreamAsync(string prompt, int maxOutputTokens, CancellationToken cancellationToken = default)
    {
        ChatMessage[] messages = [new ChatMessage(ChatRole.User, prompt)];
        var options = new ChatOptions { MaxOutputTokens = maxOutputTokens };

        // Its own scope: a raw stream is never confused with the SDK's answer to the same prompt.
        var request = CachedRequest.Describe(TargetPipeline.CacheScope(target) + " raw-stream", target.Model, messages, options, 0);
        var key = request.Key();
        if (mode == CacheMode.Replay)
        {
            var stored = cache.TryRead(key) ?? throw new ReplayMissException(request, cache.PathFor(key));
            return new RawStream(Wire, stored.Response.AdditionalProperties?.GetValueOrDefault(ContentTypeKey)?.ToString() ?? "", stored.Response.Text);
        }

        return deadline is null ? await SendAsync(cancellationToken) : await deadline.RunAsync(SendAsync, cancellationToken);

        // The call itself, once the target's limits let it go, as the rate-limit layer lets a chat request go.
        async Task<RawStream> SendAsync(CancellationToken token)
        {
            using var permits = await limits.AcquireAsync(messages, options, token);
            using var message = Request(prompt, maxOutputTokens);
            message.Options.Set(TargetGate.Optional, true); // an endpoint that does not stream fails this row, not the run
            usage.Called();
            using var response = await (http ?? throw new InvalidOperationException("A raw stream needs the target's HttpClient.")).SendAsync(message, token);
            var contentType = response.Content.Headers.ContentType?.MediaType ?? "";
            var transcript = ProviderFailureException.Redact(await response.Content.ReadAsStringAsync(token), target.ApiKey);
            if (mode == CacheMode.Record && transcript.Length > 0)
            {
                var stored = new ChatResponse(new ChatMessage(ChatRole.Assistant, transcript)) { AdditionalProperties = new() { [ContentTypeKey] = contentType } };
                await cache.WriteAsync(new CacheEntry(key, request, stored), token);
            }

            return new RawStream(Wire, contentType, transcript);
        }
    }

    private const string ContentTypeKey = "content_type";

    /// <summary>The provider's documented streaming request: Anthropic Messages, or OpenAI chat completions with usage asked for.</summary>
    private HttpRequestMessage Request(string prompt, int maxOutputTokens)
    {
        var endpoint = target.Provider == ResolvedTarget.Simulator ? simulatorAddress : target.Endpoint;
        var messages = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = prompt });
        var key = target.ApiKey ?? "no-key";
        HttpRequestMessage message;
        JsonObject body;
        if (Wire == ResolvedTarget.Anthropic)
        {
            message = new HttpRequestMessage(HttpMethod.Post, ChatClientFactory.AnthropicBaseUrl(endpoint) + "/v1/messages");
            message.Headers.Add("x-api-key", key);
            message.Headers.Add("anthropic-version", AnthropicVersion);
            body = new JsonObject { ["model"] = target.Model, ["max_tokens"] = maxOutputTokens, ["stream"] = true, ["messages"] = messages };
        }
        else
        {
            var root = ChatClientFactory.OpenAIEndpoint(endpoint, target.Provider == ResolvedTarget.Simulator)?.ToString() ?? "https://api.openai.com/v1/";
            message = new HttpRequestMessage(HttpMethod.Post, root.TrimEnd('/') + "/chat/completions");
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            body = new JsonObject
            {
                ["model"] = target.Model,
                ["max_tokens"] = maxOutputTokens,
                ["stream"] = true,
                ["stream_options"] = new JsonObject { ["include_usage"] = true },
                ["messages"] = messages,
            };
        }

        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        message.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        return message;
    }
}
