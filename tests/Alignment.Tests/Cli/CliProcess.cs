using System.Diagnostics;
using System.Text;

namespace Alignment.Tests.Cli;

/// <summary>Starts the `alignment` command built beside these tests, as a separate process.</summary>
public static class CliProcess
{
    public static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = TestPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Alignment.Cli.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }
}
