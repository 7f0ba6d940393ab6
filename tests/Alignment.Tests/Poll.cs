using System.Diagnostics;

namespace Alignment.Tests;

/// <summary>
/// Waits for something another task brings about, within a bound: a test whose condition never comes fails, naming what
/// it waited for, instead of holding the run until the test platform's hang timeout ends it.
/// </summary>
public static class Poll
{
    public static readonly TimeSpan Bound = TimeSpan.FromMinutes(1);

    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Bound)
            {
                throw new TimeoutException($"still waiting after {Bound.TotalSeconds:0} s for {what}");
            }

            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
