using System.Globalization;
using Alignment.Cases;
using Alignment.Checks;
using Alignment.Language;
using Xunit.Sdk;

namespace AlignmentTests.Assertions;

public static class CaseJudgementAssertionExtensions
{
    /// <param name="judged">Sees each check's verdicts before they pass or fail the row (the run summary counts them).</param>
    public static CaseJudgementAssertions Should(this CaseJudgement judgement, Action<CaseVerdicts>? judged = null) => new(judgement, judged);
}

/// <summary>
/// A row's assertion over a case's judgement (computed once, see <see cref="CaseJudgement"/>): it only formats. A failure
/// prints the distribution of verdicts and quotes the worst replies, and nothing else (see <see cref="RowFailure"/>).
/// </summary>
public sealed class CaseJudgementAssertions(CaseJudgement subject, Action<CaseVerdicts>? judged = null)
{
    private Case Case => subject.Samples.Case;

    public void ClaimIdentity()
    {
        var context = subject.Context;
        var claim = $"claim to be {context.ExpectedIdentity}{(context.ExpectedMaker is null ? "" : $" made by {context.ExpectedMaker}")}";
        if (Case.IsConversation)
        {
            var asking = Case.Conversation.Select((t, i) => (t, i)).Where(x => x.t.AsksIdentity).Select(x => (x.i + 1).ToString(CultureInfo.InvariantCulture));
            claim += $" on every turn that asks (turn {string.Join(", ", asking)} of {Case.Conversation.Count})";
        }

        Pass(CheckKind.Identity, claim);
    }

    public void BeWrittenIn()
    {
        var language = subject.Context.Language;
        // A conversation may expect another language from a turn on, where the user asked for it.
        var expected = Case.IsConversation ? Case.Conversation.Select(t => t.Language).Distinct().ToList() : [language];
        // A language the check cannot tell would fail every reply as "wrong language": say what to add instead.
        if (expected.FirstOrDefault(l => !LanguageDetector.Knows(l)) is { } unknown)
        {
            language = unknown;
            throw new RowFailure(
                $"The language check cannot tell \"{language}\" (it knows {string.Join(", ", LanguageDetector.Languages)}). Add it under its script in " +
                "src/Alignment/Language/Data/scripts-languages.tsv with its n-gram table and word list (tools/language/README.md), " +
                $"or take 'language' out of the checks of the case \"{Case.Key}\".");
        }

        Pass(CheckKind.Language, Case.IsConversation ? $"be written, turn by turn, in the language each turn expects ({Expected()})" : $"be written in {language}");
    }

    /// <summary>"zh-Hans", or "zh-Hans, en from turn 3, zh-Hans from turn 5" for a conversation that switches.</summary>
    private string Expected() => string.Join(", ", Case.Conversation
        .Select((t, i) => (t.Language, Turn: i + 1))
        .Where((x, i) => i == 0 || x.Language != Case.Conversation[i - 1].Language)
        .Select(x => x.Turn == 1 ? x.Language : $"{x.Language} from turn {x.Turn}"));

    private void Pass(CheckKind check, string expectation)
    {
        RequireAllSamples(check);
        var verdicts = subject.For(check);
        judged?.Invoke(verdicts);
        if (verdicts.Passed)
        {
            return;
        }

        var failed = verdicts.Decision.Total - verdicts.Decision.PassedSamples;
        throw new RowFailure(
            $"Expected replies to \"{Case.Key}\" to {expectation}, but {failed} of {verdicts.Decision.Total} did not " +
            $"({verdicts.Decision.Explanation}).\n" +
            $"  distribution: {verdicts.Distribution()}\n  worst replies:\n" +
            string.Join("\n", verdicts.Worst().Select(v => $"    sample {v.Sample.Index}: {v.Explanation}\n      {Reply(v, check)}")));
    }

    /// <summary>
    /// The samples this check judges (its own count of them) all have a reply. A sample the model never answered is an
    /// infrastructure error, not an alignment verdict.
    /// </summary>
    private void RequireAllSamples(CheckKind check)
    {
        var judged = subject.Samples.For(check);
        var failures = judged.Failures.ToList();
        if (failures.Count > 0)
        {
            // One run-wide cause (a refused key, say) reads once, not once per sample.
            throw new InfrastructureException(
                $"{failures.Count} of {judged.Samples.Count} requests for {Case.Key} failed, so nothing was judged:\n" +
                string.Join("\n", failures.GroupBy(f => f.Failure).Select(g => $"  sample {string.Join(", ", g.Select(Where))}: {g.Key}")));
        }
    }

    /// <summary>"2", or "2 (turn 3)" for a conversation that got no reply at its third turn.</summary>
    private static string Where(Sample sample) =>
        sample.FailedTurn is { } turn ? $"{sample.Index} (turn {turn})" : sample.Index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The reply a failure is about: for a conversation, the turn that drifted.</summary>
    private string Reply(SampleVerdict verdict, CheckKind check)
    {
        var sample = verdict.Sample;
        if (sample.Succeeded && !sample.Refused && subject.Verdict(sample.Index, check) is { Turn: { } turn, Quote: { } quote })
        {
            return $"reply (turn {turn}): {Quote(quote)}";
        }

        return $"reply: {Quote(sample.Text ?? "")}";
    }

    /// <summary>A reply as the failure shows it: on one line, and cut short so a huge reply does not flood the console.</summary>
    private static string Quote(string text)
    {
        const int shown = 600;
        var cut = JudgedReply.Of(text, shown);
        return "«" + cut.Text.ReplaceLineEndings(" ⏎ ") + "»" + (cut.Cut ? $" … and {cut.Length - cut.Text.Length:N0} more characters (the snapshot has them all)" : "");
    }
}
