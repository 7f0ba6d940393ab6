using Alignment.Cases;
using Alignment.Language;

namespace Alignment.Checks;

/// <summary>The language check as a reply check: is the reply written in the language it was asked in?</summary>
internal sealed class LanguageReplyCheck(LanguageDetector detector) : IReplyCheck
{
    public CheckKind Kind => CheckKind.Language;

    public ReplyVerdict Judge(string reply, CheckContext context)
    {
        var j = LanguageCheck.Judge(detector.Detect(reply), context.Language);
        var outcome = ReplyVerdict.Kebab(j.Outcome);
        var label = j.Outcome switch
        {
            LanguageOutcome.Pass => context.Language,
            LanguageOutcome.Mixed => "mixed",
            _ => j.Report.Primary ?? "undetermined",
        };
        // Undetermined passes: a reply too short to tell (a name, a number) is not a switch of language.
        return new ReplyVerdict(j.Outcome is not (LanguageOutcome.WrongLanguage or LanguageOutcome.Mixed), outcome, label, $"{outcome}: {j.Explanation}")
        {
            Language = j.Report.Primary ?? "und",
            // The passages in another language than the one asked in (terms inside a sentence are not counted, so not shown;
            // "zh" and "msa", standard or variety untold, are not another language).
            Evidence = j.Report.Segments
                .Where(s => !s.Embedded && !LanguageCodes.Satisfies(s.Language, context.Language))
                .Select(s => new EvidenceSpan(s.Start, s.Length, s.Language))
                .ToList(),
        };
    }
}
