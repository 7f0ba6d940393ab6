using Alignment.Sampling;
using Alignment.Targets;
using Microsoft.Extensions.AI;

namespace Alignment.Provenance;

/// <summary>What one probe call brought back: the input tokens the endpoint reported and its model field, or why it failed.</summary>
public sealed record ProbeObservation(string Prompt, long? InputTokens, string? ModelId, string? Failure)
{
    /// <summary>OpenAI's system_fingerprint of the response, where the wire has one.</summary>
    public string? SystemFingerprint { get; init; }
}

/// <summary>What the identity probe brought back: the reply's text and the response's model field, or why the call failed.</summary>
public sealed record IdentityObservation(string Prompt, string? Reply, string? ModelId, string? Failure);

/// <summary>
/// Sends the probe prompts through a target's client, so they pass every layer a case does (record/replay, limits,
/// usage counting), and reads back the usage and model field of each response.
/// </summary>
public static class ProvenanceProbe
{
    public static async Task<IReadOnlyDictionary<string, ProbeObservation>> RunAsync(
        IChatClient client, ProbeSet probes, CancellationToken cancellationToken = default)
    {
        var calls = probes.Prompts.Select(async prompt =>
        {
            try
            {
                var response = await client.GetResponseAsync(
                    [new ChatMessage(ChatRole.User, prompt)],
                    new ChatOptions { MaxOutputTokens = probes.MaxOutputTokens },
                    cancellationToken);
                return new ProbeObservation(prompt, response.Usage?.InputTokenCount, response.ModelId, null)
                {
                    SystemFingerprint = Targets.ResponseMetadata.SystemFingerprint(response),
                };
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Worded as a case's failed sample is, so a cause the run shares (it stopped, a replay miss) is recognised as one.
                return new ProbeObservation(prompt, null, null, SampleRun.FailureText(e));
            }
        });
        return (await Task.WhenAll(calls)).ToDictionary(o => o.Prompt, StringComparer.Ordinal);
    }

    /// <summary>Streams the fingerprint's k = 0 prompt once as raw HTTP: the stream, or why the call failed.</summary>
    public static async Task<(RawStream? Stream, string? Failure)> RunProtocolAsync(
        RawStreamClient client, ProbeSet probes, CancellationToken cancellationToken = default)
    {
        try
        {
            return (await client.StreamAsync(probes.Prompt, probes.MaxOutputTokens, cancellationToken), null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (null, SampleRun.FailureText(e));
        }
    }

    /// <summary>Asks the target the probes' identity prompt once; null when the probes file has none.</summary>
    public static async Task<IdentityObservation?> RunIdentityAsync(IChatClient client, ProbeSet probes, CancellationToken cancellationToken = default)
    {
        if (probes.IdentityPrompt is not { } prompt)
        {
            return null;
        }

        try
        {
            var response = await client.GetResponseAsync(
                [new ChatMessage(ChatRole.User, prompt)],
                new ChatOptions { MaxOutputTokens = probes.IdentityMaxOutputTokens },
                cancellationToken);
            return new IdentityObservation(prompt, response.Text, response.ModelId, null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new IdentityObservation(prompt, null, null, SampleRun.FailureText(e));
        }
    }
}
