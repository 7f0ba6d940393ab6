using System.Diagnostics;
using System.Globalization;

namespace Alignment.Bench;

/// <summary>What the benchmarks read of the machine and their own process.</summary>
internal static class Machine
{
    /// <summary>The 1, 5 and 15 minute load averages: other work on a shared machine slows every number.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>VmHWM: the most resident memory this process has had.</summary>
    public static long PeakResident()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null
            ? Process.GetCurrentProcess().PeakWorkingSet64
            : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}
