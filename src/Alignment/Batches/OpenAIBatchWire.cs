using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alignment.Batches;

/// <summary>
/// OpenAI's Batch API: the JSON Lines uploaded to POST /files (purpose batch), POST /batches for /v1/chat/completions
/// within 24h, GET /batches/{id}, the output and error files from GET /files/{id}/content, POST /batches/{id}/cancel.
/// </summary>
internal sealed class OpenAIBatchWire(BatchHttp http, Uri baseUrl) : IBatchWire
{
    public const string Endpoint = "/v1/chat/completions";

    public string Name => "openai";

    /// <summary>50,000 requests or a 200 MB input file per batch (MB read as the smaller 10^6 bytes, so either reading holds).</summary>
    public static readonly BatchLimits DefaultLimits = new(50_000, 200_000_000);

    public BatchLimits Limits { get; init; } = DefaultLimits;

    private Uri At(string path) => new(baseUrl, path);

    public byte[] Line(string customId, string body) =>
        Encoding.UTF8.GetBytes($"{{\"custom_id\":{JsonSerializer.Serialize(customId)},\"method\":\"POST\",\"url\":\"{Endpoint}\",\"body\":{body}}}");

    public async Task<string> SubmitAsync(BatchRecord record, IEnumerable<byte[]> lines, Action<string> uploaded, CancellationToken cancellationToken)
    {
        var fileId = record.InputFileId;
        if (fileId is null)
        {
            var file = await http.JsonAsync(HttpMethod.Post, At("files"), () =>
            {
                var form = new MultipartFormDataContent { { new StringContent("batch"), "purpose" } };
                form.Add(new LinesContent(lines, [], "\n"u8.ToArray(), "\n"u8.ToArray(), "application/jsonl"), "file", record.Id + ".jsonl");
                return form;
            }, cancellationToken);
            fileId = file["id"]?.GetValue<string>() ?? throw new InvalidDataException($"Uploading a batch file to {At("files")} answered no id.");
            uploaded(fileId);
        }

        var body = new JsonObject
        {
            ["input_file_id"] = fileId,
            ["endpoint"] = Endpoint,
            ["completion_window"] = "24h",
            ["metadata"] = new JsonObject { ["alignment_batch"] = record.Id, ["alignment_target"] = record.Target },
        };
        var batch = await http.JsonAsync(HttpMethod.Post, At("batches"),
            () => new StringContent(body.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json")), cancellationToken);
        return batch["id"]?.GetValue<string>() ?? throw new InvalidDataException($"Creating a batch at {At("batches")} answered no id.");
    }

    public async Task<BatchStatus> StatusAsync(string providerId, CancellationToken cancellationToken)
    {
        var batch = await http.JsonAsync(HttpMethod.Get, At("batches/" + Uri.EscapeDataString(providerId)), null, cancellationToken);
        var status = batch["status"]?.GetValue<string>() ?? "unknown";
        var counts = batch["request_counts"];
        var total = counts?["total"]?.GetValue<int>() ?? 0;
        var completed = counts?["completed"]?.GetValue<int>() ?? 0;
        var failed = counts?["failed"]?.GetValue<int>() ?? 0;
        var ended = status is "completed" or "failed" or "expired" or "cancelled";
        var errors = batch["errors"]?["data"] is JsonArray data
            ? string.Join("; ", data.Select(e => $"{e?["code"]}: {e?["message"]}"))
            : null;
        return new BatchStatus(providerId, ended, status,
            new BatchCounts(ended ? 0 : Math.Max(0, total - completed - failed), completed, failed, 0, 0))
        {
            Results = batch["output_file_id"]?.GetValue<string>(),
            Errors = batch["error_file_id"]?.GetValue<string>(),
            Failure = status == "failed" ? $"the batch failed validation: {errors ?? "no reason given"}" : null,
        };
    }

    public async IAsyncEnumerable<BatchResult> ResultsAsync(BatchStatus status, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var file in new[] { status.Results, status.Errors })
        {
            if (file is null)
            {
                continue;
            }

            await foreach (var line in http.LinesAsync(At($"files/{Uri.EscapeDataString(file)}/content"), cancellationToken))
            {
                var node = JsonNode.Parse(line);
                yield return Result(node?["custom_id"]?.GetValue<string>() ?? "", node);
            }
        }
    }

    /// <summary>A 200 response is a reply; an error (batch_expired, batch_cancelled, a 4xx/5xx response) says why there is none.</summary>
    private static BatchResult Result(string id, JsonNode? line)
    {
        var response = line?["response"];
        var statusCode = response?["status_code"]?.GetValue<int>();
        if (statusCode is >= 200 and < 300 && response?["body"] is { } body)
        {
            return new BatchResult(id, BatchOutcome.Succeeded, body.ToJsonString(), null);
        }

        var error = line?["error"];
        var code = error?["code"]?.GetValue<string>();
        var outcome = code switch
        {
            "batch_expired" => BatchOutcome.Expired,
            "batch_cancelled" => BatchOutcome.Canceled,
            _ => BatchOutcome.Errored,
        };
        var bodyError = response?["body"]?["error"];
        var text = error?["message"]?.GetValue<string>() ?? bodyError?["message"]?.GetValue<string>() ?? line?.ToJsonString() ?? "no reason given";
        var kind = code ?? bodyError?["type"]?.GetValue<string>();
        return new BatchResult(id, outcome, null, $"{(statusCode is { } s ? $"HTTP {s} " : "")}{(kind is null ? "" : kind + ": ")}{text}");
    }

    public async Task CancelAsync(string providerId, CancellationToken cancellationToken) =>
        await http.JsonAsync(HttpMethod.Post, At($"batches/{Uri.EscapeDataString(providerId)}/cancel"), null, cancellationToken);
}
