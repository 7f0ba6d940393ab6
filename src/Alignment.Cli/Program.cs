using System.CommandLine;
using Alignment.Cli.Commands;

var root = new RootCommand("AlignmentTests: ask models who they are, in many languages, and judge the replies.")
{
    SimulateCommand.Create(),
    ClassifyCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
