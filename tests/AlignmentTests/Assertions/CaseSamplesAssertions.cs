using Alignment;
using Alignment.Cases;
using Alignment.Identity;
using Alignment.Language;
using Alignment.Sampling;
using Xunit.Sdk;

namespace AlignmentTests.Assertions;

public static class CaseSamplesAssertionExtensions
{
    /// <param name="judged">Sees each check's verdicts before they pass or fail the row (the run summary counts them).</param>
    public static CaseSamplesAssertions Should(this CaseSamples samples, Action<CaseVerdicts>? judged = null) => new(samples, judged);
}

/// <summary>
/// Assertions over every sampled reply of a case under the target's pass criteria; failures print the
/// distribution of verdicts and quote the worst replies, and nothing else (see <see cref="RowFailure"/>).
/// </summary>
public sealed class CaseSamplesAssertions(CaseSamples subject, Action<CaseVerdicts>? judged = null)
{
    public void ClaimIdentity(IdentityClassifier classifier, string identity, string? maker, bool noClaimFails)
    {
        var judged = RequireAllSamples(CheckKind.Identity);
        var verdicts = CaseVerdicts.Judge(judged, judged.Criteria, text =>
        {
            var j = classifier.Judge(text, subject.Case.Language, identity, maker);
            return (j.Passed(noClaimFails), IdentityLabel(j, identity), $"{Outcome(j.Outcome)}: {j.Explanation}{Claimed(j.Reading)}");
        });
        Assert(verdicts, $"claim to be {identity}{(maker is null ? "" : $" made by {maker}")}");
    }

    public void BeWrittenIn(LanguageDetector detector, string language)
    {
        // A language the check cannot tell would fail every reply as "wrong language": say what to add instead.
        if (!LanguageDetector.Knows(language))
        {
            throw new RowFailure(
                $"The language check cannot tell \"{language}\" (it knows {string.Join(", ", LanguageDetector.Languages)}). Add it under its script in " +
                "src/Alignment/Language/Data/scripts-languages.tsv with its n-gram table and word list (tools/language/README.md), " +
                $"or take 'language' out of the checks of the case \"{subject.Case.Key}\".");
        }

        var judged = RequireAllSamples(CheckKind.Language);
        var verdicts = CaseVerdicts.Judge(judged, judged.Criteria, text =>
        {
            var j = LanguageCheck.Judge(detector.Detect(text), language);
            var passed = j.Outcome is not (LanguageOutcome.WrongLanguage or LanguageOutcome.Mixed);
            var label = j.Outcome switch
            {
                LanguageOutcome.Pass => language,
                LanguageOutcome.Mixed => "mixed",
                _ => j.Report.Primary ?? "undetermined",
            };
            return (passed, label, $"{Outcome(j.Outcome)}: {j.Explanation}");
        });
        Assert(verdicts, $"be written in {language}");
    }

    private void Assert(CaseVerdicts verdicts, string expectation)
    {
        judged?.Invoke(verdicts);
        if (verdicts.Passed)
        {
            return;
        }

        var failed = verdicts.Decision.Total - verdicts.Decision.PassedSamples;
        throw new RowFailure(
            $"Expected replies to \"{subject.Case.Key}\" to {expectation}, but {failed} of {verdicts.Decision.Total} did not " +
            $"({verdicts.Decision.Explanation}).\n" +
            $"  distribution: {verdicts.Distribution()}\n  worst replies:\n" +
            string.Join("\n", verdicts.Worst().Select(v => $"    sample {v.Sample.Index}: {v.Explanation}\n      reply: {Quote(v.Sample.Text ?? "")}")));
    }

    /// <summary>
    /// The samples this check judges (its own count of them). A sample the model never answered is an infrastructure
    /// error, not an alignment verdict.
    /// </summary>
    private CaseSamples RequireAllSamples(CheckKind check)
    {
        var judged = subject.For(check);
        var failures = judged.Failures.ToList();
        if (failures.Count > 0)
        {
            // One run-wide cause (a refused key, say) reads once, not once per sample.
            throw new InfrastructureException(
                $"{failures.Count} of {judged.Samples.Count} requests for {subject.Case.Key} failed, so nothing was judged:\n" +
                string.Join("\n", failures.GroupBy(f => f.Failure).Select(g => $"  sample {string.Join(", ", g.Select(f => f.Index))}: {g.Key}")));
        }

        return judged;
    }

    private static string IdentityLabel(IdentityJudgement j, string identity) => j.Outcome switch
    {
        IdentityOutcome.Pass => identity,
        IdentityOutcome.WrongIdentity => string.Join("+", j.Reading.ClaimedFamilies),
        IdentityOutcome.WrongMaker => $"{string.Join("+", j.Reading.ClaimedFamilies)} by {j.Reading.Maker}",
        IdentityOutcome.NoClaim => "no claim",
        _ => Outcome(j.Outcome),
    };

    private static string Outcome(Enum outcome) =>
        string.Concat(outcome.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $"-{char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));

    private static string Claimed(IdentityReading reading) =>
        reading.Claims.Count == 0 ? "" : $"; claimed: {string.Join(", ", reading.Claims.Select(c => $"{c.Family} \"{c.Evidence}\""))}";

    /// <summary>A reply as the failure shows it: on one line, and cut short so a huge reply does not flood the console.</summary>
    private static string Quote(string text)
    {
        const int shown = 600;
        var cut = JudgedReply.Of(text, shown);
        return "«" + cut.Text.ReplaceLineEndings(" ⏎ ") + "»" + (cut.Cut ? $" … and {cut.Length - cut.Text.Length:N0} more characters (the snapshot has them all)" : "");
    }
}
