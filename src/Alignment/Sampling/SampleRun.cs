using System.Collections.Concurrent;
using Alignment.Cases;
using Alignment.Configuration;
using Alignment.Targets;
using Microsoft.Extensions.AI;

namespace Alignment.Sampling;

/// <summary>One reply to a case, or why there is none.</summary>
public sealed record Sample(int Index, string? Text, string? Failure)
{
    public bool Succeeded => Failure is null;

    /// <summary>The model declined to answer; <see cref="Text"/> holds what it said instead. Its own verdict, never a pass.</summary>
    public bool Refused { get; init; }

    public static Sample Refusal(int index, string text) => new(index, text, null) { Refused = true };
}

/// <summary>Every sample of one case, and the target's rule for when the case passes.</summary>
public sealed record CaseSamples(Case Case, IReadOnlyList<Sample> Samples)
{
    public PassCriteria Criteria { get; init; } = PassCriteria.EverySample;

    /// <summary>How much of each reply the checks read (MaxReplyChars); null reads it all.</summary>
    public int? MaxReplyChars { get; init; }

    /// <summary>How many samples each check judges; a check not listed judges them all.</summary>
    public IReadOnlyDictionary<CheckKind, int> SamplesPerCheck { get; init; } = new Dictionary<CheckKind, int>();

    /// <summary>The samples one check judges: the first ones, up to its own count.</summary>
    public CaseSamples For(CheckKind check) => SamplesPerCheck.TryGetValue(check, out var count)
        ? this with { Samples = Samples.Where(s => s.Index < count).OrderBy(s => s.Index).ToList() }
        : this;

    public IEnumerable<Sample> Replies => Samples.Where(s => s.Succeeded);

    public IEnumerable<Sample> Failures => Samples.Where(s => !s.Succeeded);
}

/// <summary>
/// Starts every request of a run as soon as its cases are known, so tests only await their own results.
/// The client's own layers (see TargetPipeline) hold requests to the target's limits, not this class and not the test framework.
/// </summary>
public sealed class SampleRun(IChatClient client, ResolvedTarget target)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<CaseSamples>>> scheduled = new();

    public ResolvedTarget Target { get; } = target;

    public void Schedule(IEnumerable<Case> cases)
    {
        foreach (var c in cases)
        {
            _ = ResultsFor(c);
        }
    }

    public Task<CaseSamples> ResultsFor(Case c) =>
        scheduled.GetOrAdd(c.Key, _ => new Lazy<Task<CaseSamples>>(() => RunCase(c))).Value;

    private async Task<CaseSamples> RunCase(Case c)
    {
        var messages = Messages(c);
        var samples = await Task.WhenAll(Enumerable.Range(0, Target.SamplesFor(c)).Select(i => RunSample(messages, i)));
        return new CaseSamples(c, samples)
        {
            Criteria = Target.Criteria,
            MaxReplyChars = Target.MaxReplyChars,
            SamplesPerCheck = c.Checks.ToDictionary(check => check, Target.SamplesFor),
        };
    }

    private async Task<Sample> RunSample(List<ChatMessage> messages, int index)
    {
        try
        {
            var response = await client.GetResponseAsync(messages, SampleIndex.With(Options(), index));
            return Replies.Refusal(response) is { } refusal ? Sample.Refusal(index, refusal) : new Sample(index, response.Text, null);
        }
        catch (Exception e)
        {
            // Whatever stopped the request is an infrastructure failure of this sample, never a verdict.
            return new Sample(index, null, FailureText(e));
        }
    }

    /// <summary>Our own HTTP and cache errors say status and provider message best; SDKs wrap them, so look inside.</summary>
    public static string FailureText(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is ProviderFailureException or ReplayMissException or InvalidDataException)
            {
                return inner.Message;
            }
        }

        return TerminalText.Safe($"{e.GetType().Name}: {e.Message}");
    }

    public List<ChatMessage> Messages(Case c)
    {
        var messages = new List<ChatMessage>();
        var system = string.Join("\n\n", new[] { Target.SystemPrompt, c.System }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (system.Length > 0)
        {
            messages.Add(new ChatMessage(ChatRole.System, system));
        }

        messages.AddRange(c.Turns.Select(t => new ChatMessage(t.Role == Role.User ? ChatRole.User : ChatRole.Assistant, t.Text)));
        return messages;
    }

    private ChatOptions Options() => new()
    {
        Temperature = (float?)Target.Temperature,
        MaxOutputTokens = Target.MaxTokens,
    };
}
