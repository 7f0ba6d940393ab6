using System.CommandLine;
using Alignment.Reports;

namespace Alignment.Cli.Commands;

/// <summary>alignment report merge|compare: the run records (run.json) of several shards made one, or two targets side by side.</summary>
public static class ReportCommand
{
    public static Command Create() => new("report", "Merge the run records (run.json) of a sharded run, or compare two targets.")
    {
        Merge(),
        Compare(),
    };

    private static Command Merge()
    {
        var files = new Argument<string[]>("run.json") { Description = "The shards' run records.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Folder for the merged run.json, summary.md, report.html and history.jsonl.", DefaultValueFactory = _ => "artifacts" };
        var command = new Command("merge", "Make one run record, summary.md and report.html from the shards' run.json files; the summary goes to $GITHUB_STEP_SUMMARY too when it is set.")
        {
            files,
            output,
        };
        command.SetAction(parse =>
        {
            var records = parse.GetValue(files)!.Select(RunRecord.Read).ToList();
            var merged = RunRecord.Merge(records);
            var written = RunArtifacts.Write(merged, Path.GetFullPath(parse.GetValue(output)!), Environment.GetEnvironmentVariable(RunSummary.StepSummaryVariable));
            Console.Out.Write(TerminalText.Safe(RunSummary.ToMarkdown(merged)));
            Console.Out.WriteLine($"\nMerged {records.Count} run record(s): {written.Record}, {written.Summary}, {written.Report}");
            return 0;
        });
        return command;
    }

    private static Command Compare()
    {
        var sides = new Argument<string[]>("A B")
        {
            Description = "Two run records (each of one target), or FILE#TARGET for a target of a record; one record of exactly two targets compares them.",
            Arity = new ArgumentArity(1, 2),
        };
        var command = new Command("compare", "Where two targets' verdicts, claimed identities or reply languages differ, case by case, with a significance mark from the sample counts.")
        {
            sides,
        };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(sides)!;
            var (a, b) = given.Length == 1 ? Both(given[0]) : (Side(given[0]), Side(given[1]));
            Console.Out.Write(RunComparison.Compare(a.Target, b.Target, a.Name, b.Name).ToText());
            return 0;
        });
        return command;
    }

    /// <summary>FILE (a record of one target) or FILE#TARGET.</summary>
    private static (TargetRecord Target, string Name) Side(string side)
    {
        var hash = side.LastIndexOf('#');
        var (file, name) = hash > 0 && !File.Exists(side) ? (side[..hash], side[(hash + 1)..]) : (side, null);
        var record = RunRecord.Read(file);
        var target = name is null
            ? record.Targets.Count == 1 ? record.Targets[0] : throw new RunRecordException(
                $"{file}: field 'targets': it holds {record.Targets.Count} targets ({Names(record)}); name one as {file}#<target>")
            : record.Targets.FirstOrDefault(t => t.Name == name) ?? throw new RunRecordException(
                $"{file}: field 'targets': no target '{name}' (it holds {Names(record)})");
        return (target, Describe(target, file));
    }

    private static ((TargetRecord Target, string Name) A, (TargetRecord Target, string Name) B) Both(string file)
    {
        var record = RunRecord.Read(file);
        if (record.Targets.Count != 2)
        {
            throw new RunRecordException(
                $"{file}: field 'targets': it holds {record.Targets.Count} target(s) ({Names(record)}); compare needs two: give A and B (FILE or FILE#TARGET)");
        }

        return ((record.Targets[0], Describe(record.Targets[0], file)), (record.Targets[1], Describe(record.Targets[1], file)));
    }

    private static string Describe(TargetRecord target, string file) => $"{target.Name} (model {target.Model ?? "unknown"}) from {file}";

    private static string Names(RunRecord record) => record.Targets.Count == 0 ? "none" : string.Join(", ", record.Targets.Select(t => t.Name));
}
