using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Alignment.Simulator;

/// <summary>What a response reports besides its words: the tokens, and the backend fingerprint OpenAI's wire carries beside them.</summary>
public sealed record Usage(int Input, int Output)
{
    /// <summary>OpenAI's system_fingerprint (the backend configuration that served the request); null where the wire has none.</summary>
    public string? SystemFingerprint { get; init; }
}

/// <summary>One provider's wire format, as published, not as our own clients happen to use it.</summary>
internal interface IWire
{
    string? ApiKey(HttpRequest request);

    string? LastUserText(JsonNode request);

    object Complete(string model, string reply, Usage usage);

    /// <summary>A completed response without text: an empty string, or no content at all.</summary>
    object Empty(string model, Usage usage, bool nullContent);

    /// <summary>A completed response in which the model declines, as the wire format marks it.</summary>
    object Refusal(string model, string text, Usage usage);

    Task Stream(HttpContext ctx, string model, string reply, Usage usage, JsonNode request);

    Task Error(HttpContext ctx, int status, string message);
}

internal static class WireText
{
    public static string? BearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth[7..] : null;

    /// <summary>Content is a string or a list of parts; only text parts count.</summary>
    public static string? Text(JsonNode? content) => content switch
    {
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        JsonArray parts => string.Concat(parts.Where(p => p?["type"]?.GetValue<string>() == "text").Select(p => p!["text"]?.GetValue<string>())),
        _ => null,
    };

    /// <summary>Every message of the request with text content, in order (OpenAI's system message too; Anthropic's is apart).</summary>
    public static IReadOnlyList<ChatTurn> History(JsonNode request) =>
        request["messages"] is JsonArray messages
            ? messages.Where(m => m is not null && Text(m["content"]) is not null)
                .Select(m => new ChatTurn(m!["role"]?.GetValue<string>() ?? "", Text(m["content"])!)).ToList()
            : [];

    public static string? LastUser(JsonNode request) =>
        request["messages"] is JsonArray messages && messages.LastOrDefault() is { } last && last["role"]?.GetValue<string>() == "user"
            ? Text(last["content"])
            : null;

    /// <summary>Streams in a few chunks so clients must reassemble, as with a real model.</summary>
    public static IEnumerable<string> Chunks(string reply)
    {
        var size = Math.Max(1, reply.Length / 4);
        for (var i = 0; i < reply.Length; i += size)
        {
            // Never split a surrogate pair across chunks.
            var end = Math.Min(reply.Length, i + size);
            if (end < reply.Length && char.IsHighSurrogate(reply[end - 1]))
            {
                end++;
            }

            yield return reply[i..end];
            i = end - size;
        }
    }

    public static async Task Send(HttpContext ctx, string? eventName, object data)
    {
        var text = new StringBuilder();
        if (eventName is not null)
        {
            text.Append("event: ").Append(eventName).Append('\n');
        }

        text.Append("data: ").Append(data is string s ? s : JsonSerializer.Serialize(data)).Append("\n\n");
        await ctx.Response.WriteAsync(text.ToString(), ctx.RequestAborted);
        await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
    }
}

internal sealed class OpenAIWire : IWire
{
    public static readonly OpenAIWire Instance = new();

    public string? ApiKey(HttpRequest request) => WireText.BearerToken(request);

    public string? LastUserText(JsonNode request) => WireText.LastUser(request);

    public object Complete(string model, string reply, Usage usage) => new
    {
        id = $"chatcmpl-sim{Guid.NewGuid():N}",
        @object = "chat.completion",
        created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        model,
        system_fingerprint = usage.SystemFingerprint,
        choices = new[] { new { index = 0, message = new { role = "assistant", content = reply }, finish_reason = "stop" } },
        usage = new { prompt_tokens = usage.Input, completion_tokens = usage.Output, total_tokens = usage.Input + usage.Output },
    };

    public object Empty(string model, Usage usage, bool nullContent) => Message(model, new JsonObject { ["role"] = "assistant", ["content"] = nullContent ? null : "" }, usage);

    public object Refusal(string model, string text, Usage usage) =>
        Message(model, new JsonObject { ["role"] = "assistant", ["content"] = null, ["refusal"] = text }, usage);

