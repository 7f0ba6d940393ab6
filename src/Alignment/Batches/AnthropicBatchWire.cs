using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alignment.Batches;

/// <summary>
/// Anthropic's Message Batches API: POST /v1/messages/batches with {requests: [{custom_id, params}]}, GET …/{id} for
/// processing_status and request_counts, the results as JSON Lines from results_url, POST …/{id}/cancel.
/// </summary>
internal sealed class AnthropicBatchWire(BatchHttp http, Uri baseUrl) : IBatchWire
{
    public string Name => "anthropic";

    /// <summary>
    /// 100,000 requests or 256 MB per batch, whichever comes first. The 256 MB is the request body: the lines, a comma
    /// between each (counted as the split counts a newline) and {"requests":[…]} around them; MB read as the smaller
    /// 10^6 bytes, so either reading holds.
    /// </summary>
    public static readonly BatchLimits DefaultLimits = new(100_000, 256_000_000 - Envelope.Length);

    private const string Envelope = "{\"requests\":[]}";

    public BatchLimits Limits { get; init; } = DefaultLimits;

    private Uri Batches(string path = "") => new(baseUrl, "v1/messages/batches" + path);

    public byte[] Line(string customId, string body) =>
        Encoding.UTF8.GetBytes($"{{\"custom_id\":{JsonSerializer.Serialize(customId)},\"params\":{body}}}");

    public async Task<string> SubmitAsync(BatchRecord record, IEnumerable<byte[]> lines, Action<string> uploaded, CancellationToken cancellationToken)
    {
        var batch = await http.JsonAsync(HttpMethod.Post, Batches(),
            () => new LinesContent(lines, "{\"requests\":["u8.ToArray(), ","u8.ToArray(), "]}"u8.ToArray(), "application/json"), cancellationToken);
        return batch["id"]?.GetValue<string>() ?? throw new InvalidDataException($"Creating a message batch at {Batches()} answered no id.");
    }

    public async Task<BatchStatus> StatusAsync(string providerId, CancellationToken cancellationToken)
    {
        var batch = await http.JsonAsync(HttpMethod.Get, Batches("/" + Uri.EscapeDataString(providerId)), null, cancellationToken);
        var counts = batch["request_counts"];
        int Count(string name) => counts?[name]?.GetValue<int>() ?? 0;
        var status = batch["processing_status"]?.GetValue<string>() ?? "unknown";
        return new BatchStatus(providerId, status == "ended", status,
            new BatchCounts(Count("processing"), Count("succeeded"), Count("errored"), Count("expired"), Count("canceled")))
        {
            Results = batch["results_url"]?.GetValue<string>(),
        };
    }

    public async IAsyncEnumerable<BatchResult> ResultsAsync(BatchStatus status, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var url = status.Results is { } results ? new Uri(baseUrl, results) : Batches($"/{Uri.EscapeDataString(status.ProviderId)}/results");
        await foreach (var line in http.LinesAsync(url, cancellationToken))
        {
            var node = JsonNode.Parse(line);
            var id = node?["custom_id"]?.GetValue<string>() ?? "";
            var result = node?["result"];
            yield return result?["type"]?.GetValue<string>() switch
            {
                "succeeded" => new BatchResult(id, BatchOutcome.Succeeded, result["message"]?.ToJsonString(), null),
                "errored" => new BatchResult(id, BatchOutcome.Errored, null, ErrorText(result["error"])),
                "expired" => new BatchResult(id, BatchOutcome.Expired, null, "the request expired: the provider did not reach it within the batch's 24 hours"),
                "canceled" => new BatchResult(id, BatchOutcome.Canceled, null, "the request was canceled before it was processed"),
                var other => new BatchResult(id, BatchOutcome.Errored, null, $"an unknown result type '{other}'"),
            };
        }
    }

    public async Task CancelAsync(string providerId, CancellationToken cancellationToken) =>
        await http.JsonAsync(HttpMethod.Post, Batches($"/{Uri.EscapeDataString(providerId)}/cancel"), null, cancellationToken);

    /// <summary>{"type":"error","error":{"type":"invalid_request_error","message":"…"}}, as a live error body is.</summary>
    private static string ErrorText(JsonNode? error)
    {
        var inner = error?["error"] ?? error;
        var type = inner?["type"]?.GetValue<string>();
        var message = inner?["message"]?.GetValue<string>() ?? error?.ToJsonString() ?? "no reason given";
        return type is null ? message : $"{type}: {message}";
    }
}
