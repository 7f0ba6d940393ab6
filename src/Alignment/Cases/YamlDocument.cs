using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Alignment.Cases;

/// <summary>
/// Reads YAML through the representation model so that every error can name its line and field,
/// which a deserializer into POCOs cannot do.
/// </summary>
public sealed class YamlDocument
{
    private YamlDocument(string file, YamlMappingNode root)
    {
        File = file;
        Root = new YamlMap(this, root, "");
    }

    public string File { get; }

    public YamlMap Root { get; }

    public static YamlDocument Load(string path)
    {
        var display = DisplayPath(path);
        string text;
        try
        {
            text = System.IO.File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new DataFileException(display, 0, "", e.Message);
        }

        return Parse(display, text);
    }

    public static YamlDocument Parse(string displayName, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new DepthLimitedParser(new Parser(new StringReader(text)), displayName));
        }
        catch (YamlException e)
        {
            throw new DataFileException(displayName, (int)e.Start.Line, "", $"not valid YAML: {e.InnerException?.Message ?? e.Message}");
        }
        catch (Exception e) when (e is not DataFileException and not OutOfMemoryException)
        {
            // Hostile input must end in an error that names the file, whatever the parser makes of it.
            throw new DataFileException(displayName, 0, "", $"not valid YAML: {e.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new DataFileException(displayName, 1, "", "the file must be a YAML mapping");
        }

        return new YamlDocument(displayName, root);
    }

    /// <summary>Paths relative to the working directory read best in error messages.</summary>
    private static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    internal DataFileException Error(YamlNode node, string field, string problem) =>
        new(File, (int)node.Start.Line, field, problem);
}

/// <summary>
/// Stops a document nested deeper than any data file needs before the representation model, which builds nodes
/// recursively, overflows the stack on it (20,000 levels crash the process; a stack overflow cannot be caught).
/// </summary>
internal sealed class DepthLimitedParser(IParser inner, string file) : IParser
{
    public const int MaxDepth = 64;

    private int depth;

    public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart when ++depth > MaxDepth:
                throw new DataFileException(file, (int)inner.Current.Start.Line, "",
                    $"nested deeper than {MaxDepth} levels; data files need a few, so this one is malformed or hostile");
            case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                depth--;
                break;
        }

        return true;
    }
}

/// <summary>A mapping node with typed, line-aware accessors.</summary>
public sealed class YamlMap(YamlDocument document, YamlMappingNode node, string path)
{
    public YamlDocument Document { get; } = document;

    public int Line => (int)node.Start.Line;

    public string Path { get; } = path;

    public IEnumerable<string> Keys => node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public bool Has(string key) => Find(key) is not null;

    public string RequiredString(string key) =>
        OptionalString(key) ?? throw Document.Error(node, Field(key), "is required");

    public string? OptionalString(string key)
    {
        var value = Find(key);
        return value switch
        {
            null => null,
            YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value) => scalar.Value,
            YamlScalarNode => throw Document.Error(value, Field(key), "must not be empty"),
            _ => throw Document.Error(value, Field(key), "must be a single value"),
        };
    }

    public double? OptionalNumber(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Document.Error(Find(key)!, Field(key), $"'{text}' is not a number");
    }

    public IReadOnlyList<string> StringList(string key, bool required = false)
    {
        var value = Find(key);
        if (value is null)
        {
            return required ? throw Document.Error(node, Field(key), "is required") : [];
        }

        if (value is YamlScalarNode single && !string.IsNullOrWhiteSpace(single.Value))
        {
            return [single.Value];
        }

        if (value is not YamlSequenceNode sequence)
        {
            throw Document.Error(value, Field(key), "must be a list of values");
        }

        var items = new List<string>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (sequence.Children[i] is not YamlScalarNode item || string.IsNullOrWhiteSpace(item.Value))
            {
                throw Document.Error(sequence.Children[i], $"{Field(key)}[{i}]", "must be a non-empty value");
            }

            items.Add(item.Value);
        }

        if (required && items.Count == 0)
        {
            throw Document.Error(value, Field(key), "must not be empty");
        }

        return items;
    }

    public YamlMap? OptionalMap(string key)
    {
        var value = Find(key);
        return value switch
        {
            null => null,
            YamlMappingNode map => new YamlMap(Document, map, Field(key)),
            _ => throw Document.Error(value, Field(key), "must be a mapping"),
        };
    }

    public IReadOnlyList<YamlMap> MapList(string key, bool required = false)
    {
        var value = Find(key);
        if (value is null)
        {
            return required ? throw Document.Error(node, Field(key), "is required") : [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            throw Document.Error(value, Field(key), "must be a list");
        }

        var maps = new List<YamlMap>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            maps.Add(sequence.Children[i] is YamlMappingNode map
                ? new YamlMap(Document, map, $"{Field(key)}[{i}]")
                : throw Document.Error(sequence.Children[i], $"{Field(key)}[{i}]", "must be a mapping"));
        }

        return maps;
    }

    /// <summary>Rejects misspelt keys, which would otherwise be silently ignored.</summary>
    public void AllowOnly(params string[] keys)
    {
        foreach (var (key, _) in node.Children)
        {
            if (key is YamlScalarNode scalar && !keys.Contains(scalar.Value, StringComparer.Ordinal))
            {
                throw Document.Error(key, Field(scalar.Value ?? ""), $"is not a known field (known: {string.Join(", ", keys)})");
            }
        }
    }

    public DataFileException ErrorHere(string field, string problem) => Document.Error(node, field, problem);

    public DataFileException Error(string key, string problem) =>
        Document.Error(Find(key) ?? node, Field(key), problem);

    private YamlNode? Find(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private string Field(string key) => Path.Length == 0 ? key : $"{Path}.{key}";
}
