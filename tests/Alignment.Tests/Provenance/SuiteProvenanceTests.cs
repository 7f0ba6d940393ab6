using Alignment.Provenance;
using Alignment.Simulator;
using Alignment.Snapshots;
using Alignment.Tests.EndToEnd;
using FluentAssertions;

namespace Alignment.Tests.Provenance;

/// <summary>The suite's provenance rows, run as a user runs them: green on the default target, and failing on a relay behind its name.</summary>
public sealed class SuiteProvenanceTests
{
    private static readonly string[] OnlyProvenance = ["--filter-trait", "Check=provenance"];

    private static readonly ProbeSet Probes = ProbeSet.Load(TestPaths.Cases)!;

    [Fact]
    public void The_default_target_has_an_approved_fingerprint_in_the_checkout()
    {
        var verified = Path.Combine(RepoPaths.Snapshots(TestPaths.Root), "sim-aligned", SnapshotFolder.ProvenanceFolder, FingerprintSnapshot.Case + SnapshotId.VerifiedSuffix);

        var measures = FingerprintSnapshot.Parse(File.ReadAllText(verified));

        measures[FingerprintSnapshot.ModelField].Should().Be("simulator-aligned");
        measures.Keys.Where(k => k.StartsWith(FingerprintSnapshot.SlopePrefix, StringComparison.Ordinal))
            .Should().BeEquivalentTo(Probes.Units.Select(u => FingerprintSnapshot.SlopePrefix + u.Id));
    }

    [Fact]
    public async Task The_default_target_passes_its_four_provenance_rows_against_the_approved_fingerprint()
    {
        var result = await SuiteProcess.RunAsync(new Dictionary<string, string>(), OnlyProvenance);

        result.ExitCode.Should().Be(0, result.Output);
        result.Ran("passed").Should().BeEquivalentTo(
            ["catalog · cases", "target · configured", "provenance · tokenizer", "provenance · system-prompt", "provenance · metadata", "provenance · identity",
             "provenance · protocol"], result.Output);
        result.Summary.Should().Contain("Provenance (5/5 rows passed)", "the run summary counts the provenance rows");
    }

    [Fact]
    public async Task A_relay_behind_the_default_targets_name_fails_every_provenance_row_with_what_to_do()
    {
        // The same target, model name and approved fingerprint; behind it now a relay with another tokenizer, a hidden prompt and another model.
        var relay = new Dictionary<string, string>
        {
            ["ALIGNMENT__TARGETS__sim-aligned__PERSONA"] = "relay-swap",
            ["ALIGNMENT__TARGETS__sim-aligned__MODEL"] = "simulator-aligned",
        };

        var result = await SuiteProcess.RunAsync(relay, OnlyProvenance);

        result.ExitCode.Should().NotBe(0, result.Output);
        result.Ran("failed").Should().BeEquivalentTo(
            ["provenance · tokenizer", "provenance · system-prompt", "provenance · metadata", "provenance · identity", "provenance · protocol"], result.Output);
        result.Block("failed provenance · tokenizer").Should().Contain("anomaly: The endpoint counts tokens with another tokenizer")
            .And.MatchRegex(@"slope zh-phrase: 6\.0 → \d+\.\d tokens").And.Contain("snapshots accept --filter sim-aligned/provenance/fingerprint");
        result.Block("failed provenance · system-prompt").Should().Contain("input tokens more before the user's words").And.Contain("hidden system prompt");
        result.Block("failed provenance · metadata").Should().Contain($"'{SimulatedUsage.RelayModelField}'").And.Contain("configured for 'simulator-aligned'");
        result.Block("failed provenance · identity").Should().Contain("anomaly: Metadata says chatgpt, text says claude in the identity probe")
            .And.Contain($"model field '{SimulatedUsage.RelayModelField}' (chatgpt)")
            .And.Contain("the identity rows did not run (filtered out), so cases/probes.yaml's identity-prompt was asked instead");
        result.Block("failed provenance · protocol").Should().Contain("anomaly: An OpenAI target streamed Anthropic events: first event was `event: message_start");
        result.Summary.Should().Contain("Provenance (0/5 rows passed)").And.Contain("| provenance · identity | failed |").And.Contain("| provenance · protocol | failed |");
        result.Record!.Targets.Single().Provenance.Should().HaveCount(5).And.OnlyContain(r => r.Outcome == Alignment.Reports.RowOutcome.Failed);
    }

    [Fact]
    public async Task With_the_identity_rows_the_identity_row_reads_their_replies_in_every_language_and_names_the_languages_of_a_relay()
    {
        var relay = new Dictionary<string, string>
        {
            ["ALIGNMENT__TARGETS__sim-aligned__PERSONA"] = "relay-swap",
            ["ALIGNMENT__TARGETS__sim-aligned__MODEL"] = "simulator-aligned",
        };

        var result = await SuiteProcess.RunAsync(relay, [.. OnlyProvenance, "--filter-trait", "Check=identity"]);

        result.ExitCode.Should().NotBe(0, result.Output);
        result.RanCases("failed").Should().BeEmpty("the relay answers in the right words; only the wire gives it away");
        var identity = result.Block("failed provenance · identity");
        identity.Should().MatchRegex($@"anomaly: Metadata says chatgpt, text says claude in ar, [a-z-]+, [a-zA-Z-]+, [a-zA-Z-]+, [a-zA-Z-]+ and \d+ more: the model field '{SimulatedUsage.RelayModelField}' \(chatgpt\)")
            .And.MatchRegex(@"read the identity rows' \d+ replies in \d+ language\(s\), no call of its own")
            .And.NotContain("identity-prompt was asked instead");
        result.Record!.Targets.Single().Cases.Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_broken_probes_file_fails_the_catalog_row_even_in_a_run_of_the_provenance_rows_only()
    {
        using var checkout = SuiteProcess.Checkout();
        var probes = Path.Combine(checkout.Path, "cases", ProbeSet.FileName);
        File.WriteAllText(probes, File.ReadAllText(probes).Replace("repeats: [0, 1, 2, 3]", "repeats: [0, 1, three]", StringComparison.Ordinal));

        var result = await SuiteProcess.RunAsync(new Dictionary<string, string> { ["ALIGNMENT_ROOT"] = checkout.Path }, OnlyProvenance);

        result.ExitCode.Should().NotBe(0, result.Output);
        result.Ran("failed").Should().Equal(["catalog · cases"], result.Output);
        result.Block("failed catalog · cases").Should().MatchRegex(@"probes\.yaml:\d+: field 'repeats': 'three' is not a number of repeats");
    }
}
