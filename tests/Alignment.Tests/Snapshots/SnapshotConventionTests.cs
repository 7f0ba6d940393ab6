using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;

namespace Alignment.Tests.Snapshots;

/// <summary>Committed snapshots are UTF-8 without BOM, LF only, one final newline, under ASCII names.</summary>
public sealed partial class SnapshotConventionTests
{
    private static string Root => TestPaths.Root;

    public static IEnumerable<string> Problems(string relativePath, byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            yield return "starts with a UTF-8 byte order mark";
        }

        if (bytes.Contains((byte)'\r'))
        {
            yield return "contains CR (CRLF line endings)";
        }

        if (bytes.Length == 0 || bytes[^1] != '\n')
        {
            yield return "does not end with a newline";
        }
        else if (bytes.Length > 1 && bytes[^2] == '\n')
        {
            yield return "ends with more than one newline";
        }

        if (!AsciiPath().IsMatch(relativePath.Replace('\\', '/')))
        {
            yield return "path parts are not all [A-Za-z0-9._-]";
        }
    }

    [Fact]
    public void Committed_verified_snapshots_follow_the_conventions()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Snapshots(Root), "*.verified.md", SearchOption.AllDirectories).ToList();

        files.Should().NotBeEmpty("the snapshots of the default target are committed so a fresh clone passes");
        var problems = files
            .SelectMany(f => Problems(Path.GetRelativePath(Root, f), File.ReadAllBytes(f)).Select(p => $"{Path.GetRelativePath(Root, f)}: {p}"))
            .ToList();
        problems.Should().BeEmpty();
    }

    [Fact]
    public void Git_checks_verified_snapshots_out_with_LF()
    {
        File.ReadAllLines(Path.Combine(Root, ".gitattributes")).Should().Contain(l => Regex.IsMatch(l, @"^\*\.verified\.md\s+text\s+eol=lf\s*$"));
    }

    [Theory]
    [InlineData("\uFEFF# ok\n", "byte order mark")]
    [InlineData("# ok\r\n", "contains CR")]
    [InlineData("# ok", "does not end with a newline")]
    [InlineData("# ok\n\n", "more than one newline")]
    [InlineData("", "does not end with a newline")]
    public void The_convention_check_catches_bad_files(string content, string problem) =>
        Problems("snapshots/sim-aligned/en/who-are-you.verified.md", new UTF8Encoding(false).GetBytes(content))
            .Should().ContainSingle(p => p.Contains(problem));

    [Fact]
    public void The_convention_check_catches_non_ascii_names_and_passes_good_files()
    {
        Problems("snapshots/sim-aligned/zh-Hans/你是谁.verified.md", "# ok\n"u8.ToArray()).Should().ContainSingle(p => p.Contains("path parts"));
        Problems("snapshots/sim-aligned/zh-Hans/who-are-you.verified.md", "# ok\n"u8.ToArray()).Should().BeEmpty();
    }

    [GeneratedRegex(@"^snapshots(/[A-Za-z0-9._-]+)+$")]
    private static partial Regex AsciiPath();
}
