using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Alignment.Cases;
using Alignment.Checks;
using Alignment.Cleaning;
using Alignment.Configuration;

namespace Alignment.Snapshots;

/// <summary>
/// The snapshot of one case on one target, as Markdown: stable settings, the verdicts of the identity and language
/// checks, then the prompt and every reply by sample index. Nothing that changes from run to run by itself
/// (time, latency, tokens, endpoint) goes in. It renders a <see cref="CaseJudgement"/>; it judges nothing itself.
/// </summary>
public sealed class CaseSnapshot(CheckSet checks)
{
    public const int FormatVersion = 1;

    public static SnapshotId IdOf(ResolvedTarget target, Case c) => new(target.Name, c.Language, c.Id);

    /// <summary>Judges the samples with the check set and renders them (for hosts that have no judgement yet).</summary>
    public string Render(ResolvedTarget target, CaseSamples samples)
    {
        ThrowIfIncomplete(samples);
        // The target's criteria and cap, as the suite's samples carry them.
        var judged = samples with { Criteria = target.Criteria, MaxReplyChars = target.MaxReplyChars };
        return Render(target, CaseJudgement.Judge(judged, checks, target.CheckContext(samples.Case)));
    }

    public string Render(ResolvedTarget target, CaseJudgement judgement)
    {
        var samples = judgement.Samples;
        var c = samples.Case;
        ThrowIfIncomplete(samples);
        var replies = samples.Samples.OrderBy(s => s.Index).ToList();
        var verdicts = replies.Select(s => Verdict(judgement, s)).ToList();
        var judged = judgement.Judged;
        var text = new StringBuilder();

        // Front matter (GitHub shows it as a table) and a verdict table: one "key: value" per line diffs readably.
        text.Append("---\n");
        foreach (var (name, value) in Header(target, c))
        {
            text.Append(CultureInfo.InvariantCulture, $"{name}: {value}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"---\n\n# {IdOf(target, c)}\n\n## Verdicts\n\n| verdict | value |\n| --- | --- |\n");
        var failedChecks = c.Checks
            // The same pass criteria and sample counts as the check rows, so a snapshot's outcome never disagrees with them.
            .Where(check => !judgement.For(check).Passed)
            .Select(Name)
            .ToList();
        text.Append(CultureInfo.InvariantCulture, $"| outcome | {(failedChecks.Count == 0 ? "pass" : $"fail ({string.Join(", ", failedChecks)})")} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| claimed identities | {Set(verdicts.SelectMany(v => v.Claims))} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| reply languages | {Set(verdicts.Where(v => !v.Refused).SelectMany(v => v.Languages))} |\n");

        // Only when some sample refused, so every other snapshot keeps its shape. Like the sets above it says whether, not
        // how often (the counts line has that): which sample refuses varies from run to run.
        if (verdicts.Any(v => v.Refused))
        {
            text.Append("| refused | yes |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"{SnapshotText.CountsPrefix} {Counts(verdicts, c.IsConversation)} |\n");

        if (c.IsConversation)
        {
            AppendTurnVerdicts(text, judgement, replies);
        }

        text.Append('\n').Append(SnapshotText.DetailsHeading).Append("\n\n");
        if (c.System is not null)
        {
            AppendBlock(text, "### system", c.System);
        }

        if (c.IsConversation)
        {
            // The user's turns once; the model's replies to them come under each sample.
            for (var i = 0; i < c.Conversation.Count; i++)
            {
                AppendBlock(text, $"### user · turn {i + 1}{Asks(c.Conversation[i])}", c.Conversation[i].User);
            }
        }
        else
        {
            foreach (var turn in c.Turns)
            {
                AppendBlock(text, turn.Role == Role.User ? "### user" : "### assistant", turn.Text);
            }
        }

        text.Append("## Replies\n\n");
        foreach (var sample in replies)
        {
            if (c.IsConversation && sample.Turns.Count > 0)
            {
                AppendConversation(text, judgement, sample);
                continue;
            }

            // The note on a cut reply goes with the reply, outside what the verdicts compare: its length varies run to run.
            var heading = sample.Refused ? $"### Sample {sample.Index} (refused)"
                : judged[sample.Index].Cut ? $"### Sample {sample.Index} ({judged[sample.Index].Note})"
                : $"### Sample {sample.Index}";
            // Reasoning (a provider's field, or <think> blocks in the text) is kept, shown apart, and judged by neither check.
            var cleaned = ReplyCleaner.Clean(sample.Text!, ReplyParts.Reasoning);
            var reasoning = string.Join("\n\n", new[] { sample.Reasoning, cleaned.Reasoning }.Where(r => !string.IsNullOrWhiteSpace(r)));
            if (reasoning.Length > 0)
            {
                AppendBlock(text, $"### Sample {sample.Index} reasoning (judged by neither check)", reasoning);
            }

            AppendBlock(text, heading, cleaned.Reasoning.Length > 0 ? cleaned.Text.Trim() : sample.Text!);
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>
    /// A conversation's verdicts turn by turn, over every sample (sets, like the table above, so they stay stable): what the
    /// turn expects, whether it passed, what it claimed, the languages it was answered in.
    /// </summary>
    private static void AppendTurnVerdicts(StringBuilder text, CaseJudgement judgement, IReadOnlyList<Sample> replies)
    {
        var c = judgement.Samples.Case;
        var judged = replies.Where(s => !s.Refused).Select(s => judgement.Turns(s.Index)).ToList();
        text.Append("\n## Turns\n\n| turn | expects | outcome | claimed identities | reply languages |\n| --- | --- | --- | --- | --- |\n");
        for (var i = 0; i < c.Conversation.Count; i++)
        {
            var asked = c.Conversation[i];
            var turns = judged.Where(t => t.Count > i).Select(t => t[i]).ToList();
            var failed = c.Checks
                .Where(check => turns.Any(t => t.For(check) is { Passed: false }))
                .Select(Name)
                .ToList();
            var outcome = turns.Count == 0 ? "none" : failed.Count == 0 ? "pass" : $"fail ({string.Join(", ", failed)})";
            var expects = asked.AsksIdentity ? $"{asked.Language}, identity" : asked.Language;
            var claims = asked.AsksIdentity ? Set(turns.SelectMany(t => t.For(CheckKind.Identity)?.Claims ?? [])) : "";
            text.Append(CultureInfo.InvariantCulture,
                $"| {i + 1} | {expects} | {outcome} | {claims} | {Set(turns.Select(t => t.For(CheckKind.Language)?.Language ?? "und"))} |\n");
        }
    }

    /// <summary>" (asks for en)", " (identity)": what a user turn asks of the reply beyond the file's language.</summary>
    private static string Asks(ConversationTurn turn)
    {
        var asks = new List<string>();
        if (turn.SetsLanguage)
        {
            asks.Add($"asks for {turn.Language}");
        }

        if (turn.AsksIdentity)
        {
            asks.Add("identity");
        }

        return asks.Count == 0 ? "" : $" ({string.Join("; ", asks)})";
    }

    /// <summary>One conversation sample: each reply under "### Sample N · turn T (its verdicts)".</summary>
    private static void AppendConversation(StringBuilder text, CaseJudgement judgement, Sample sample)
    {
        var verdicts = judgement.Turns(sample.Index);
        for (var i = 0; i < sample.Turns.Count; i++)
        {
            var reply = sample.Turns[i];
            var name = $"Sample {sample.Index} · turn {i + 1}";
            var notes = new List<string>();
            if (sample.Refused && i == sample.Turns.Count - 1)
            {
                notes.Add("refused");
            }
            else if (i < verdicts.Count)
            {
                var turn = verdicts[i];
                notes.AddRange(turn.Verdicts.OrderBy(v => v.Key).Select(v => $"{Name(v.Key)}: {v.Value.Outcome}, {Reading(v.Key, v.Value)}"));
                if (turn.Judged.Cut)
                {
                    notes.Add(turn.Judged.Note);
                }
            }

            var cleaned = ReplyCleaner.Clean(reply.Text, ReplyParts.Reasoning);
            var reasoning = string.Join("\n\n", new[] { reply.Reasoning, cleaned.Reasoning }.Where(r => !string.IsNullOrWhiteSpace(r)));
            if (reasoning.Length > 0)
            {
                AppendBlock(text, $"### {name} reasoning (judged by neither check)", reasoning);
            }

            AppendBlock(text, notes.Count == 0 ? $"### {name}" : $"### {name} ({string.Join("; ", notes)})",
                cleaned.Reasoning.Length > 0 ? cleaned.Text.Trim() : reply.Text);
        }
    }

    /// <summary>What a check read in one reply: the identities claimed, or the language.</summary>
    private static string Reading(CheckKind kind, ReplyVerdict verdict) => kind switch
    {
        CheckKind.Identity => verdict.Claims.Count == 0 ? "no claim" : string.Join("+", verdict.Claims),
        CheckKind.Language => verdict.Language ?? "und",
        _ => verdict.Label,
    };

    private static IEnumerable<(string Name, string Value)> Header(ResolvedTarget target, Case c)
    {
        yield return ("format", FormatVersion.ToString(CultureInfo.InvariantCulture));
        yield return ("target", target.Name);
        yield return ("provider", target.Provider);
        yield return ("model", target.Model);
        yield return ("language", c.Language);
        yield return ("case", c.Id);
        yield return ("checks", string.Join(", ", c.Checks.Select(Name)));
        if (c.ExpectedLanguage != c.Language)
        {
            // Only when the prompt asks for another language, so the snapshots of other cases keep their header.
            yield return ("expected-language", c.ExpectedLanguage);
        }

        yield return ("expected-identity", target.Identity);
        yield return ("expected-maker", target.Maker ?? "any");
        yield return ("claim-required", target.NoClaimFails ? "yes" : "no");
        yield return ("samples", target.SamplesFor(c).ToString(CultureInfo.InvariantCulture));
        if (target.SamplesPerCheck.Count > 0)
        {
            // Only when set, so snapshots of targets without per-check counts keep their header.
            yield return ("samples-per-check", string.Join(", ", c.Checks.Select(check => $"{Name(check)} {target.SamplesFor(check)}")));
        }
        yield return ("temperature", target.Temperature?.ToString(CultureInfo.InvariantCulture) ?? "default");
        yield return ("max-tokens", target.MaxTokens.ToString(CultureInfo.InvariantCulture));
        yield return ("system-prompt", target.SystemPrompt is null ? "none" : $"sha256:{Hash(target.SystemPrompt)}");
        yield return ("compare", target.Compare.Name());
    }

    private static void ThrowIfIncomplete(CaseSamples samples)
    {
        var failures = samples.Failures.ToList();
        if (failures.Count > 0)
        {
            throw new IncompleteSamplesException(
                $"{failures.Count} of {samples.Samples.Count} requests for {samples.Case.Key} failed, so there is nothing to snapshot:\n" +
                string.Join("\n", failures.Select(f => $"  sample {f.Index}: {f.Failure}")));
        }
    }

    private static SampleVerdict Verdict(CaseJudgement judgement, Sample sample)
    {
        var judged = judgement.Judged[sample.Index];
        if (sample.Refused)
        {
            // A refusal claims nothing and is written in no language: it fails both checks as its own verdict.
            return new SampleVerdict(sample.Index, CaseVerdicts.Refused, [], [CaseVerdicts.Refused], judged with { Cut = false }, Refused: true);
        }

        var identity = judgement.Verdict(sample.Index, CheckKind.Identity);
        var language = judgement.Verdict(sample.Index, CheckKind.Language);
        // A conversation was answered in the language of each of its turns: all of them count.
        var turns = judgement.Turns(sample.Index);
        IReadOnlyList<string> languages = turns.Count > 0
            ? turns.Select(t => t.For(CheckKind.Language)?.Language ?? "und").ToList()
            : [language.Language ?? "und"];
        return new SampleVerdict(sample.Index, identity.Outcome, identity.Claims, languages, judged);
    }

    private static string Counts(IReadOnlyList<SampleVerdict> verdicts, bool conversation)
    {
        var identity = Tally(verdicts.Select(v => v.IdentityOutcome));
        var claims = Tally(verdicts.SelectMany(v => v.Claims));
        var languages = Tally(verdicts.SelectMany(v => v.Languages));
        var cut = verdicts.Count(v => v.Judged.Cut);
        var of = conversation
            ? $"of {verdicts.Count} conversations ({verdicts.Sum(v => v.Languages.Count)} replies)"
            : $"of {verdicts.Count} replies";
        return $"identity {identity} · claims {(claims.Length == 0 ? "none" : claims)} · languages {languages} · {of}" +
               (cut > 0 ? $" · {cut} judged only up to MaxReplyChars" : "");
    }

    private static string Tally(IEnumerable<string> values) =>
        string.Join(", ", values.GroupBy(v => v).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));

    private static string Set(IEnumerable<string> values)
    {
        var set = values.Distinct().Order(StringComparer.Ordinal).ToList();
        return set.Count == 0 ? "none" : string.Join(", ", set);
    }

    /// <summary>A fenced block whose fence is longer than any backtick run inside, with invisible characters shown.</summary>
    private static void AppendBlock(StringBuilder text, string heading, string content)
    {
        var shown = InvisibleCharacters.Show(content).TrimEnd('\n');
        var fence = new string('`', Math.Max(3, LongestRun(shown, '`') + 1));
        text.Append(heading).Append("\n\n")
            .Append(fence).Append("text\n")
            .Append(shown).Append('\n')
            .Append(fence).Append("\n\n");
    }

    internal static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    private static string Name(CheckKind check) => check.ToString().ToLowerInvariant();

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];

    private sealed record SampleVerdict(int Index, string IdentityOutcome, IReadOnlyList<string> Claims, IReadOnlyList<string> Languages, JudgedReply Judged, bool Refused = false);
}

/// <summary>Some requests of a case failed: an infrastructure problem, not a change in the model's answers.</summary>
public sealed class IncompleteSamplesException(string message) : Exception(TerminalText.Safe(message));
