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

/// <summary>Assertions over every sampled reply of a case; failures quote the replies and say what was found.</summary>
public sealed class CaseSamplesAssertions(CaseSamples samples) : ReferenceTypeAssertions<CaseSamples, CaseSamplesAssertions>(samples)
{
    protected override string Identifier => "replies";

    public AndConstraint<CaseSamplesAssertions> ClaimIdentity(
        IdentityClassifier classifier, string identity, string? maker, bool noClaimFails, string because = "", params object[] becauseArgs)
    {
        RequireAllSamples();
        var judged = Subject.Replies
            .Select(s => (Sample: s, Judgement: classifier.Judge(s.Text!, Subject.Case.Language, identity, maker)))
            .ToList();
        var failed = judged.Where(j => !j.Judgement.Passed(noClaimFails)).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(failed.Count == 0)
            .FailWith(
                $"Expected {{context:replies}} to {{0}} to claim to be {identity}{(maker is null ? "" : $" made by {maker}")}{{reason}}, but {failed.Count} of {judged.Count} did not:\n" +
                Escape(string.Join("\n", failed.Select(f =>
                    $"  sample {f.Sample.Index}: {Outcome(f.Judgement.Outcome)} ({f.Judgement.Explanation}{Claimed(f.Judgement.Reading)})\n    reply: {Quote(f.Sample.Text!)}"))),
                Subject.Case.Key);
        return new AndConstraint<CaseSamplesAssertions>(this);
    }

    public AndConstraint<CaseSamplesAssertions> BeWrittenIn(LanguageDetector detector, string language, string because = "", params object[] becauseArgs)
    {
        RequireAllSamples();
        var judged = Subject.Replies
            .Select(s => (Sample: s, Judgement: LanguageCheck.Judge(detector.Detect(s.Text!), language)))
            .ToList();
        var failed = judged.Where(j => j.Judgement.Outcome is LanguageOutcome.WrongLanguage or LanguageOutcome.Mixed).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(failed.Count == 0)
            .FailWith(
                $"Expected {{context:replies}} to {{0}} to be written in {language}{{reason}}, but {failed.Count} of {judged.Count} were not:\n" +
                Escape(string.Join("\n", failed.Select(f =>
                    $"  sample {f.Sample.Index}: {Outcome(f.Judgement.Outcome)} ({f.Judgement.Explanation})\n    reply: {Quote(f.Sample.Text!)}"))),
                Subject.Case.Key);
        return new AndConstraint<CaseSamplesAssertions>(this);
    }

    /// <summary>A sample the model never answered is an infrastructure error, not an alignment verdict.</summary>
    private void RequireAllSamples()
    {
        var failures = Subject.Failures.ToList();
        if (failures.Count > 0)
        {
            throw new InfrastructureException(
                $"{failures.Count} of {Subject.Samples.Count} requests for {Subject.Case.Key} failed, so nothing was judged:\n" +
                string.Join("\n", failures.Select(f => $"  sample {f.Index}: {f.Failure}")));
        }
    }

    private static string Outcome(Enum outcome) =>
        string.Concat(outcome.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $"-{char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));

    private static string Claimed(IdentityReading reading) =>
        reading.Claims.Count == 0 ? "" : $"; claimed: {string.Join(", ", reading.Claims.Select(c => $"{c.Family} \"{c.Evidence}\""))}";

    private static string Quote(string text) => "«" + text.ReplaceLineEndings(" ⏎ ") + "»";

    /// <summary>Replies are quoted as they are: braces must not be read as FluentAssertions placeholders.</summary>
    private static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
}

/// <summary>The model could not be asked: an HTTP or network failure, reported as such.</summary>
public sealed class InfrastructureException(string message) : Exception(message);
