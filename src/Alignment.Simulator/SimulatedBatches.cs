using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Alignment.Simulator;

/// <summary>
/// Both batch APIs, answering each request with the persona's reply as a plain call would get it: Anthropic's Message
/// Batches (/v1/messages/batches) and OpenAI's files and batches (/v1/files, /v1/batches). A batch ends
/// <see cref="SimulatorOptions.BatchDelay"/> after it was made; shares of its requests end errored or expired, by
/// their place among every batch request this simulator received; <see cref="SimulatorOptions.LostBatch"/> is forgotten.
/// Results are made when they are read.
/// </summary>
internal sealed class SimulatedBatches(SimulatorServer server, SimulatorOptions options)
{
    private readonly ConcurrentDictionary<string, Batch> batches = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);
    private long created;
    private long requests;

    public long Created => Interlocked.Read(ref created);

    public long Requests => Interlocked.Read(ref requests);

    public void Map(WebApplication app)
    {
        app.MapPost("/v1/messages/batches", (Delegate)CreateAnthropic);
        app.MapGet("/v1/messages/batches/{id}", (string id, HttpContext ctx) => Find(id, ctx, b => Results.Json(AnthropicStatus(b, ctx))));
        app.MapGet("/v1/messages/batches/{id}/results", (string id, HttpContext ctx) => Find(id, ctx, b => Stream(ctx, b, AnthropicLines(b))));
        app.MapPost("/v1/messages/batches/{id}/cancel", (string id, HttpContext ctx) => Find(id, ctx, b => Results.Json(AnthropicStatus(b.Cancel(), ctx))));

        app.MapPost("/v1/files", (Delegate)Upload);
        app.MapGet("/v1/files/{id}/content", (string id, HttpContext ctx) => FileContent(id, ctx));
        app.MapPost("/v1/batches", (Delegate)CreateOpenAI);
        app.MapGet("/v1/batches/{id}", (string id, HttpContext ctx) => Find(id, ctx, b => Results.Json(OpenAIStatus(b))));
        app.MapPost("/v1/batches/{id}/cancel", (string id, HttpContext ctx) => Find(id, ctx, b => Results.Json(OpenAIStatus(b.Cancel()))));
    }

    private async Task<IResult> CreateAnthropic(HttpContext ctx)
    {
        using var body = await JsonDocument.ParseAsync(ctx.Request.Body, cancellationToken: ctx.RequestAborted);
        if (!body.RootElement.TryGetProperty("requests", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            return Error(AnthropicWire.Instance, ctx, 400, "requests: a list of at least one {custom_id, params} is required");
        }

        var lines = list.EnumerateArray().Select(r => Encoding.UTF8.GetBytes(r.GetRawText())).ToList();
        var batch = Add(new Batch($"msgbatch_sim{Guid.NewGuid():N}", AnthropicWire.Instance, lines, Start(lines.Count)));
        return Results.Json(AnthropicStatus(batch, ctx));
    }

    private async Task<IResult> Upload(HttpContext ctx)
    {
        var form = await ctx.Request.ReadFormAsync(ctx.RequestAborted);
        if (form["purpose"] != "batch" || form.Files["file"] is not { } file)
        {
            return Error(OpenAIWire.Instance, ctx, 400, "a file and purpose=batch are required");
        }

        using var content = new MemoryStream();
        await file.CopyToAsync(content, ctx.RequestAborted);
        var id = $"file-sim{Guid.NewGuid():N}";
        files[id] = content.ToArray();
        return Results.Json(new { id, @object = "file", bytes = content.Length, created_at = Now(), filename = file.FileName, purpose = "batch" });
    }

    private async Task<IResult> CreateOpenAI(HttpContext ctx)
    {
        var body = await JsonNode.ParseAsync(ctx.Request.Body, cancellationToken: ctx.RequestAborted);
        var fileId = body?["input_file_id"]?.GetValue<string>();
        if (fileId is null || !files.TryGetValue(fileId, out var file))
        {
            return Error(OpenAIWire.Instance, ctx, 404, $"No such file: {fileId}");
        }

        if (body!["endpoint"]?.GetValue<string>() != "/v1/chat/completions" || body["completion_window"]?.GetValue<string>() != "24h")
        {
            return Error(OpenAIWire.Instance, ctx, 400, "endpoint must be /v1/chat/completions and completion_window 24h");
        }

        var lines = new List<byte[]>();
        using (var reader = new StreamReader(new MemoryStream(file)))
        {
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0)
                {
                    lines.Add(Encoding.UTF8.GetBytes(line));
                }
            }
        }

        files.TryRemove(fileId, out _); // the lines are the batch's now
        var batch = Add(new Batch($"batch_sim{Guid.NewGuid():N}", OpenAIWire.Instance, lines, Start(lines.Count)) { InputFile = fileId });
        return Results.Json(OpenAIStatus(batch));
    }

    private Batch Add(Batch batch)
    {
        if (Interlocked.Increment(ref created) != options.LostBatch)
        {
            batches[batch.Id] = batch;
        }

        return batch;
    }

    /// <summary>The place of a new batch's first request among every batch request received.</summary>
    private long Start(int count) => Interlocked.Add(ref requests, count) - count;

    private IResult Find(string id, HttpContext ctx, Func<Batch, IResult> answer) =>
        batches.TryGetValue(id, out var batch)
            ? answer(batch)
            : Error(ctx.Request.Path.StartsWithSegments("/v1/messages") ? AnthropicWire.Instance : OpenAIWire.Instance, ctx, 404, $"No batch {id}");

    private IResult FileContent(string id, HttpContext ctx)
    {
        foreach (var batch in batches.Values)
        {
            if (id == batch.OutputFile)
            {
                return Stream(ctx, batch, OpenAILines(batch, errors: false));
            }

            if (id == batch.ErrorFile)
            {
                return Stream(ctx, batch, OpenAILines(batch, errors: true));
            }
        }

        return Error(OpenAIWire.Instance, ctx, 404, $"No such file: {id}");
    }

    private static IResult Error(IWire wire, HttpContext ctx, int status, string message) => new WireError(wire, status, message);

    /// <summary>An error in the wire's own format.</summary>
    private sealed class WireError(IWire wire, int status, string message) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => wire.Error(httpContext, status, message);
    }

    private IResult Stream(HttpContext ctx, Batch batch, IEnumerable<object> lines) =>
        batch.Ended(options.BatchDelay)
            ? Results.Stream(async stream =>
            {
                foreach (var line in lines)
                {
                    await stream.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(line), ctx.RequestAborted);
                    await stream.WriteAsync("\n"u8.ToArray(), ctx.RequestAborted);
                }
            }, "application/binary")
            : Error(batch.Wire, ctx, 400, $"Batch {batch.Id} has not ended.");

    private IEnumerable<object> AnthropicLines(Batch batch) => batch.Lines.Select((line, i) =>
    {
        var request = JsonNode.Parse(line)!;
        var id = request["custom_id"]?.GetValue<string>();
        return (object)(Outcome(batch, i) switch
        {
            "canceled" => new { custom_id = id, result = new { type = "canceled" } },
            "expired" => new { custom_id = id, result = new { type = "expired" } },
            "errored" => Errored(id),
            _ => server.BatchBody(request["params"]!, AnthropicWire.Instance) is { } message
                ? new { custom_id = id, result = new { type = "succeeded", message } }
                : Errored(id),
        });

        static object Errored(string? id) => new
        {
            custom_id = id,
            result = new { type = "errored", error = new { type = "error", error = new { type = "invalid_request_error", message = "simulated per-request error" } } },
        };
    });

    private IEnumerable<object> OpenAILines(Batch batch, bool errors) => batch.Lines.Select((line, i) => (line, i)).Select(x =>
    {
        var request = JsonNode.Parse(x.line)!;
        var id = request["custom_id"]?.GetValue<string>();
        var outcome = Outcome(batch, x.i);
        object? body = outcome == "succeeded" ? server.BatchBody(request["body"]!, OpenAIWire.Instance) : null;
        if (outcome == "succeeded" && body is null)
        {
            outcome = "errored";
        }

        return (outcome, line: (object)(outcome switch
        {
            "succeeded" => new { id = $"batch_req_{x.i}", custom_id = id, response = new { status_code = 200, request_id = $"req_{x.i}", body }, error = (object?)null },
            "errored" => new
            {
                id = $"batch_req_{x.i}", custom_id = id, error = (object?)null,
                response = new { status_code = 400, request_id = $"req_{x.i}", body = new { error = new { message = "simulated per-request error", type = "invalid_request_error" } } },
            },
            _ => new
            {
                id = $"batch_req_{x.i}", custom_id = id, response = (object?)null,
                error = outcome == "expired"
                    ? new { code = "batch_expired", message = "This request could not be executed before the completion window expired." }
                    : new { code = "batch_cancelled", message = "This request was not executed because the batch was cancelled." },
            },
        }));
    }).Where(r => (r.outcome != "succeeded") == errors).Select(r => r.line);

    /// <summary>succeeded, errored, expired or canceled: by the request's place among all batch requests, so a resubmission draws again.</summary>
    private string Outcome(Batch batch, int index)
    {
        var n = batch.Start + index;
        return batch.Canceled ? "canceled"
            : Hits(n, options.BatchExpireShare) ? "expired"
            : Hits(n, options.BatchErrorShare) ? "errored"
            : "succeeded";
    }

    private static bool Hits(long n, double share) => share > 0 && Math.Ceiling((n + 1) * share) > Math.Ceiling(n * share);

    private (int Succeeded, int Errored, int Expired, int Canceled) Counts(Batch batch)
    {
        var counts = Enumerable.Range(0, batch.Lines.Count).Select(i => Outcome(batch, i)).ToList();
        return (counts.Count(c => c == "succeeded"), counts.Count(c => c == "errored"), counts.Count(c => c == "expired"), counts.Count(c => c == "canceled"));
    }

    private object AnthropicStatus(Batch batch, HttpContext ctx)
    {
        var ended = batch.Ended(options.BatchDelay);
        var counts = ended ? Counts(batch) : (0, 0, 0, 0);
        return new
        {
            id = batch.Id,
            type = "message_batch",
            processing_status = ended ? "ended" : batch.Canceled ? "canceling" : "in_progress",
            request_counts = new
            {
                processing = ended ? 0 : batch.Lines.Count,
                succeeded = counts.Item1, errored = counts.Item2, expired = counts.Item3, canceled = counts.Item4,
            },
            created_at = batch.CreatedAt.ToString("O"),
            expires_at = batch.CreatedAt.AddDays(1).ToString("O"),
            ended_at = ended ? DateTimeOffset.UtcNow.ToString("O") : null,
            cancel_initiated_at = (string?)null,
            archived_at = (string?)null,
            results_url = ended ? $"{ctx.Request.Scheme}://{ctx.Request.Host}/v1/messages/batches/{batch.Id}/results" : null,
        };
    }

    private object OpenAIStatus(Batch batch)
    {
        var ended = batch.Ended(options.BatchDelay);
        var counts = ended ? Counts(batch) : (0, 0, 0, 0);
        return new
        {
            id = batch.Id,
            @object = "batch",
            endpoint = "/v1/chat/completions",
            input_file_id = batch.InputFile,
            completion_window = "24h",
            status = !ended ? (batch.Canceled ? "cancelling" : "in_progress") : batch.Canceled ? "cancelled" : counts.Item3 > 0 ? "expired" : "completed",
            output_file_id = ended && counts.Item1 > 0 ? batch.OutputFile : null,
            error_file_id = ended && counts.Item1 < batch.Lines.Count ? batch.ErrorFile : null,
            created_at = batch.CreatedAt.ToUnixTimeSeconds(),
            request_counts = new { total = batch.Lines.Count, completed = counts.Item1, failed = counts.Item2 + counts.Item3 + counts.Item4 },
            metadata = (object?)null,
        };
    }

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    /// <summary>One batch: its request lines as sent, and where they stand.</summary>
    private sealed class Batch(string id, IWire wire, List<byte[]> lines, long start)
    {
        public string Id { get; } = id;

        public IWire Wire { get; } = wire;

        public List<byte[]> Lines { get; } = lines;

        public long Start { get; } = start;

        public DateTimeOffset CreatedAt { get; } = DateTimeOffset.UtcNow;

        public string? InputFile { get; init; }

        public string OutputFile => $"file-out-{Id}";

        public string ErrorFile => $"file-err-{Id}";

        public bool Canceled { get; private set; }

        public Batch Cancel()
        {
            Canceled = true;
            return this;
        }

        /// <summary>A canceled batch ends at once: nothing of it was processed.</summary>
        public bool Ended(TimeSpan delay) => Canceled || DateTimeOffset.UtcNow - CreatedAt >= delay;
    }
}
