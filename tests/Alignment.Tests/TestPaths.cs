using Alignment;

namespace Alignment.Tests;

/// <summary>Where the checkout's data lives, and scratch folders that clean up after themselves.</summary>
public static class TestPaths
{
    public static string Root { get; } = RepoPaths.FindRoot(AppContext.BaseDirectory);

    public static string Cases => RepoPaths.Cases(Root);
}

public sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "alignment-tests-" + Guid.NewGuid().ToString("N"));

    public string Write(string relative, string content)
    {
        var file = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