    private static JsonObject Message(string model, JsonObject message, Usage usage) => new()
    {
        ["id"] = $"chatcmpl-sim{Guid.NewGuid():N}",
        ["object"] = "chat.completion",
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = "stop" }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = usage.Input, ["completion_tokens"] = 0, ["total_tokens"] = usage.Input },
    };

    public async Task Stream(HttpContext ctx, string model, string reply, Usage usage, JsonNode request)
    {
        var id = $"chatcmpl-sim{Guid.NewGuid():N}";
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        object Chunk(object delta, string? finish) => new
        {
            id, @object = "chat.completion.chunk", created, model, system_fingerprint = usage.SystemFingerprint,
            choices = new[] { new { index = 0, delta, finish_reason = finish } },
        };

        await WireText.Send(ctx, null, Chunk(new { role = "assistant", content = "" }, null));
        foreach (var part in WireText.Chunks(reply))
        {
            await WireText.Send(ctx, null, Chunk(new { content = part }, null));
        }

        await WireText.Send(ctx, null, Chunk(new { }, "stop"));
        if (request["stream_options"]?["include_usage"]?.GetValue<bool>() == true)
        {
            await WireText.Send(ctx, null, new
            {
                id, @object = "chat.completion.chunk", created, model, system_fingerprint = usage.SystemFingerprint, choices = Array.Empty<object>(),
                usage = new { prompt_tokens = usage.Input, completion_tokens = usage.Output, total_tokens = usage.Input + usage.Output },
            });
        }

        await WireText.Send(ctx, null, "[DONE]");
    }

    public Task Error(HttpContext ctx, int status, string message)
    {
        ctx.Response.StatusCode = status;
        var type = status switch
        {
            401 => "invalid_request_error",
            404 => "not_found_error",
            429 => "rate_limit_exceeded",
            >= 500 => "server_error",
            _ => "invalid_request_error",
        };
        return ctx.Response.WriteAsJsonAsync(new { error = new { message, type, param = (string?)null, code = status == 429 ? "rate_limit_exceeded" : null } });
    }
}

internal sealed class AnthropicWire : IWire
{
    public static readonly AnthropicWire Instance = new();

    /// <summary>The published header is x-api-key; the official C# SDK sends the key as a bearer token, so both count.</summary>
    public string? ApiKey(HttpRequest request) =>
        request.Headers["x-api-key"].ToString() is { Length: > 0 } key ? key : WireText.BearerToken(request);

    public string? LastUserText(JsonNode request) => WireText.LastUser(request);

    public object Complete(string model, string reply, Usage usage) => new
    {
        id = $"msg_sim{Guid.NewGuid():N}",
        type = "message",
        role = "assistant",
        model,
        content = new[] { new { type = "text", text = reply } },
        stop_reason = "end_turn",
        stop_sequence = (string?)null,
        usage = new { input_tokens = usage.Input, output_tokens = usage.Output },
    };

    public object Empty(string model, Usage usage, bool nullContent) =>
        Message(model, nullContent ? new JsonArray() : new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "" }), "end_turn", usage);

    public object Refusal(string model, string text, Usage usage) =>
        Message(model, new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }), "refusal", usage);

    private static JsonObject Message(string model, JsonArray content, string stopReason, Usage usage) => new()
    {
        ["id"] = $"msg_sim{Guid.NewGuid():N}",
        ["type"] = "message",
        ["role"] = "assistant",
        ["model"] = model,
        ["content"] = content,
        ["stop_reason"] = stopReason,
        ["stop_sequence"] = null,
        ["usage"] = new JsonObject { ["input_tokens"] = usage.Input, ["output_tokens"] = 0 },
    };

    public async Task Stream(HttpContext ctx, string model, string reply, Usage usage, JsonNode request)
    {
        var message = new
        {
            id = $"msg_sim{Guid.NewGuid():N}", type = "message", role = "assistant", model,
            content = Array.Empty<object>(), stop_reason = (string?)null, stop_sequence = (string?)null,
            usage = new { input_tokens = usage.Input, output_tokens = 1 },
        };
        await WireText.Send(ctx, "message_start", new { type = "message_start", message });
        await WireText.Send(ctx, "content_block_start", new { type = "content_block_start", index = 0, content_block = new { type = "text", text = "" } });
        await WireText.Send(ctx, "ping", new { type = "ping" });
        foreach (var part in WireText.Chunks(reply))
        {
            await WireText.Send(ctx, "content_block_delta", new { type = "content_block_delta", index = 0, delta = new { type = "text_delta", text = part } });
        }

        await WireText.Send(ctx, "content_block_stop", new { type = "content_block_stop", index = 0 });
        await WireText.Send(ctx, "message_delta", new
        {
            type = "message_delta",
            delta = new { stop_reason = "end_turn", stop_sequence = (string?)null },
            usage = new { output_tokens = usage.Output },
        });
        await WireText.Send(ctx, "message_stop", new { type = "message_stop" });
    }

    public Task Error(HttpContext ctx, int status, string message)
    {
        ctx.Response.StatusCode = status;
        var type = status switch
        {
            400 => "invalid_request_error",
            401 => "authentication_error",
            403 => "permission_error",
            404 => "not_found_error",
            429 => "rate_limit_error",
            529 => "overloaded_error",
            _ => "api_error",
        };
        return ctx.Response.WriteAsJsonAsync(new { type = "error", error = new { type, message } });
    }
}
