using Microsoft.Extensions.Configuration;

namespace Alignment.Configuration;

/// <summary>
/// Alignment:Target names the targets of a run: one name ("sim-aligned"), or several separated by commas
/// ("sim-aligned,sim-incident", which is what an environment variable can hold: ALIGNMENT__TARGET=sim-aligned,sim-incident),
/// or, in alignment.json, an array (["sim-aligned", "sim-incident"]). Blanks are dropped, a name given twice counts once
/// (target names ignore case, as under Alignment:Targets), and nothing at all means the built-in default, sim-aligned.
/// </summary>
public static class TargetList
{
    public const string Key = "Alignment:Target";

    public const string Default = "sim-aligned";

    /// <summary>The raw setting: the value, or the items of an array when it is one.</summary>
    public static string? Raw(IConfiguration configuration)
    {
        var section = configuration.GetSection(Key);
        return section.Value ?? (section.GetChildren().Any() ? string.Join(",", section.GetChildren().Select(c => c.Value)) : null);
    }

    /// <summary>The names in order, trimmed, without blanks or repeats; the default when none is given.</summary>
    public static IReadOnlyList<string> Parse(string? value)
    {
        var names = (value ?? "")
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return names.Count == 0 ? [Default] : names;
    }

    public static IReadOnlyList<string> Parse(IConfiguration configuration) => Parse(Raw(configuration));

    /// <summary>The names that are not defined under Alignment:Targets.</summary>
    public static IReadOnlyList<string> Unknown(IEnumerable<string> names, IEnumerable<string> defined)
    {
        var known = defined.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return names.Where(n => !known.Contains(n)).ToList();
    }
}
