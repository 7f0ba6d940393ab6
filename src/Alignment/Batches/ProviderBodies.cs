using Alignment.Configuration;
using Alignment.Targets;
using Microsoft.Extensions.AI;

namespace Alignment.Batches;

/// <summary>
/// Puts requests into, and replies out of, the provider's wire format with the provider's own SDK client (as the live
/// pipeline makes it), over a handler that sends nothing: a batch request is what the live endpoint would have been
/// sent, and a batch reply is read exactly as a live one, the empty-reply check included.
/// </summary>
internal sealed class ProviderBodies : IDisposable
{
    private static readonly AsyncLocal<Exchange?> Current = new();
    private readonly HttpClient http;
    private readonly IChatClient client;

    public ProviderBodies(ResolvedTarget target, string endpointName)
    {
        var wire = target.Provider == ResolvedTarget.Simulator ? target.Wire : target.Provider;
        http = new HttpClient(new CannedHandler(wire == ResolvedTarget.Anthropic ? AnthropicStub : OpenAIStub));
        var provider = ChatClientFactory.CreateProvider(target, http, new Uri("http://batch.invalid/"));
        client = new ReplyCheckingChatClient(provider, endpointName, target.ApiKey);
    }

    /// <summary>The JSON body the live endpoint would be sent for these messages and options.</summary>
    public async Task<string> RequestAsync(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        var exchange = new Exchange(null);
        Current.Value = exchange;
        await client.GetResponseAsync(messages, options); // answered by a stub: throwing 100,000 times would cost more than the rest
        return exchange.Request ?? throw new InvalidOperationException("The provider's client sent no request body.");
    }

    /// <summary>A live endpoint's response body, read by the provider's client; an empty reply fails as it does live.</summary>
    public Task<ChatResponse> ResponseAsync(string body)
    {
        Current.Value = new Exchange(body);
        return client.GetResponseAsync([new ChatMessage(ChatRole.User, "(a batch result)")]);
    }

    public void Dispose()
    {
        client.Dispose();
        http.Dispose();
    }

    private sealed class Exchange(string? response)
    {
        public string? Response { get; } = response;

        public string? Request { get; set; }
    }

    /// <summary>The least reply each wire's client reads without complaint, to end a request whose body was captured.</summary>
    private const string OpenAIStub =
        """{"id":"stub","object":"chat.completion","created":0,"model":"stub","choices":[{"index":0,"message":{"role":"assistant","content":"."},"finish_reason":"stop"}]}""";

    private const string AnthropicStub =
        """{"id":"stub","type":"message","role":"assistant","model":"stub","content":[{"type":"text","text":"."}],"stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":0,"output_tokens":0}}""";

    private sealed class CannedHandler(string stub) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var exchange = Current.Value ?? throw new InvalidOperationException("No batch exchange is set.");
            if (exchange.Response is null)
            {
                exchange.Request = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            }

            return new HttpResponseMessage(System.Net.HttpStatusCode.OK)
            {
                Content = new StringContent(exchange.Response ?? stub, System.Text.Encoding.UTF8, "application/json"),
                RequestMessage = request,
            };
        }
    }
}
