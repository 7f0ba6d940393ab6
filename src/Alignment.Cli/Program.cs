using System.CommandLine;
using Alignment.Cases;
using Alignment.Cli.Commands;
using Alignment.Configuration;
using Alignment.Reports;

var root = new RootCommand("AlignmentTests: ask models who they are, in many languages, and judge the replies.")
{
    SimulateCommand.Create(),
    ClassifyCommand.Create(),
    SnapshotsCommand.Create(),
    PlanCommand.Create(),
    BatchCommand.Create(),
    ReportCommand.Create(),
};

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is ArgumentException or DataFileException or TargetConfigurationException or RunRecordException or IOException or InvalidOperationException)
{
    // Mistakes in input or configuration get one line that says what to fix, not a stack trace.
    await Console.Error.WriteLineAsync($"alignment: {Alignment.TerminalText.Safe(e.Message)}");
    return 2;
}
