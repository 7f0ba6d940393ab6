using System.Text.RegularExpressions;
using FluentAssertions;

namespace Alignment.Tests.EndToEnd;

/// <summary>
/// The README's "Adding a language" steps, followed in a copy of the checkout: adding a language is a data change
/// (a case file, the simulator's replies, accepted snapshots) and the suite then runs it and passes.
/// </summary>
public sealed partial class AddingALanguageTests
{
    [Fact]
    public async Task The_readme_steps_add_a_language_whose_rows_run_and_pass()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("## Adding a language", StringComparison.Ordinal)..];
        var example = ExampleCaseFile().Match(section);
        example.Success.Should().BeTrue("the README's steps show a case file");
        var caseFile = string.Join('\n', example.Groups["yaml"].Value.Split('\n').Select(l => l.StartsWith("   ", StringComparison.Ordinal) ? l[3..] : l));
        var tag = Regex.Match(caseFile, @"^language: (\S+)", RegexOptions.Multiline).Groups[1].Value;
        var baseLanguage = tag.Split('-')[0];
        Directory.EnumerateFiles(TestPaths.Cases).Select(Path.GetFileNameWithoutExtension).Should().NotContain(tag, "the example must be a language the catalog does not have yet");

        using var checkout = SuiteProcess.Checkout(withReplies: true);
        var replies = Path.Combine(TestPaths.Root, "src", "Alignment.Simulator", "replies");

        // Step 1: the case file. Step 4: the simulator's replies, here its base language's under the new tag.
        checkout.Write(Path.Combine("cases", tag + ".yaml"), caseFile);
        var baseReplies = File.ReadAllText(Path.Combine(replies, baseLanguage + ".yaml"));
        checkout.Write(Path.Combine("src", "Alignment.Simulator", "replies", tag + ".yaml"),
            Regex.Replace(baseReplies, @"^language: \S+", "language: " + tag, RegexOptions.Multiline));
        var environment = new Dictionary<string, string>
        {
            ["ALIGNMENT_ROOT"] = checkout.Path,
            // Step 5 accepts snapshots, which is a developer's step: never on CI.
            ["CI"] = "false",
            ["GITHUB_ACTIONS"] = "false",
        };

        // Step 5: accept the new language's snapshots; step 6: run the suite.
        var accepted = await SuiteProcess.RunAsync(new Dictionary<string, string>(environment) { ["ALIGNMENT_SNAPSHOTS"] = "accept-new" }, "--filter-trait", "Language=" + tag);
        var run = await SuiteProcess.RunAsync(environment, "--filter-trait", "Language=" + tag);

        accepted.ExitCode.Should().Be(0, accepted.Output);
        run.ExitCode.Should().Be(0, run.Output);
        run.RanCases("passed").Should().Contain([$"identity · {tag} · who-are-you", $"language · {tag} · who-are-you", $"language · {tag} · boiling-point"], run.Output);
        run.Ran("failed").Should().BeEmpty();
        File.Exists(Path.Combine(checkout.Path, "snapshots", "sim-aligned", tag, "who-are-you.verified.md")).Should().BeTrue();
    }


    [GeneratedRegex(@"```yaml\n(?<yaml>.*?)\n\s*```", RegexOptions.Singleline)]
    private static partial Regex ExampleCaseFile();
}
