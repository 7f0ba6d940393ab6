using Alignment.Configuration;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Alignment.Targets;

/// <summary>How to build a target's client beyond what the target itself says.</summary>
public sealed record PipelineOptions
{
    public CacheMode Cache { get; init; } = CacheMode.Record;

    /// <summary>Where recorded responses live; required unless Cache is Off.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Where the in-process simulator listens, for simulator targets (not needed to replay).</summary>
    public Uri? SimulatorAddress { get; init; }

    /// <summary>Retry settings; default from the target (MaxRetries) with 1 s base delay.</summary>
    public RetrySettings? Retry { get; init; }

    /// <summary>When set, M.E.AI's own logging layer logs each call.</summary>
    public ILoggerFactory? Logging { get; init; }

    /// <summary>
    /// A layer in front of the record cache while recording: batch mode's, which answers the requests its batches hold
    /// (see Batches/BatchReplyChatClient) and lets the others through to the live layers.
    /// </summary>
    public Func<IChatClient, IChatClient>? BeforeCache { get; init; }
}

/// <summary>
/// A target's IChatClient with the cross-cutting layers composed around the provider's own client:
/// logging → record/replay cache → run deadline → rate limits → usage counting → reply check → provider SDK → gate → retries → sockets.
/// The cache sits outside the limits so a replayed run waits for nothing.
/// </summary>
public sealed class TargetPipeline : IDisposable
{
    private readonly HttpClient? http;

    private TargetPipeline(IChatClient client, RunUsage usage, TargetGate? gate, HttpClient? http, RawStreamClient rawStream)
    {
        Client = client;
        RawStream = rawStream;
        Usage = usage;
        Gate = gate;
        this.http = http;
        deadline = client.GetService<RunDeadlineChatClient>();
    }

    private readonly RunDeadlineChatClient? deadline;

    /// <summary>What stopped the run, if anything did: a failure retrying cannot mend, a spent retry budget, or the run's deadline.</summary>
    public ProviderFailureException? Stopped => Gate?.Refusal ?? deadline?.Expired;

    public IChatClient Client { get; }

    /// <summary>One streaming call as plain HTTP through the same HttpClient, cache, limits and deadline, for the protocol-shape probe.</summary>
    public RawStreamClient RawStream { get; }

    public RunUsage Usage { get; }

    /// <summary>Null when replaying: nothing is sent.</summary>
    public TargetGate? Gate { get; }

    public static TargetPipeline Create(ResolvedTarget target, PipelineOptions options)
    {
        var usage = new RunUsage();
        HttpClient? http = null;
        TargetGate? gate = null;
        IChatClient provider;
        if (options.Cache == CacheMode.Replay)
        {
            provider = new OfflineChatClient();
        }
        else
        {
            (http, gate) = TargetHttp.Create(target, options.Retry ?? RetrySettings.For(target));
            provider = ChatClientFactory.CreateProvider(target, http, options.SimulatorAddress);
        }

        var builder = new ChatClientBuilder(provider);
        if (options.Logging is not null)
        {
            builder.UseLogging(new TerminalSafeLoggerFactory(options.Logging));
        }

        var cache = new ResponseCache(options.CacheDirectory
            ?? (options.Cache == CacheMode.Off ? Path.GetTempPath() : throw new ArgumentException("A cache directory is needed to record or replay.", nameof(options))));
        if (options.Cache == CacheMode.Record)
        {
            cache.DeleteStaleTemporaryFiles(); // half-written entries of a killed run
        }

        // The target's request defaults, as a layer outside the cache so that its key sees them.
        builder.ConfigureOptions(TargetDefaults(target));
        if (options.BeforeCache is { } layer && options.Cache == CacheMode.Record)
        {
            builder.Use(layer);
        }

        builder.Use(inner => new RecordReplayChatClient(inner, cache, options.Cache, CacheScope(target), target.Model));
        if (target.RunTimeout is { } runTimeout && options.Cache != CacheMode.Replay)
        {
            builder.Use(inner => new RunDeadlineChatClient(inner, runTimeout, target.Name));
        }

        var client = builder
            .Use(inner => new RateLimitingChatClient(inner, new RateLimits(target.MaxConcurrency, target.RequestsPerMinute, target.TokensPerMinute)))
            .Use(inner => new UsageCountingChatClient(inner, usage))
            .Use(inner => new ReplyCheckingChatClient(inner, EndpointName(target, options.SimulatorAddress), target.ApiKey))
            .Build();
        // The raw stream holds the pipeline's own limits and deadline: one budget for every request of the target.
        var rawStream = new RawStreamClient(
            target, http, options.SimulatorAddress, cache, options.Cache, usage, client.GetService<RateLimitingChatClient>()!, client.GetService<RunDeadlineChatClient>());
        return new TargetPipeline(client, usage, gate, http, rawStream);
    }

    /// <summary>The target's Temperature and MaxTokens, on every request that does not set its own.</summary>
    internal static Action<ChatOptions> TargetDefaults(ResolvedTarget target) => o =>
    {
        o.Temperature ??= (float?)target.Temperature;
        o.MaxOutputTokens ??= target.MaxTokens;
    };

    /// <summary>
    /// Where answers come from, for the cache key: the provider and endpoint, or for the simulator what it was told
    /// to be (its port changes every run). Never the key.
    /// </summary>
    public static string CacheScope(ResolvedTarget target) => target.Provider == ResolvedTarget.Simulator
        ? $"simulator wire={target.Wire} persona={target.Persona} identity={target.Identity} maker={target.Maker}"
        : $"{target.Provider} {target.Endpoint?.ToString() ?? "default endpoint"}";

    /// <summary>Where a target's replies come from, for messages: the URL and the model.</summary>
    public static string EndpointName(ResolvedTarget target, Uri? simulatorAddress = null)
    {
        var url = target.Endpoint?.ToString()
            ?? (target.Provider == ResolvedTarget.Simulator ? simulatorAddress?.ToString() ?? "the simulator"
                : target.Provider == ResolvedTarget.Anthropic ? "https://api.anthropic.com" : "https://api.openai.com/v1");
        return $"{url} (model {target.Model})";
    }

    public void Dispose()
    {
        Client.Dispose();
        http?.Dispose();
    }

    /// <summary>Stands where the provider would: replay must never reach it.</summary>
    internal sealed class OfflineChatClient : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"{CacheModes.Variable}=replay never calls the model.");

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"{CacheModes.Variable}=replay never calls the model.");

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
