using Alignment.Cases;

namespace Alignment.Checks;

/// <summary>
/// Every check's verdict on every reply of one case, computed once; the suite's rows, the snapshot and any report read
/// it. Samples without a reply and refusals get no check verdict (see <see cref="CaseVerdicts"/>).
/// </summary>
public sealed class CaseJudgement
{
    private readonly Dictionary<(int Index, CheckKind Kind), ReplyVerdict> verdicts;

    private CaseJudgement(CaseSamples samples, CheckContext context, Dictionary<int, JudgedReply> judged, Dictionary<(int, CheckKind), ReplyVerdict> verdicts)
    {
        Samples = samples;
        Context = context;
        Judged = judged;
        this.verdicts = verdicts;
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
        foreach (var sample in samples.Samples.Where(s => s.Succeeded))
        {
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

        return new CaseJudgement(samples, context, judged, verdicts);
    }

    /// <summary>One check's verdict on one answered, unrefused sample.</summary>
    public ReplyVerdict Verdict(int index, CheckKind kind) => verdicts[(index, kind)];

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
