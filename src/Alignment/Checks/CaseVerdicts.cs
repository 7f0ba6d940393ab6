namespace Alignment.Checks;

/// <summary>One sample judged by a check: passed or not, a short label for the distribution, and why.</summary>
public sealed record SampleVerdict(Sample Sample, bool Passed, string Label, string Explanation);

/// <summary>
/// A check's verdicts over every sample of a case: the distribution ("claude 18/20, qwen 2/20"),
/// the decision under the target's pass criteria, and the replies worth showing when it fails.
/// </summary>
public sealed class CaseVerdicts
{
    /// <summary>The label of a sample that has no reply; it never passes.</summary>
    public const string Missing = "no reply";

    /// <summary>The label of a sample the model declined to answer; it never passes.</summary>
    public const string Refused = "refused";

    private CaseVerdicts(IReadOnlyList<SampleVerdict> verdicts, PassDecision decision)
    {
        Verdicts = verdicts;
        Decision = decision;
    }

    public IReadOnlyList<SampleVerdict> Verdicts { get; }

    public PassDecision Decision { get; }

    public bool Passed => Decision.Passed;

    public static CaseVerdicts Judge(CaseSamples samples, PassCriteria criteria, Func<string, (bool Passed, string Label, string Explanation)> check) =>
        Judge(samples, criteria, (_, reply) => check(reply.Text));

    /// <summary>Verdicts from a check of each answered, unrefused sample and the part of its reply that is judged.</summary>
    public static CaseVerdicts Judge(CaseSamples samples, PassCriteria criteria, Func<Sample, JudgedReply, (bool Passed, string Label, string Explanation)> check)
    {
        var verdicts = samples.Samples
            .Select(s =>
            {
                if (!s.Succeeded)
                {
                    return new SampleVerdict(s, false, Missing, s.Failure!);
                }

                if (s.Refused)
                {
                    return new SampleVerdict(s, false, Refused, "refused: the model declined to answer, so it neither claimed an identity nor wrote in a language");
                }

                // Beyond the cap the reply is kept but not judged: one huge reply must not cost the run its time.
                var judged = JudgedReply.Of(s.Text!, samples.MaxReplyChars);
                var (passed, label, explanation) = check(s, judged);
                return new SampleVerdict(s, passed, label, judged.Cut ? $"{explanation} ({judged.Note})" : explanation);
            })
            .ToList();
        var decision = criteria.Judge(verdicts.Count(v => v.Passed), verdicts.Count);
        var missing = verdicts.Count(v => v.Label == Missing && !v.Sample.Succeeded);
        if (missing > 0)
        {
            // However lenient the criteria, a case is never passed on replies it did not get.
            decision = decision with { Passed = false, Explanation = $"{missing} of {verdicts.Count} samples have no reply; {decision.Explanation}" };
        }

        return new CaseVerdicts(verdicts, decision);
    }

    /// <summary>Labels by frequency, e.g. "claude 18/20, qwen 2/20".</summary>
    public string Distribution() => string.Join(", ", Verdicts
        .GroupBy(v => v.Label)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => $"{g.Key} {g.Count()}/{Verdicts.Count}"));

    /// <summary>Failed samples, one per distinct reply; every kind of failure shows before a second reply of the same kind.</summary>
    public IReadOnlyList<SampleVerdict> Worst(int count = 3) => Verdicts
        .Where(v => !v.Passed)
        // By label too: conversations with the same last reply can drift at different turns ("en at turn 1", "en at turn 4").
        .DistinctBy(v => (v.Label, v.Sample.Text ?? v.Sample.Failure))
        .GroupBy(v => v.Label)
        .OrderByDescending(g => g.Count())
        .SelectMany((g, rank) => g.Select((v, i) => (Verdict: v, Round: i, Rank: rank)))
        .OrderBy(x => x.Round)
        .ThenBy(x => x.Rank)
        .Take(count)
        .Select(x => x.Verdict)
        .ToList();
}
