namespace Alignment;

/// <summary>Finds the checkout the suite runs in: cases, configuration and snapshots live there, not in bin/.</summary>
public static class RepoPaths
{
    public const string ConfigFileName = "alignment.json";
    public const string RootVariable = "ALIGNMENT_ROOT";

    public static string FindRoot(string? start = null)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(RootVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        foreach (var origin in new[] { start, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = origin is null ? null : new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, ConfigFileName)) && Directory.Exists(Path.Combine(dir.FullName, "cases")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"Cannot find the AlignmentTests checkout (a folder with {ConfigFileName} and cases/) above {Directory.GetCurrentDirectory()}; set {RootVariable}.");
    }

    public static string Cases(string root) => Path.Combine(root, "cases");

    public static string Snapshots(string root) => Path.Combine(root, "snapshots");
}
