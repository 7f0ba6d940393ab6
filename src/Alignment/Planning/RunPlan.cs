using Alignment.Cases;
using Alignment.Configuration;
using Alignment.Provenance;

namespace Alignment.Planning;

/// <summary>What a run will send to one language of one target: calls and the tokens they carry.</summary>
/// <param name="OutputTokens">The most the replies may take: every call's MaxTokens.</param>
public sealed record PlanRow(string Language, int Cases, int Calls, long InputTokens, long OutputTokens);

/// <summary>
/// A run counted before anything is sent: per language, the calls (each case asked as often as its most demanding
/// check needs), the prompt tokens (system prompt and every turn, counted with a real tokenizer) and the reply tokens
/// at most; the time the target's rate limits allow, and the cost where a price table is set (batch APIs bill half).
/// </summary>
public sealed record RunPlan(ResolvedTarget Target, IReadOnlyList<PlanRow> Rows)
{
    /// <summary>The provenance probes' calls on the target (the fingerprint's and the identity probe's); null without cases/probes.yaml.</summary>
    public PlanRow? Provenance { get; init; }

    /// <summary>The language rows and the provenance row: every call the run sends.</summary>
    public IEnumerable<PlanRow> AllRows => Provenance is null ? Rows : Rows.Append(Provenance);

    /// <summary>Tokens a chat message costs beyond its text (role and separators), as providers count them.</summary>
    public const int TokensPerMessage = 4;

    /// <summary>The share of the live price a provider's batch API bills (Anthropic Message Batches, OpenAI Batch API).</summary>
    public const decimal BatchShare = 0.5m;

    public int Calls => AllRows.Sum(r => r.Calls);

    public long InputTokens => AllRows.Sum(r => r.InputTokens);

    public long OutputTokens => AllRows.Sum(r => r.OutputTokens);

    /// <summary>How long the target's RequestsPerMinute and TokensPerMinute let the run take at least; null without limits.</summary>
    public TimeSpan? LiveTime
    {
        get
        {
            double? byRequests = Target.RequestsPerMinute is { } rpm ? Calls / (double)rpm : null;
            double? byTokens = Target.TokensPerMinute is { } tpm ? (InputTokens + OutputTokens) / (double)tpm : null;
            var minutes = Math.Max(byRequests ?? 0, byTokens ?? 0);
            return byRequests is null && byTokens is null ? null : TimeSpan.FromMinutes(minutes);
        }
    }

    /// <summary>The live cost at most (replies of MaxTokens), in the price table's currency; null without a price.</summary>
    public decimal? LiveCost => Target.Price is { } price
        ? (InputTokens * price.InputPerMillion + OutputTokens * price.OutputPerMillion) / 1_000_000m
        : null;

    public decimal? BatchCost => LiveCost * BatchShare;

    /// <param name="countTokens">Tokens of a text, by the tokenizer the host chooses.</param>
    /// <param name="probes">cases/probes.yaml, whose calls the provenance rows send once per target; null for none.</param>
    public static RunPlan For(ResolvedTarget target, IEnumerable<Case> cases, Func<string, int> countTokens, ProbeSet? probes = null)
    {
        var rows = cases
            .GroupBy(c => c.Language)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                long input = 0, output = 0;
                var calls = 0;
                foreach (var c in g)
                {
                    var asked = target.SamplesFor(c);
                    if (c.IsConversation)
                    {
                        // One call per user turn, each carrying the conversation so far: the replies before it at most MaxTokens.
                        var turns = c.Conversation.Count;
                        calls += asked * turns;
                        input += (long)asked * ConversationTokens(target, c, countTokens);
                        output += (long)asked * turns * target.MaxTokens;
                        continue;
                    }

                    calls += asked;
                    input += (long)asked * PromptTokens(target, c, countTokens);
                    output += (long)asked * target.MaxTokens;
                }

                return new PlanRow(g.Key, g.Count(), calls, input, output);
            })
            .ToList();
        // The identity row reads the identity rows' replies; it asks its own question only in a run without them.
        var askIdentity = !cases.Any(c => c.Checks.Contains(CheckKind.Identity));
        return new RunPlan(target, rows) { Provenance = probes is null ? null : ProvenanceRow(probes, countTokens, askIdentity) };
    }

    /// <summary>
    /// The provenance probes, counted as they are sent: each fingerprint prompt once (the target's system prompt is not
    /// sent with them) with replies of at most max-output-tokens, the protocol probe's streaming call of the k = 0 prompt,
    /// and the identity prompt once when <paramref name="askIdentity"/>
    /// (a run without identity rows).
    /// </summary>
    public static PlanRow ProvenanceRow(ProbeSet probes, Func<string, int> countTokens, bool askIdentity = true)
    {
        // The protocol probe streams the k = 0 prompt once more, through its own request.
        var prompts = probes.Prompts.Append(probes.Prompt);
        var identityCalls = askIdentity ? probes.IdentityCalls : 0;
        if (probes.IdentityPrompt is { } identity && askIdentity)
        {
            prompts = prompts.Append(identity);
        }

        var input = prompts.Sum(p => (long)countTokens(p) + TokensPerMessage);
        var output = (long)(probes.Calls + probes.ProtocolCalls) * probes.MaxOutputTokens + (long)identityCalls * probes.IdentityMaxOutputTokens;
        return new PlanRow(ProvenanceRun.Check, 0, probes.Calls + identityCalls + probes.ProtocolCalls, input, output);
    }

    /// <summary>The prompt tokens of every call of one conversation sample, at most: turn T sends T user turns and T-1 replies.</summary>
    private static long ConversationTokens(ResolvedTarget target, Case c, Func<string, int> countTokens)
    {
        var system = new[] { target.SystemPrompt, c.System }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => countTokens(s!) + TokensPerMessage).Sum();
        long total = 0, users = 0;
        for (var turn = 0; turn < c.Conversation.Count; turn++)
        {
            users += countTokens(c.Conversation[turn].User) + TokensPerMessage;
            total += system + users + (long)turn * (target.MaxTokens + TokensPerMessage);
        }

        return total;
    }

    private static int PromptTokens(ResolvedTarget target, Case c, Func<string, int> countTokens)
    {
        var texts = new[] { target.SystemPrompt, c.System }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!)
            .Concat(c.Turns.Select(t => t.Text))
            .ToList();
        return texts.Sum(countTokens) + TokensPerMessage * texts.Count;
    }
}
