using System.Text.Json;
using System.Text.Json.Nodes;
using Alignment.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alignment.Simulator;

/// <summary>
/// A loopback model endpoint speaking the OpenAI chat-completions and Anthropic Messages wire formats,
/// plain and streaming, with personas that behave well or badly on purpose.
/// </summary>
public sealed class SimulatorServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Personas personas;
    private readonly SimulatorOptions options;
    private long requests;
    private long rateLimited;

    private SimulatorServer(WebApplication app, Personas personas, SimulatorOptions options)
    {
        this.app = app;
        this.personas = personas;
        this.options = options;
        batches = new SimulatedBatches(this, options);
    }

    private readonly SimulatedBatches batches;

    /// <summary>Batches created on either batch API (a test asserts that nothing is sent twice).</summary>
    public long BatchesCreated => batches.Created;

    /// <summary>Requests received in batches, all batches together.</summary>
    public long BatchRequests => batches.Requests;

    /// <summary>The root URL: OpenAI clients use {Address}v1/, Anthropic clients the root itself.</summary>
    public Uri Address { get; private set; } = null!;

    public long Requests => Interlocked.Read(ref requests);

    public long RateLimited => Interlocked.Read(ref rateLimited);

    public static async Task<SimulatorServer> StartAsync(SimulatorOptions options, CancellationToken cancellationToken = default)
    {
        if (!Personas.Names.Contains(options.Persona))
        {
            throw new ArgumentException($"Unknown persona '{options.Persona}'. Known: {string.Join(", ", Personas.Names)}.");
        }

        var book = ReplyBook.Load(options.RepliesDirectory ?? ReplyBook.DefaultDirectory);
        var identities = IdentityCatalog.Load(options.CasesDirectory ?? RepoPaths.Cases(RepoPaths.FindRoot()));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, options.Port, l => l.Protocols = HttpProtocols.Http1AndHttp2));
        var app = builder.Build();
        var server = new SimulatorServer(app, new Personas(book, identities, options), options);
        server.Map();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private void Map()
    {
        app.MapGet("/v1/models", () => Results.Json(new { @object = "list", data = new[] { new { id = ModelName, @object = "model", created = 0, owned_by = "simulator" } } }));
        app.MapPost("/v1/chat/completions", ctx => Handle(ctx, OpenAIWire.Instance));
        app.MapPost("/chat/completions", ctx => Handle(ctx, OpenAIWire.Instance));
        app.MapPost("/v1/messages", ctx => Handle(ctx, AnthropicWire.Instance));
        batches.Map(app);
    }

    private string ModelName => $"simulator-{options.Persona}";

    private async Task Handle(HttpContext ctx, IWire wire)
    {
        var n = Interlocked.Increment(ref requests);
        if (options.Latency > TimeSpan.Zero)
        {
            await Task.Delay(options.Latency, ctx.RequestAborted);
        }

        if (options.RequiredApiKey is { } key && wire.ApiKey(ctx.Request) != key)
        {
            await wire.Error(ctx, 401, "invalid x-api-key / Authorization");
            return;
        }

        if (options.FailStatus is { } status)
        {
            await wire.Error(ctx, status, options.FailMessage ?? $"simulated failure {status}");
            return;
        }

        if (options.RateLimitShare > 0 && Math.Floor(n * options.RateLimitShare) > Math.Floor((n - 1) * options.RateLimitShare))
        {
            Interlocked.Increment(ref rateLimited);
            if (options.RetryAfterSeconds is { } seconds)
            {
                ctx.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await wire.Error(ctx, 429, "simulated rate limit");
            return;
        }

        JsonNode? request;
        try
        {
            request = await JsonNode.ParseAsync(ctx.Request.Body, cancellationToken: ctx.RequestAborted);
        }
        catch (JsonException e)
        {
            await wire.Error(ctx, 400, $"body is not JSON: {e.Message}");
            return;
        }

        var prompt = request is null ? null : wire.LastUserText(request);
        if (prompt is null)
        {
            await wire.Error(ctx, 400, "messages must end with a user message with text content");
            return;
        }

        var (model, reply, usage) = Answer(request!);
        var fault = options.Fault != SimulatorFault.None && (options.FaultRequests is not { } count || n <= count) ? options.Fault : SimulatorFault.None;
        if (fault != SimulatorFault.None)
        {
            await Faulty(ctx, wire, fault, model, reply, usage);
        }
        else if (request!["stream"]?.GetValue<bool>() == true)
        {
            ctx.Response.ContentType = "text/event-stream";
            ctx.Response.Headers.CacheControl = "no-cache";
            // The relay calls the other provider and passes its stream on as it came: the events give it away.
            var streamed = SimulatedUsage.RewrapsStream(options.Persona) ? (wire is AnthropicWire ? OpenAIWire.Instance : (IWire)AnthropicWire.Instance) : wire;
            await streamed.Stream(ctx, model, reply, usage, request);
        }
        else
        {
            await ctx.Response.WriteAsJsonAsync(wire.Complete(model, reply, usage), ctx.RequestAborted);
        }
    }

    /// <summary>What the persona answers a request, with the model field and usage the wire reports.</summary>
    private (string Model, string Reply, Usage Usage) Answer(JsonNode request)
    {
        var reply = options.FixedReply ?? personas.Reply(options.Persona, WireText.History(request));
        var requested = request["model"]?.GetValue<string>();
        var model = SimulatedUsage.ModelField(options.Persona) ?? requested ?? ModelName;
        return (model, reply, new Usage(SimulatedUsage.Input(options.Persona, request), SimulatedUsage.Output(options.Persona, reply))
        {
            SystemFingerprint = SimulatedUsage.SystemFingerprint(options.Persona),
        });
    }

    /// <summary>A batch request's response body, as a plain call would get it (content faults included); null when it has no user prompt.</summary>
    internal object? BatchBody(JsonNode request, IWire wire)
    {
        if (wire.LastUserText(request) is null)
        {
            return null;
        }

        var (model, reply, usage) = Answer(request);
        return options.Fault switch
        {
            SimulatorFault.EmptyContent => wire.Empty(model, usage, nullContent: false),
            SimulatorFault.NullContent => wire.Empty(model, usage, nullContent: true),
            SimulatorFault.Refusal => wire.Refusal(model, options.RefusalText, usage),
            _ => wire.Complete(model, reply, usage),
        };
    }

    private async Task Faulty(HttpContext ctx, IWire wire, SimulatorFault fault, string model, string reply, Usage usage)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(fault switch
        {
            SimulatorFault.EmptyContent => wire.Empty(model, usage, nullContent: false),
            SimulatorFault.NullContent => wire.Empty(model, usage, nullContent: true),
            SimulatorFault.Refusal => wire.Refusal(model, options.RefusalText, usage),
            _ => wire.Complete(model, reply, usage),
        });
        ctx.Response.ContentType = "application/json";
        var half = body.AsMemory(0, body.Length / 2);
        switch (fault)
        {
            case SimulatorFault.StalledBody:
                ctx.Response.ContentLength = body.Length;
                await ctx.Response.Body.WriteAsync(half, ctx.RequestAborted);
                await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
                await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
                break;
            case SimulatorFault.TrickleBody:
                ctx.Response.ContentLength = body.Length;
                for (var i = 0; i < body.Length; i++)
                {
                    await ctx.Response.Body.WriteAsync(body.AsMemory(i, 1), ctx.RequestAborted);
                    await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
                    await Task.Delay(TimeSpan.FromSeconds(1), ctx.RequestAborted);
                }

                break;
            case SimulatorFault.ResetMidBody:
                ctx.Response.ContentLength = body.Length;
                await ctx.Response.Body.WriteAsync(half, ctx.RequestAborted);
                await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
                await Task.Delay(TimeSpan.FromMilliseconds(200), ctx.RequestAborted); // so the client is reading the body, not the headers
                ctx.Abort();
                break;
            case SimulatorFault.TruncatedBody:
                // No Content-Length: the chunked body ends cleanly, only the JSON is cut.
                await ctx.Response.Body.WriteAsync(half, ctx.RequestAborted);
                break;
            case SimulatorFault.MalformedBody:
                await ctx.Response.WriteAsync("{\"id\": \"sim\", \"choices\": [ this is not JSON", ctx.RequestAborted);
                break;
            default:
                await ctx.Response.Body.WriteAsync(body, ctx.RequestAborted);
                break;
        }
    }
}
