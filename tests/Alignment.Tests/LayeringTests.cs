using System.Text.RegularExpressions;
using FluentAssertions;

namespace Alignment.Tests;

/// <summary>The library's folders depend on each other in one direction only: no folder reaches back to one that uses it.</summary>
public sealed partial class LayeringTests
{
    [Fact]
    public void The_library_folders_have_no_dependency_cycle()
    {
        var library = Path.Combine(TestPaths.Root, "src", "Alignment");
        var folders = Directory.GetDirectories(library).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).ToHashSet()!;
        var uses = folders.ToDictionary(f => f!, f => Directory.EnumerateFiles(Path.Combine(library, f!), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => Using().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Where(u => u != f && folders.Contains(u))
            .ToHashSet());

        var cycles = uses.Keys.Where(start => Reaches(uses, start, start, [])).Order(StringComparer.Ordinal).ToList();

        cycles.Should().BeEmpty("each of these folders reaches itself through its usings: " +
            string.Join("; ", uses.Where(u => cycles.Contains(u.Key)).Select(u => $"{u.Key} -> {string.Join(", ", u.Value)}")));
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> uses, string from, string target, HashSet<string> seen) =>
        uses[from].Any(next => next == target || (seen.Add(next) && Reaches(uses, next, target, seen)));

    [GeneratedRegex(@"^using Alignment\.(\w+);", RegexOptions.Multiline)]
    private static partial Regex Using();
}
