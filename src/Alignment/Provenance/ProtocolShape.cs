using System.Text.Json;
using System.Text.Json.Nodes;
using Alignment.Configuration;
using Alignment.Targets;

namespace Alignment.Provenance;

/// <summary>One server-sent event: its event name (null where only data was sent), its data, and the text it came as.</summary>
public sealed record StreamEvent(string? Name, string Data, string Raw);

/// <summary>
/// Whether a stream follows the format its provider documents. Anthropic Messages: message_start (with
/// usage.input_tokens), per content block content_block_start, content_block_delta…, content_block_stop, then
/// message_delta (with stop_reason and usage.output_tokens) and message_stop; ping anywhere. OpenAI chat completions with
/// stream_options.include_usage: `data:` chunks of object chat.completion.chunk under one id, one of them with a
/// finish_reason, a last chunk with empty choices and the usage, then `data: [DONE]`. A relay that re-wraps another
/// provider's stream breaks one of these; the verdict names the first deviation.
/// </summary>
public static class ProtocolShape
{
    /// <summary>The events of an SSE body, in order; comment lines (": …") are skipped.</summary>
    public static IReadOnlyList<StreamEvent> Parse(string transcript)
    {
        var events = new List<StreamEvent>();
        foreach (var block in transcript.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            string? name = null;
            var data = new List<string>();
            foreach (var line in block.Split('\n'))
            {
                if (line.StartsWith("event:", StringComparison.Ordinal))
                {
                    name = line[6..].Trim();
                }
                else if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    data.Add(line[5..].TrimStart(' '));
                }
            }

            if (name is not null || data.Count > 0)
            {
                events.Add(new StreamEvent(name, string.Join("\n", data), block.Trim()));
            }
        }

