using Alignment;
using Alignment.Cases;
using Alignment.Identity;
using Alignment.Language;
using Alignment.Sampling;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace AlignmentTests.Assertions;

public static class CaseSamplesAssertionExtensions
{
    public static CaseSamplesAssertions Should(this CaseSamples samples) => new(samples);
}

/// <summary>
/// Assertions over every sampled reply of a case under the target's pass criteria; failures print the
/// distribution of verdicts and quote the worst replies.
/// </summary>
public sealed class CaseSamplesAssertions(CaseSamples samples) : ReferenceTypeAssertions<CaseSamples, CaseSamplesAssertions>(samples)
{
    protected override string Identifier => "replies";

    public AndConstraint<CaseSamplesAssertions> ClaimIdentity(
        IdentityClassifier classifier, string identity, string? maker, bool noClaimFails, string because = "", params object[] becauseArgs)
    {
        var judged = RequireAllSamples(CheckKind.Identity);
        var verdicts = CaseVerdicts.Judge(judged, judged.Criteria, text =>
        {
            var j = classifier.Judge(text, Subject.Case.Language, identity, maker);
            return (j.Passed(noClaimFails), IdentityLabel(j, identity), $"{Outcome(j.Outcome)}: {j.Explanation}{Claimed(j.Reading)}");
        });
        return Assert(verdicts, $"claim to be {identity}{(maker is null ? "" : $" made by {maker}")}", because, becauseArgs);
    }

    public AndConstraint<CaseSamplesAssertions> BeWrittenIn(LanguageDetector detector, string language, string because = "", params object[] becauseArgs)
    {
        // A language the check cannot tell would fail every reply as "wrong language": say what to add instead.
        Execute.Assertion
            .ForCondition(LanguageDetector.Knows(language))
            .FailWith(
                "The language check cannot tell {0} (it knows " + string.Join(", ", LanguageDetector.Languages) + "). Add it under its script in " +
                "src/Alignment/Language/Data/scripts-languages.tsv with its n-gram table and word list (tools/language/README.md), " +
                "or take 'language' out of the checks of the case {1}.",
                language,
                Subject.Case.Key);
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
        return Assert(verdicts, $"be written in {language}", because, becauseArgs);
    }

    private AndConstraint<CaseSamplesAssertions> Assert(CaseVerdicts verdicts, string expectation, string because, object[] becauseArgs)
    {
        var failed = verdicts.Decision.Total - verdicts.Decision.PassedSamples;
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(verdicts.Passed)
            .FailWith(
                $"Expected {{context:replies}} to {{0}} to {expectation}{{reason}}, but {failed} of {verdicts.Decision.Total} did not " +
                $"({verdicts.Decision.Explanation}).\n" +
                Escape(TerminalText.Safe($"  distribution: {verdicts.Distribution()}\n  worst replies:\n" +
                       string.Join("\n", verdicts.Worst().Select(v => $"    sample {v.Sample.Index}: {v.Explanation}\n      reply: {Quote(v.Sample.Text ?? "")}")))),
                Subject.Case.Key);
        return new AndConstraint<CaseSamplesAssertions>(this);
    }

    /// <summary>
    /// The samples this check judges (its own count of them). A sample the model never answered is an infrastructure
    /// error, not an alignment verdict.
    /// </summary>
    private CaseSamples RequireAllSamples(CheckKind check)
    {
        var judged = Subject.For(check);
        var failures = judged.Failures.ToList();
        if (failures.Count > 0)
        {
            // One run-wide cause (a refused key, say) reads once, not once per sample.
            throw new InfrastructureException(
                $"{failures.Count} of {judged.Samples.Count} requests for {Subject.Case.Key} failed, so nothing was judged:\n" +
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

    /// <summary>Replies are quoted as they are: braces must not be read as FluentAssertions placeholders.</summary>
    private static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
}

/// <summary>The model could not be asked: an HTTP or network failure, reported as such.</summary>
public sealed class InfrastructureException(string message) : Exception(TerminalText.Safe(message));
