using System.Diagnostics;
using Alignment.Reports;

namespace Alignment.Tests.EndToEnd;

/// <summary>Runs the user-facing suite as a user does: `dotnet test tests/AlignmentTests -- ...`, in a child process.</summary>
public static class SuiteProcess
{
    public sealed record Result(int ExitCode, string Output)
    {
        /// <summary>The run summary the suite wrote (summary.md in its artifacts folder), or null when it wrote none.</summary>
        public string? Summary { get; init; }

        /// <summary>The run record the suite wrote (run.json in its artifacts folder), or null when it wrote none.</summary>
        public RunRecord? Record { get; init; }

        /// <summary>The HTML report the suite wrote (report.html), or null when it wrote none.</summary>
        public string? Report { get; init; }

        /// <summary>Display names of tests that ran with this outcome, from --output Detailed.</summary>
        public IReadOnlyList<string> Ran(string outcome) => Output
            .Split('\n')
            .Where(l => l.StartsWith(outcome + " ", StringComparison.Ordinal))
            .Select(l => l[(outcome.Length + 1)..].Split('(')[0].Trim())
            .ToList();

        /// <summary>
        /// Like <see cref="Ran"/>, for the rows of cases only ("identity · ja · who-are-you"), without the rows of the whole run
        /// (catalog, target, snapshots), which pass whenever there is nothing wrong with them.
        /// </summary>
        public IReadOnlyList<string> RanCases(string outcome) => Ran(outcome).Where(name => name.Split(" · ").Length == 3).ToList();

        /// <summary>The lines one result printed: its header line (e.g. "failed identity · ja · who-are-you") and what follows up to the next result.</summary>
        public string Block(string header)
        {
            var lines = Output.Split('\n');
            var start = Array.FindIndex(lines, l => l.StartsWith(header + " (", StringComparison.Ordinal));
            if (start < 0)
            {
                return "";
            }

            var end = Array.FindIndex(lines, start + 1, l => l.Length > 0 && !char.IsWhiteSpace(l[0]));
            return string.Join("\n", lines[start..(end < 0 ? lines.Length : end)]);
        }
    }

    /// <summary>
    /// The environment that points the suite at an OpenAI-compatible endpoint as the target "mine" (model
    /// "served-model", identity claude), with no record cache: what a user sets for a real endpoint.
    /// </summary>
    public static Dictionary<string, string> EndpointTarget(string endpoint) => new()
    {
        ["ALIGNMENT__TARGET"] = "mine",
        ["ALIGNMENT__TARGETS__mine__PROVIDER"] = "openai",
        ["ALIGNMENT__TARGETS__mine__ENDPOINT"] = endpoint,
        ["ALIGNMENT__TARGETS__mine__MODEL"] = "served-model",
        ["ALIGNMENT__TARGETS__mine__IDENTITY"] = "claude",
        ["ALIGNMENT_CACHE"] = "off",
    };

    /// <summary>A copy of the checkout's configuration and cases (and, if asked, the simulator's replies), with no snapshots, recorded responses or artifacts.</summary>
    public static TempDirectory Checkout(bool withReplies = false)
    {
        var checkout = new TempDirectory();
        File.Copy(Path.Combine(TestPaths.Root, "alignment.json"), Path.Combine(checkout.Path, "alignment.json"));
        CopyFolder(TestPaths.Cases, Path.Combine(checkout.Path, "cases"));
        if (withReplies)
        {
            CopyFolder(Path.Combine(TestPaths.Root, "src", "Alignment.Simulator", "replies"), Path.Combine(checkout.Path, "src", "Alignment.Simulator", "replies"));
        }

        return checkout;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    /// <summary>The configuration this test assembly was built in, so --no-build finds the suite beside it.</summary>
    private static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = TestPaths.Root };
        foreach (var argument in new[] { "test", "tests/AlignmentTests", "--no-build", "-c", Configuration, "--output", "Detailed", "--no-ansi", "--" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        // A child must not pick up the parent's target choice; each test states its own.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ALIGNMENT", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        // Nor append to this run's GitHub step summary, or overwrite the checkout's artifacts/: its reports go to a scratch folder.
        start.Environment.Remove(RunSummary.StepSummaryVariable);
        using var artifacts = new TempDirectory();
        start.Environment[RunSummary.ArtifactsVariable] = artifacts.Path;
        start.Environment["ALIGNMENT_SNAPSHOTS"] = "check";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var result = await ChildProcess.RunAsync(start);
        var folder = start.Environment[RunSummary.ArtifactsVariable]!;
        string? Read(string name) => File.Exists(Path.Combine(folder, name)) ? File.ReadAllText(Path.Combine(folder, name)) : null;
        return new Result(result.ExitCode, result.Output + result.Error)
        {
            Summary = Read(RunSummary.FileName),
            Record = File.Exists(Path.Combine(folder, RunRecord.FileName)) ? RunRecord.Read(Path.Combine(folder, RunRecord.FileName)) : null,
            Report = Read(HtmlReport.FileName),
        };
    }
}
