using System.IO.Compression;
using System.Reflection;

namespace Alignment.Language;

/// <summary>Reads the language check's data files, embedded in the library from Language/Data.</summary>
internal static class LanguageData
{
    private static readonly Assembly Assembly = typeof(LanguageData).Assembly;

    /// <summary>Data lines of a tab-separated file, without comments and blank lines, split on tabs.</summary>
    public static IEnumerable<string[]> ReadTable(string name)
    {
        using var reader = Open(name);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }

    public static IEnumerable<string> ReadLines(string name)
    {
        using var reader = Open(name);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    public static bool Exists(string name) => Assembly.GetManifestResourceInfo("Alignment.Language.Data." + name) is not null;

    /// <summary>The names of the data files that start with a prefix ("words.").</summary>
    public static IEnumerable<string> Named(string prefix) => Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("Alignment.Language.Data." + prefix, StringComparison.Ordinal))
        .Select(n => n["Alignment.Language.Data.".Length..]);

    public static byte[] ReadAllBytes(string name)
    {
        using var reader = Open(name);
        using var buffer = new MemoryStream();
        reader.BaseStream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static StreamReader Open(string name)
    {
        var stream = Assembly.GetManifestResourceStream("Alignment.Language.Data." + name)
            ?? throw new InvalidOperationException($"Language data file '{name}' is not embedded in {Assembly.GetName().Name}.");
        return name.EndsWith(".gz", StringComparison.Ordinal)
            ? new StreamReader(new GZipStream(stream, CompressionMode.Decompress), bufferSize: 1 << 16)
            : new StreamReader(stream);
    }
}
