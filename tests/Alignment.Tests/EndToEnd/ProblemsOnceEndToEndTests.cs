using Alignment.Cases;
using FluentAssertions;

namespace Alignment.Tests.EndToEnd;

/// <summary>
/// A problem of the whole run fails one row that says what happened and what to run, never "Zero tests ran" and never
/// once per case (issue 13, "problems fail once, with their cause").
/// </summary>
public sealed class ProblemsOnceEndToEndTests
{
    private static readonly string[] Japanese = ["--filter-trait", "Language=ja"];
    private static readonly string[] JapaneseChecks = ["--filter-trait", "Language=ja", "--filter-not-trait", "Check=snapshot"];

    [Theory]
    [InlineData("")]
    [InlineData("--filter-trait Language=ja")]
    [InlineData("--filter-not-trait Check=snapshot")]
    [InlineData("--filter-trait Check=snapshot")]
    public async Task A_typo_in_a_case_file_fails_the_catalog_row_with_file_line_and_field(string filter)
    {
        using var checkout = SuiteProcess.Checkout();
        var ja = Path.Combine(checkout.Path, "cases", "ja.yaml");
        File.WriteAllText(ja, File.ReadAllText(ja).Replace("checks: [language]", "checks: [langauge]", StringComparison.Ordinal));

        var result = await SuiteProcess.RunAsync(In(checkout), filter.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        result.ExitCode.Should().NotBe(0, result.Output);
        result.Output.Should().NotContain("Zero tests ran");
        var row = filter.Contains("Check=snapshot") && !filter.Contains("not") ? "snapshots · sim-aligned" : "catalog · cases";
        result.Ran("failed").Should().Equal([row], "a filter that leaves the catalog row out moves the message, never drops it:\n" + result.Output);
        result.Block("failed " + row).Should()
            .MatchRegex(@"ja\.yaml:\d+: field 'cases\[4\]\.checks': 'langauge' is not a check").And.Contain("dotnet test tests/AlignmentTests");
    }

    [Fact]
    public async Task A_bad_configuration_value_fails_the_target_row_naming_key_and_value()
    {
        var result = await SuiteProcess.RunAsync(new Dictionary<string, string> { ["ALIGNMENT__TARGETS__sim-aligned__SAMPLES"] = "three" }, Japanese);

        result.ExitCode.Should().NotBe(0, result.Output);
        result.Ran("failed").Should().Equal(["target · configured"], result.Output);
        result.Block("failed target · configured").Should()
            .Contain("Alignment:Targets:sim-aligned:Samples is 'three', which is not a whole number")
            .And.Contain("env ALIGNMENT__TARGETS__sim-aligned__SAMPLES=3")
            .And.NotContain("is not defined");
    }

    [Fact]
    public async Task An_unknown_snapshot_mode_fails_one_row_and_the_checks_still_run()
    {
        var result = await SuiteProcess.RunAsync(new Dictionary<string, string> { ["ALIGNMENT_SNAPSHOTS"] = "acept" }, Japanese);

        result.ExitCode.Should().NotBe(0, result.Output);
        result.Ran("failed").Should().Equal(["snapshots · sim-aligned"], result.Output);
        result.Block("failed snapshots · sim-aligned").Should()
            .Contain("ALIGNMENT_SNAPSHOTS='acept' is not a snapshot mode").And.Contain("ALIGNMENT_SNAPSHOTS=accept-new dotnet test tests/AlignmentTests");
        result.Ran("passed").Should().Contain("identity · ja · who-are-you");
    }

    [Fact]
    public async Task A_replay_with_an_empty_cache_fails_once_and_says_to_record_first()
    {
        using var checkout = SuiteProcess.Checkout();
        var environment = In(checkout);
        environment["ALIGNMENT_CACHE"] = "replay";

        var result = await SuiteProcess.RunAsync(environment, JapaneseChecks);

        result.ExitCode.Should().NotBe(0, result.Output);
        var failed = result.Ran("failed");
        failed.Should().HaveCount(1, result.Output);
        result.Block("failed " + failed[0]).Should().Contain("ALIGNMENT_CACHE=replay found no recorded response").And.Contain("dotnet test tests/AlignmentTests");
        var japaneseRows = CaseCatalog.Load(TestPaths.Cases).Cases.Where(c => c.Language == "ja").Sum(c => c.Checks.Count);
        result.Ran("skipped").Should().HaveCount(japaneseRows - 1, "the other Japanese rows have nothing recorded either");
        result.Output.Should().Contain($"skipped: see {failed[0]}");
    }

    [Fact]
    public async Task A_target_without_verified_snapshots_fails_one_row_and_still_writes_the_received_files()
    {
        using var checkout = SuiteProcess.Checkout();
        var environment = In(checkout);
        environment["ALIGNMENT_SNAPSHOTS"] = "verify";
        // A developer's machine: on CI the message says nothing is approved there instead of how to review.
        environment["CI"] = "false";
        environment["GITHUB_ACTIONS"] = "false";

        var result = await SuiteProcess.RunAsync(environment, Japanese);

        result.ExitCode.Should().NotBe(0, result.Output);
        result.Ran("failed").Should().Equal(["snapshots · sim-aligned"], result.Output);
        result.Block("failed snapshots · sim-aligned").Should()
            .Contain("There are no verified snapshots for target 'sim-aligned' yet")
            .And.Contain("snapshots review --filter sim-aligned")
            .And.Contain("ALIGNMENT_SNAPSHOTS=accept-new dotnet test tests/AlignmentTests");
        result.Ran("skipped").Should().Contain("snapshot · ja · who-are-you");
        result.Output.Should().Contain("skipped: see snapshots · sim-aligned");
        File.Exists(Path.Combine(checkout.Path, "snapshots", "sim-aligned", "ja", "who-are-you.received.md")).Should().BeTrue("review needs them");
    }

    [Fact]
    public async Task A_case_file_in_a_language_the_check_cannot_tell_fails_its_language_rows_saying_what_to_add()
    {
        // qaa is reserved for local use (ISO 639-2 qaa–qtz): well-formed, and no real language will ever be added as it.
        using var checkout = SuiteProcess.Checkout();
        var english = File.ReadAllText(Path.Combine(checkout.Path, "cases", "en.yaml"));
        checkout.Write(Path.Combine("cases", "qaa.yaml"), System.Text.RegularExpressions.Regex.Replace(
            english, @"^language: \S+", "language: qaa", System.Text.RegularExpressions.RegexOptions.Multiline));

        var result = await SuiteProcess.RunAsync(In(checkout), "--filter-trait", "Language=qaa", "--filter-not-trait", "Check=snapshot");

        result.ExitCode.Should().NotBe(0, result.Output);
        var failed = result.Ran("failed");
        failed.Should().NotBeEmpty(result.Output).And.OnlyContain(r => r.StartsWith("language · qaa · ", StringComparison.Ordinal), result.Output);
        result.Block("failed " + failed[0]).Should()
            .Contain("The language check cannot tell \"qaa\"").And.Contain("src/Alignment/Language/Data/scripts-languages.tsv");
    }


    private static Dictionary<string, string> In(TempDirectory checkout) => new() { ["ALIGNMENT_ROOT"] = checkout.Path };
}
