using FluentAssertions;

namespace Alignment.Tests;

/// <summary>What a reader of the checkout sees: no half-resolved merge in any document, source or data file.</summary>
public sealed class CheckoutTests
{
    private static readonly string[] Kinds = ["*.md", "*.cs", "*.yaml", "*.yml", "*.json", "*.csproj", "*.props"];

    [Fact]
    public void No_file_holds_a_merge_conflict_marker()
    {
        var marked = Kinds
            .SelectMany(kind => Directory.EnumerateFiles(TestPaths.Root, kind, SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !path.Contains("node_modules") && !path.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}"))
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (path, line, i)))
            .Where(x => x.line.StartsWith("<<<<<<< ", StringComparison.Ordinal) || x.line.StartsWith(">>>>>>> ", StringComparison.Ordinal))
            .Select(x => $"{Path.GetRelativePath(TestPaths.Root, x.path)}:{x.i + 1}")
            .ToList();

        marked.Should().BeEmpty("a merge left its conflict markers in these lines");
    }
}
