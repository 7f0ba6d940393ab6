using Alignment.Provenance;
using Alignment.Reports;
using Alignment.Simulator;
using Alignment.Targets;
using Alignment.Tests.Cli;
using Alignment.Tests.EndToEnd;
using Alignment.Tests.Sampling;
using FluentAssertions;
using Microsoft.ML.Tokenizers;

namespace Alignment.Tests.Provenance;

/// <summary>
/// `alignment report compare` of fingerprints: the run record keeps each target's fitted lines, and compare says per unit
/// whether two targets' slopes differ beyond the fits' uncertainty and how far their intercepts lie apart.
/// </summary>
public sealed class FingerprintComparisonTests
{
    private static readonly ProbeSet Probes = ProbeSet.Load(TestPaths.Cases)!;

    private static async Task<TargetRecord> MeasureAsync(string persona, string name)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Persona = persona });
        var target = sim.Target("openai", "aligned");
        using var pipeline = sim.Pipeline(target, CacheMode.Off);
        var fingerprint = Fingerprint.From(Probes, await ProvenanceProbe.RunAsync(pipeline.Client, Probes, TestContext.Current.CancellationToken));
        return new TargetRecord { Name = name, Model = target.Model, Fingerprint = FingerprintRecord.From(fingerprint) };
    }

    private static RunComparison Compare(TargetRecord a, TargetRecord b) => RunComparison.Compare(a, b, a.Name, b.Name);

    [Fact]
    public async Task An_official_target_and_a_relay_under_the_same_name_have_fingerprints_that_differ_unit_by_unit()
    {
        var comparison = Compare(await MeasureAsync("aligned", "official"), await MeasureAsync("relay-swap", "relay"));

        var fingerprints = comparison.Fingerprints!;
        fingerprints.Differ.Should().BeTrue();
        fingerprints.Slopes.Single(s => s.Unit == "zh-phrase").Differs.Should().BeTrue("cl100k_base spends more tokens on Chinese than o200k_base");
        fingerprints.InterceptShift.Should().BePositive("the relay adds its hidden system prompt");
        comparison.ToText().Should().MatchRegex(@"slope zh-phrase\s+\d+  →  \d+   differs")
            .And.MatchRegex(@"intercept\s+[\d.]+  →  [\d.]+   B adds ~\d+ tokens in front of the user's words")
            .And.MatchRegex($@"model field\s+simulator-aligned  →  {SimulatedUsage.RelayModelField}")
            .And.Contain("Fingerprints differ: ").And.Contain("do not count tokens with the same tokenizer");
    }

    [Fact]
    public async Task Two_runs_of_the_same_model_have_matching_fingerprints()
    {
        var comparison = Compare(await MeasureAsync("aligned", "monday"), await MeasureAsync("aligned", "tuesday"));

        comparison.Fingerprints!.Differ.Should().BeFalse();
        comparison.Fingerprints.Slopes.Should().HaveCount(Probes.Units.Count).And.OnlyContain(s => !s.Differs);
        comparison.ToText().Should().Contain("Fingerprints match within the fits' uncertainty").And.NotContain("differs");
    }

    [Fact]
    public async Task A_host_that_injects_a_system_prompt_shows_as_the_intercept_alone_by_the_prompts_own_tokens()
    {
        var comparison = Compare(await MeasureAsync("aligned", "official"), await MeasureAsync("injected-system-prompt", "host"));

        var hidden = TiktokenTokenizer.CreateForEncoding("o200k_base").CountTokens(SimulatedUsage.HiddenSystemPrompt) + SimulatedUsage.TokensPerMessage;
        comparison.Fingerprints!.Slopes.Should().OnlyContain(s => !s.Differs);
        comparison.Fingerprints.InterceptShift.Should().BeApproximately(hidden, 1e-6);
        comparison.ToText().Should().Contain($"B adds ~{hidden} tokens in front of the user's words").And.Contain("Fingerprints differ in the intercept only");
    }

    [Fact]
    public void Slopes_of_noisy_fits_differ_only_beyond_two_standard_errors_of_their_difference()
    {
        static FingerprintRecord Fit(double slope, double error) => new("m", 20, [new UnitFitRecord("u", slope, error, 20, 0, 0.99)]);

        // √(0.5² + 0.5²) ≈ 0.71: a difference of 0.6 is within the noise, 2.0 is beyond 2 × 0.71.
        FingerprintComparison.Of(Fit(2, 0.5), Fit(2.6, 0.5)).Slopes.Single().Differs.Should().BeFalse();
        FingerprintComparison.Of(Fit(2, 0.5), Fit(4, 0.5)).Slopes.Single().Differs.Should().BeTrue();
        // Exact fits: any difference counts.
        FingerprintComparison.Of(Fit(2, 0), Fit(2.1, 0)).Slopes.Single().Differs.Should().BeTrue();
        FingerprintComparison.Of(Fit(2, 0), Fit(2, 0)).Differ.Should().BeFalse();
    }

    [Fact]
    public void The_fit_reports_the_standard_errors_of_its_slope_and_intercept()
    {
        // y = 10, 12, 15, 16 at k = 0..3: slope 2.1, intercept 10.1, residuals −0.1, −0.2, 0.7, −0.4 (sum of squares 0.7, variance 0.35).
        var fit = TokenFit.Of([(0, 10), (1, 12), (2, 15), (3, 16)]);

        fit.Slope.Should().BeApproximately(2.1, 1e-9);
        fit.SlopeError.Should().BeApproximately(Math.Sqrt(0.35 / 5), 1e-9);
        fit.InterceptError.Should().BeApproximately(Math.Sqrt(0.35 * (0.25 + 2.25 / 5)), 1e-9);
        TokenFit.Of([(0, 10), (1, 12), (2, 14)]).SlopeError.Should().Be(0, "an exact line has no scatter");
    }

    [Fact]
    public async Task The_run_record_keeps_the_fingerprint_through_writing_reading_and_merging()
    {
        var target = await MeasureAsync("aligned", "t");
        var record = new RunRecord { Targets = [target] };

        var read = RunRecord.Parse(record.ToJson(), "run.json").Targets.Single().Fingerprint!;
        var merged = RunRecord.Merge([record, new RunRecord { Targets = [target with { Fingerprint = null }] }]).Targets.Single().Fingerprint;

        read.Should().BeEquivalentTo(target.Fingerprint);
        read.Units.Select(u => u.Unit).Should().Equal(Probes.Units.Select(u => u.Id));
        read.Units.Should().OnlyContain(u => u.RSquared == 1 && u.SlopeError == 0);
        read.SystemFingerprints.Should().Equal(SimulatedUsage.SystemFingerprint("aligned"));
        merged.Should().BeEquivalentTo(target.Fingerprint, "a shard without provenance rows does not drop another shard's fingerprint");
    }

    [Fact]
    public async Task The_suite_records_each_targets_fingerprint_and_compare_prints_them_side_by_side()
    {
        using var artifacts = new TempDirectory();
        var environment = new Dictionary<string, string>
        {
            ["ALIGNMENT__TARGET"] = "sim-aligned,sim-relay",
            ["ALIGNMENT__TARGETS__sim-relay__PROVIDER"] = "simulator",
            ["ALIGNMENT__TARGETS__sim-relay__PERSONA"] = "relay-swap",
            ["ALIGNMENT__TARGETS__sim-relay__MODEL"] = "simulator-aligned",
            ["ALIGNMENT__TARGETS__sim-relay__IDENTITY"] = "claude",
            ["ALIGNMENT__TARGETS__sim-relay__MAKER"] = "anthropic",
            ["ALIGNMENT_ARTIFACTS"] = artifacts.Path,
        };

        var result = await SuiteProcess.RunAsync(environment, "--filter-trait", "Check=provenance");
        var compare = await CliProcess.RunAsync("report", "compare", Path.Combine(artifacts.Path, RunRecord.FileName));

        result.Record!.Targets.Should().OnlyContain(t => t.Fingerprint != null && t.Fingerprint.Units.Count == Probes.Units.Count, result.Output);
        compare.ExitCode.Should().Be(0, compare.Error);
        compare.Output.Should().Contain("A: sim-aligned").And.Contain("B: sim-relay")
            .And.MatchRegex(@"slope zh-phrase\s+\d+  →  \d+   differs").And.Contain("B adds ~").And.Contain("Fingerprints differ: ");
    }
}