        return events;
    }

    /// <summary>
    /// The stream's shape as the fingerprint approves it: its events in order, by name (Anthropic) or by object (OpenAI),
    /// a run of one kind written once with "…", pings left out: "message_start → content_block_start → content_block_delta… → …".
    /// The text's length changes the number of deltas, not the shape.
    /// </summary>
    public static string Signature(RawStream stream)
    {
        var kinds = new List<string>();
        foreach (var e in Parse(stream.Transcript).Where(e => e.Name != "ping"))
        {
            var kind = e.Name ?? KindOfData(e.Data);
            if (kinds.Count > 0 && (kinds[^1] == kind || kinds[^1] == kind + "…"))
            {
                kinds[^1] = kind + "…";
                continue;
            }

            kinds.Add(kind);
        }

        return kinds.Count == 0 ? "no events" : $"{stream.Wire}: {string.Join(" → ", kinds)}";
    }

    private static string KindOfData(string data)
    {
        if (data == "[DONE]")
        {
            return "[DONE]";
        }

        try
        {
            var node = JsonNode.Parse(data);
            var kind = node?["object"]?.GetValue<string>() ?? node?["type"]?.GetValue<string>() ?? "data";
            return node?["choices"] is JsonArray { Count: 0 } && node["usage"] is not null ? kind + " (usage)" : kind;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return "data";
        }
    }

    /// <summary>The documented format, then the approved shape: a change of either is an anomaly.</summary>
    public static ProvenanceVerdict Judge(RawStream stream, string? approved)
    {
        var verdict = Judge(stream);
        var signature = Signature(stream);
        return verdict.Passed && approved is not null && approved != signature
            ? new(ProvenanceOutcome.Anomaly,
                $"The stream's shape changed from the approved one:\n  approved: {approved}\n  now:      {signature}\n" +
                "Both follow the documented format, but the endpoint now streams differently: ask its operator what changed upstream. " +
                "If the change is expected, approve the received fingerprint.")
            : verdict;
    }

    public static ProvenanceVerdict Judge(RawStream stream)
    {
        var events = Parse(stream.Transcript);
        if (events.Count == 0)
        {
            return new(ProvenanceOutcome.Inconclusive,
                $"The streaming call came back without a single server-sent event (content type '{stream.ContentType}', {stream.Transcript.Length} characters" +
                (stream.Transcript.Length > 0 ? $": `{Excerpt(stream.Transcript)}`" : "") + "), so the stream's shape cannot be checked. " +
                "This row does not pass where nothing was measured: ask whether the endpoint streams at all (stream: true).");
        }

        var deviation = stream.Wire == ResolvedTarget.Anthropic ? Anthropic(events) : OpenAI(events);
        var provider = stream.Wire == ResolvedTarget.Anthropic ? "Anthropic" : "OpenAI";
        if (deviation is null)
        {
            return new(ProvenanceOutcome.Consistent, stream.Wire == ResolvedTarget.Anthropic
                ? $"The stream follows Anthropic's Messages format: {events.Count} events from message_start (with input_tokens) to message_stop, " +
                  "message_delta with stop_reason and output_tokens."
                : $"The stream follows OpenAI's chat completions format: {events.Count - 1} chat.completion.chunk events, a finish_reason, a usage chunk " +
                  "with empty choices, then data: [DONE].");
        }

        return new(ProvenanceOutcome.Anomaly,
            $"{(stream.Wire == ResolvedTarget.Anthropic ? "An Anthropic" : "An OpenAI")} target streamed {deviation}.\n" +
            $"A provider's own endpoint streams its documented format; a relay that calls another provider and re-wraps its stream (or passes it through) " +
            $"shows here, whatever the model field says. Ask the endpoint's operator which upstream serves '{stream.Wire}' requests, or run the official " +
            $"{provider} API as a target of its own and compare.");
    }

    /// <summary>The first way the events leave Anthropic's documented sequence, or null.</summary>
    private static string? Anthropic(IReadOnlyList<StreamEvent> all)
    {
        if (LooksOpenAI(all[0]))
        {
            return $"OpenAI chunks: first event was `{Excerpt(all[0].Raw)}`";
        }

        // Pings may come anywhere; they carry nothing.
        var events = all.Where(e => e.Name != "ping").ToList();
        var i = 0;
        string Where(int at) => at < events.Count ? $"event {at + 1} was `{Excerpt(events[at].Raw)}`" : "the stream ended";

        if (Typed(events, i, "message_start") is not { } start)
        {
            return $"no message_start first: {Where(i)}";
        }

        if (start["message"]?["usage"]?["input_tokens"] is not JsonValue input || !input.TryGetValue<long>(out _))
        {
            return $"a message_start without message.usage.input_tokens: `{Excerpt(events[i].Raw)}`";
        }

        i++;
        var blocks = 0;
        while (Typed(events, i, "content_block_start") is { } block)
        {
            var index = block["index"]?.ToJsonString();
            i++;
            while (Typed(events, i, "content_block_delta") is { } delta)
            {
                if (delta["index"]?.ToJsonString() != index)
                {
                    return $"a content_block_delta for block {delta["index"]?.ToJsonString() ?? "none"} inside block {index}: `{Excerpt(events[i].Raw)}`";
                }

                i++;
            }

            if (Typed(events, i, "content_block_stop") is not { } stop || stop["index"]?.ToJsonString() != index)
            {
                return $"no content_block_stop for block {index} after its deltas: {Where(i)}";
            }

            i++;
            blocks++;
        }

        if (blocks == 0)
        {
            return $"no content_block_start after message_start: {Where(i)}";
        }

        if (Typed(events, i, "message_delta") is not { } messageDelta)
        {
            return $"no message_delta after the content blocks: {Where(i)}";
        }

        if (messageDelta["delta"]?["stop_reason"] is not JsonValue reason || !reason.TryGetValue<string>(out _))
        {
            return $"a message_delta without delta.stop_reason: `{Excerpt(events[i].Raw)}`";
        }

        if (messageDelta["usage"]?["output_tokens"] is not JsonValue output || !output.TryGetValue<long>(out _))
        {
            return $"a message_delta without usage.output_tokens: `{Excerpt(events[i].Raw)}`";
        }

        i++;
        if (Typed(events, i, "message_stop") is null)
        {
            return $"no message_stop after message_delta: {Where(i)}";
        }

        return i + 1 < events.Count ? $"events after message_stop: {Where(i + 1)}" : null;
    }

    /// <summary>The first way the events leave OpenAI's documented chunk sequence, or null.</summary>
    private static string? OpenAI(IReadOnlyList<StreamEvent> events)
    {
        if (events[0].Name is { } first)
        {
            return $"{(first.StartsWith("message_", StringComparison.Ordinal) || first.StartsWith("content_block", StringComparison.Ordinal) ? "Anthropic events" : "named events")}: " +
                   $"first event was `{Excerpt(events[0].Raw)}`";
        }

        if (events[^1].Data != "[DONE]")
        {
            return $"no `data: [DONE]` at the end: the last event was `{Excerpt(events[^1].Raw)}`";
        }

        string? id = null;
        var finished = false;
        JsonNode? last = null;
        for (var i = 0; i < events.Count - 1; i++)
        {
            var e = events[i];
            if (e.Name is not null)
            {
                return $"a named event among the chunks: event {i + 1} was `{Excerpt(e.Raw)}`";
            }

            if (Json(e.Data) is not JsonObject chunk || chunk["object"]?.ToString() != "chat.completion.chunk")
            {
                return $"something other than a chat.completion.chunk: event {i + 1} was `{Excerpt(e.Raw)}`";
            }

            var chunkId = chunk["id"]?.ToString();
            if (id is not null && chunkId != id)
            {
                return $"chunks of more than one completion (id {id}, then {chunkId ?? "none"}): event {i + 1} was `{Excerpt(e.Raw)}`";
            }

            id ??= chunkId;
            if (chunk["choices"] is not JsonArray choices)
            {
                return $"a chunk without choices: event {i + 1} was `{Excerpt(e.Raw)}`";
            }

            finished |= choices.Any(c => c?["finish_reason"] is JsonValue f && f.TryGetValue<string>(out _));
            last = chunk;
        }

        if (!finished)
        {
            return "no chunk with a finish_reason";
        }

        if (last?["choices"] is not JsonArray { Count: 0 } || last["usage"] is not JsonObject usage)
        {
            return $"no usage chunk (empty choices and a usage object) before `data: [DONE]`, though stream_options.include_usage asked for one: " +
                   $"the last chunk was `{Excerpt(events[^2].Raw)}`";
        }

        foreach (var field in new[] { "prompt_tokens", "completion_tokens" })
        {
            if (usage[field] is not JsonValue count || !count.TryGetValue<long>(out _))
            {
                return $"a usage chunk without {field}: `{Excerpt(events[^2].Raw)}`";
            }
        }

        return null;
    }

    private static bool LooksOpenAI(StreamEvent e) =>
        e.Name is null && (e.Data == "[DONE]" || Json(e.Data)?["object"]?.ToString()?.StartsWith("chat.completion", StringComparison.Ordinal) == true);

    /// <summary>The event at <paramref name="i"/> when it is named <paramref name="type"/> and its data says the same type.</summary>
    private static JsonNode? Typed(IReadOnlyList<StreamEvent> events, int i, string type) =>
        i < events.Count && events[i].Name == type && Json(events[i].Data) is { } data && data["type"]?.ToString() == type ? data : null;

    private static JsonNode? Json(string data)
    {
        try
        {
            return JsonNode.Parse(data);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The first characters of an event as it came, on one line.</summary>
    private static string Excerpt(string raw)
    {
        var line = TerminalText.Safe(string.Join(' ', raw.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        return line.Length <= 100 ? line : line[..100] + "…";
    }
}
