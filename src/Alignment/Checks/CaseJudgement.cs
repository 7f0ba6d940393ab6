using Alignment.Cases;

namespace Alignment.Checks;

/// <summary>
/// Every check's verdict on every reply of one case, computed once; the suite's rows, the snapshot and any report read
/// it. Samples without a reply and refusals get no check verdict (see <see cref="CaseVerdicts"/>).
/// </summary>
public sealed class CaseJudgement
{
    private readonly Dictionary<(int Index, CheckKind Kind), ReplyVerdict> verdicts;
    private readonly Dictionary<int, IReadOnlyList<TurnVerdict>> turns;

    private CaseJudgement(CaseSamples samples, CheckContext context, Dictionary<int, JudgedReply> judged,
        Dictionary<(int, CheckKind), ReplyVerdict> verdicts, Dictionary<int, IReadOnlyList<TurnVerdict>> turns)
    {
        Samples = samples;
        Context = context;
        Judged = judged;
        this.verdicts = verdicts;
        this.turns = turns;
    }

    public CaseSamples Samples { get; }

    public CheckContext Context { get; }

    /// <summary>The part of each answered reply the checks read (all of it, or its first MaxReplyChars characters).</summary>
    public IReadOnlyDictionary<int, JudgedReply> Judged { get; }

    /// <summary>Judges every answered, unrefused sample with every check of the set (the snapshot shows them all).</summary>
    public static CaseJudgement Judge(CaseSamples samples, CheckSet checks, CheckContext context)
    {
        var judged = new Dictionary<int, JudgedReply>();
        var verdicts = new Dictionary<(int, CheckKind), ReplyVerdict>();
        var turns = new Dictionary<int, IReadOnlyList<TurnVerdict>>();
        foreach (var sample in samples.Samples.Where(s => s.Succeeded))
        {
            if (samples.Case.IsConversation && !sample.Refused && sample.Turns.Count > 0)
            {
                var conversation = JudgeTurns(samples, sample, checks, context);
                turns[sample.Index] = conversation;
                // The sample's judged reply is its first cut turn, so what reports the cap reports it; else its last turn.
                judged[sample.Index] = conversation.Select(t => t.Judged).FirstOrDefault(j => j.Cut, conversation[^1].Judged);
                foreach (var check in checks.All)
                {
                    verdicts[(sample.Index, check.Kind)] = TurnVerdict.Combine(check.Kind, conversation, samples.Case.Conversation.Count);
                }

                continue;
            }

            // Beyond the cap the reply is kept but not judged: one huge reply must not cost the run its time.
            var reply = JudgedReply.Of(sample.Text!, samples.MaxReplyChars);
            judged[sample.Index] = reply;
            if (sample.Refused)
            {
                continue;
            }

            foreach (var check in checks.All)
            {
                verdicts[(sample.Index, check.Kind)] = check.Judge(reply.Text, context);
            }
        }

        return new CaseJudgement(samples, context, judged, verdicts, turns);
    }

    /// <summary>
    /// Every turn of one conversation sample: the language check against the language the turn expects, the identity
    /// check on the turns that ask for it.
    /// </summary>
    private static List<TurnVerdict> JudgeTurns(CaseSamples samples, Sample sample, CheckSet checks, CheckContext context)
    {
        var asked = samples.Case.Conversation;
        var result = new List<TurnVerdict>();
        for (var i = 0; i < sample.Turns.Count && i < asked.Count; i++)
        {
            var reply = JudgedReply.Of(sample.Turns[i].Text, samples.MaxReplyChars);
            var turnContext = context with { Language = asked[i].Language };
            var turnVerdicts = checks.All
                .Where(check => check.Kind != CheckKind.Identity || asked[i].AsksIdentity)
                .ToDictionary(check => check.Kind, check => check.Judge(reply.Text, turnContext));
            result.Add(new TurnVerdict(i + 1, asked[i], reply, turnVerdicts));
        }

        return result;
    }

    /// <summary>
    /// One check's verdict on one answered, unrefused sample; for a conversation, on the whole of it (its first drift).
    /// </summary>
    public ReplyVerdict Verdict(int index, CheckKind kind) => verdicts[(index, kind)];

    /// <summary>Each turn's verdicts of one answered, unrefused conversation sample; empty for a case of scripted messages.</summary>
    public IReadOnlyList<TurnVerdict> Turns(int index) => turns.GetValueOrDefault(index, []);

    /// <summary>One check's verdicts on the samples its row judges (its own count of them), under the target's criteria.</summary>
    public CaseVerdicts For(CheckKind kind)
    {
        var samples = Samples.For(kind);
        return CaseVerdicts.Judge(samples, samples.Criteria, (sample, reply) =>
        {
            var v = Verdict(sample.Index, kind);
            return (v.Passed, v.Label, v.Explanation);
        });
    }
}
