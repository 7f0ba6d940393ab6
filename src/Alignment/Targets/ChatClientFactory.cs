using System.ClientModel;
using System.ClientModel.Primitives;
using Alignment.Configuration;
using Anthropic;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;

namespace Alignment.Targets;

/// <summary>Makes the provider's own IChatClient for a target; cross-cutting layers are added around it, not in it.</summary>
internal static class ChatClientFactory
{
    /// <param name="simulatorAddress">Where the in-process simulator listens, for simulator targets.</param>
    public static IChatClient CreateProvider(ResolvedTarget target, HttpClient http, Uri? simulatorAddress = null)
    {
        var wire = target.Provider == ResolvedTarget.Simulator ? target.Wire : target.Provider;
        var endpoint = target.Provider == ResolvedTarget.Simulator
            ? simulatorAddress ?? throw new InvalidOperationException($"Target '{target.Name}' needs the simulator, and it is not running.")
            : target.Endpoint;

        return wire switch
        {
            ResolvedTarget.Anthropic => new AnthropicClient
            {
                BaseUrl = AnthropicBaseUrl(endpoint),
                ApiKey = target.ApiKey ?? "no-key",
                HttpClient = http,
                MaxRetries = 0, // retries are ours, one policy for every provider
                Timeout = WholeRequest,
            }.AsIChatClient(target.Model, target.MaxTokens),
            _ => new ChatClient(
                target.Model,
                new ApiKeyCredential(target.ApiKey ?? "no-key"),
                new OpenAIClientOptions
                {
                    Endpoint = OpenAIEndpoint(endpoint, target.Provider == ResolvedTarget.Simulator),
                    Transport = new HttpClientPipelineTransport(http),
                    RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                    NetworkTimeout = WholeRequest,
                }).AsIChatClient(),
        };
    }

    /// <summary>The SDK appends /v1/messages itself; a base URL copied with /v1 on its end must not double it.</summary>
    internal static string AnthropicBaseUrl(Uri? endpoint)
    {
        var url = (endpoint ?? new Uri("https://api.anthropic.com")).ToString().TrimEnd('/');
        return url.EndsWith("/v1", StringComparison.Ordinal) ? url[..^3] : url;
    }

    /// <summary>TargetHttp times each attempt; the SDK's clock only guards the whole retry sequence.</summary>
    private static readonly TimeSpan WholeRequest = TimeSpan.FromHours(1);

    /// <summary>OpenAI-compatible servers take the base URL with /v1; the simulator's root gets it appended.</summary>
    internal static Uri? OpenAIEndpoint(Uri? endpoint, bool simulator) =>
        endpoint is null ? null : simulator ? new Uri(endpoint, "v1/") : endpoint;
}
