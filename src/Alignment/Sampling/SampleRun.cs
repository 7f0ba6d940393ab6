using System.ClientModel;
using System.Collections.Concurrent;
using Alignment.Cases;
using Alignment.Configuration;
using Microsoft.Extensions.AI;

namespace Alignment.Sampling;

/// <summary>One reply to a case, or why there is none.</summary>
public sealed record Sample(int Index, string? Text, string? Failure)
{
    public bool Succeeded => Failure is null;
}

/// <summary>Every sample of one case.</summary>
public sealed record CaseSamples(Case Case, IReadOnlyList<Sample> Samples)
{
    public IEnumerable<Sample> Replies => Samples.Where(s => s.Succeeded);

    public IEnumerable<Sample> Failures => Samples.Where(s => !s.Succeeded);
}

/// <summary>
/// Starts every request of a run as soon as its cases are known, so tests only await their own results
/// and the target's limits, not the test framework, set the pace.
/// </summary>
public sealed class SampleRun(IChatClient client, ResolvedTarget target)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<CaseSamples>>> scheduled = new();
    private readonly SemaphoreSlim slots = new(target.MaxConcurrency);

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
        var samples = await Task.WhenAll(Enumerable.Range(0, Target.Samples).Select(i => RunSample(c, i)));
        return new CaseSamples(c, samples);
    }

    private async Task<Sample> RunSample(Case c, int index)
    {
        await slots.WaitAsync();
        try
        {
            var response = await client.GetResponseAsync(Messages(c), Options());
            return new Sample(index, response.Text, null);
        }
        catch (ClientResultException e)
        {
            return new Sample(index, null, $"HTTP {e.Status}: {e.Message}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return new Sample(index, null, $"{e.GetType().Name}: {e.Message}");
        }
        finally
        {
            slots.Release();
        }
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
