using System.Diagnostics;
using System.Text;

namespace Alignment.Tests;

/// <summary>What a child process printed and how it ended.</summary>
public sealed record ChildResult(int ExitCode, string Output, string Error);

/// <summary>
/// Runs a child process to its end within a bound. Both streams are read at once (a child that fills one pipe while
/// the test reads the other would wait forever), and a child still running at the bound is killed with its own
/// children and fails the test with what it printed, so no test can hang the run.
/// </summary>
public static class ChildProcess
{
    /// <summary>Long enough for a child `dotnet test` of the whole suite on a slow machine.</summary>
    public static readonly TimeSpan DefaultBound = TimeSpan.FromMinutes(5);

    /// <summary>How long to wait for the pipes to close once the child has exited (a grandchild may hold them).</summary>
    private static readonly TimeSpan DrainBound = TimeSpan.FromSeconds(20);

    public static async Task<ChildResult> RunAsync(ProcessStartInfo start, string? input = null, TimeSpan? bound = null)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.StandardOutputEncoding ??= Encoding.UTF8;
        start.StandardErrorEncoding ??= Encoding.UTF8;
        start.StandardInputEncoding ??= new UTF8Encoding(false);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            if (input is not null)
            {
                await process.StandardInput.WriteAsync(input);
            }

            process.StandardInput.Close(); // a child that reads standard input sees its end, never a test's pipe
        }
        catch (IOException)
        {
            // The child exited without reading its input; what it printed says why.
        }

        var limit = bound ?? DefaultBound;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited just as the bound passed.
            }

            throw new TimeoutException(
                $"`{start.FileName} {string.Join(' ', start.ArgumentList)}` was still running after {limit.TotalSeconds:0} s and was killed; it printed:\n"
                + await Drained(output) + await Drained(error));
        }

        return new ChildResult(process.ExitCode, await Drained(output), await Drained(error));
    }

    /// <summary>What was read from a pipe, waiting a bounded time for its end.</summary>
    private static async Task<string> Drained(Task<string> read)
    {
        try
        {
            return await read.WaitAsync(DrainBound);
        }
        catch (TimeoutException)
        {
            return "(the output pipe was still open after the process ended; a process it started holds it)";
        }
    }
}
