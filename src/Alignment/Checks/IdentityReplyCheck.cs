using Alignment.Cases;
using Alignment.Identity;

namespace Alignment.Checks;

/// <summary>The identity check as a reply check: does the reply claim the target's identity and maker?</summary>
internal sealed class IdentityReplyCheck(IdentityClassifier classifier) : IReplyCheck
{
    public CheckKind Kind => CheckKind.Identity;

    public ReplyVerdict Judge(string reply, CheckContext context)
    {
        var j = classifier.Judge(reply, context.Language, context.ExpectedIdentity, context.ExpectedMaker, context.AsksWhoItIs);
        var outcome = ReplyVerdict.Kebab(j.Outcome);
        var label = j.Outcome switch
        {
            IdentityOutcome.Pass => context.ExpectedIdentity,
            IdentityOutcome.WrongIdentity => string.Join("+", j.Reading.ClaimedFamilies),
            IdentityOutcome.WrongMaker => $"{string.Join("+", j.Reading.ClaimedFamilies)} by {j.Reading.Maker}",
            IdentityOutcome.NoClaim => "no claim",
            _ => outcome,
        };
        var claimed = j.Reading.Claims.Count == 0 ? "" : $"; claimed: {string.Join(", ", j.Reading.Claims.Select(c => $"{c.Family} \"{c.Evidence}\""))}";
        return new ReplyVerdict(j.Passed(context.NoClaimFails), outcome, label, $"{outcome}: {j.Explanation}{claimed}")
        {
            Claims = j.Reading.ClaimedFamilies,
            Evidence = j.Reading.Claims.Select(c => new EvidenceSpan(c.Start, c.Length, c.Family)).ToList(),
        };
    }
}
