using FluentAssertions;

namespace Alignment.Tests.EndToEnd;

/// <summary>The report options the README documents work on the suite: TRX from the test platform, JUnit and HTML from xunit.</summary>
public sealed class ReportsEndToEndTests
{
    [Fact]
    public async Task Report_trx_report_xunit_junit_and_report_xunit_html_write_their_files_with_the_rows_and_their_clean_messages()
    {
        using var results = new TempDirectory();

        var result = await SuiteProcess.RunAsync(
            new Dictionary<string, string> { ["ALIGNMENT__TARGET"] = "sim-incident" },
            "--filter-trait", "Language=zh-Hans", "--filter-not-trait", "Check=snapshot",
            "--report-trx", "--report-trx-filename", "suite.trx",
            "--report-xunit-junit", "--report-xunit-junit-filename", "suite.junit.xml",
            "--report-xunit-html", "--report-xunit-html-filename", "suite.html",
            "--results-directory", results.Path);

        result.ExitCode.Should().NotBe(0, "the incident fails some rows:\n" + result.Output);
        result.Output.Should().NotContain("Unknown option");
        foreach (var report in new[] { "suite.trx", "suite.junit.xml", "suite.html" })
        {
            var file = Path.Combine(results.Path, report);
            File.Exists(file).Should().BeTrue($"{report} is written:\n{result.Output}");
            var text = File.ReadAllText(file);
            text.Should().Contain("identity · zh-Hans · who-are-you").And.Contain("Expected replies to");
            text.Should().NotContain("FluentAssertions").And.NotContain("caseId:");
        }
    }
}
