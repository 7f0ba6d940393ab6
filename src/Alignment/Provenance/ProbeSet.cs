using System.Globalization;
using System.Text.RegularExpressions;
using Alignment.Cases;

namespace Alignment.Provenance;

/// <summary>One probe unit: a short text whose cost in tokens differs between tokenizers (a CJK phrase, an emoji run ...).</summary>
public sealed record ProbeUnit(string Id, string Text, int Line);

/// <summary>
/// cases/probes.yaml: the units the provenance probes repeat, the repetition scheme and the tolerances the rows judge by.
/// Data, not code; a bad file fails with its file, line and field like any case file.
/// </summary>
public sealed partial record ProbeSet(
    string Prompt,
    IReadOnlyList<int> Repeats,
    double SlopePrecision,
    double InterceptTolerance,
    double MinRSquared,
    int MaxOutputTokens,
    IReadOnlyList<ProbeUnit> Units,
    string File)
{
    public const string FileName = "probes.yaml";

    /// <summary>The prompts to send, each once: the prompt with k = 0 is shared by every unit.</summary>
    public IReadOnlyList<string> Prompts =>
        Units.SelectMany(u => Repeats.Select(k => PromptFor(u, k))).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>How many calls one run of the fingerprint probes makes.</summary>
    public int Calls => Prompts.Count;

    /// <summary>The one question the `provenance · identity` row asks the target (who it is), or null when the file has none.</summary>
    public string? IdentityPrompt { get; init; }

    /// <summary>The longest reply to the identity prompt: enough for a name and a maker.</summary>
    public int IdentityMaxOutputTokens { get; init; } = 64;

    /// <summary>How many calls the identity probe makes: one, or none without an identity prompt.</summary>
    public int IdentityCalls => IdentityPrompt is null ? 0 : 1;

    /// <summary>The protocol probe's one streaming call (of the fingerprint's k = 0 prompt), on every target.</summary>
    public int ProtocolCalls => 1;

    /// <summary>Every provenance call of one run on a target without identity rows: the fingerprint's, the identity probe's and the protocol probe's.</summary>
    public int AllCalls => Calls + IdentityCalls + ProtocolCalls;

    /// <summary>The prompt followed by k copies of the unit, each after a space (so no copy merges with its neighbour).</summary>
    public string PromptFor(ProbeUnit unit, int k) => Prompt + string.Concat(Enumerable.Repeat(" " + unit.Text, k));

    /// <summary>Reads cases/probes.yaml; null when the checkout has none (no provenance rows then).</summary>
    public static ProbeSet? Load(string casesDirectory)
    {
        var path = Path.Combine(casesDirectory, FileName);
        return System.IO.File.Exists(path) ? Parse(YamlDocument.Load(path)) : null;
    }

    public static ProbeSet Parse(YamlDocument document)
    {
        var root = document.Root;
        root.AllowOnly("prompt", "repeats", "slope-precision", "intercept-tolerance", "min-r-squared", "max-output-tokens", "identity-prompt", "identity-max-output-tokens", "units");
        var prompt = root.RequiredString("prompt");

        var repeats = new List<int>();
        foreach (var text in root.StringList("repeats", required: true))
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var k) || k > 100)
            {
                throw root.Error("repeats", $"'{text}' is not a number of repeats (a whole number from 0 to 100)");
            }

            if (repeats.Contains(k))
            {
                throw root.Error("repeats", $"{k} is listed twice");
            }

            repeats.Add(k);
        }

        if (repeats.Count < 3)
        {
            throw root.Error("repeats", $"needs at least three values (e.g. [0, 1, 2, 3]) to fit a line and say how well it fits; it has {repeats.Count}");
        }

        var precision = Positive(root, "slope-precision", 0.1);
        var tolerance = root.OptionalNumber("intercept-tolerance") ?? 2;
        if (tolerance < 0 || !double.IsFinite(tolerance))
        {
            throw root.Error("intercept-tolerance", $"{tolerance.ToString(CultureInfo.InvariantCulture)} is negative; it is a number of tokens, 0 or more");
        }

        var minR2 = root.OptionalNumber("min-r-squared") ?? 0.98;
        if (minR2 is <= 0 or > 1 || double.IsNaN(minR2))
        {
            throw root.Error("min-r-squared", $"{minR2.ToString(CultureInfo.InvariantCulture)} is not a fit quality between 0 (exclusive) and 1");
        }

        var maxTokens = Positive(root, "max-output-tokens", 16);
        if (maxTokens != Math.Floor(maxTokens))
        {
            throw root.Error("max-output-tokens", $"{maxTokens.ToString(CultureInfo.InvariantCulture)} is not a whole number");
        }

        var identityPrompt = root.OptionalString("identity-prompt");
        if (identityPrompt is not null && identityPrompt.Trim().Length == 0)
        {
            throw root.Error("identity-prompt", "is empty; ask the target who it is (e.g. \"Who are you?\"), or leave the field out");
        }

        var identityMaxTokens = Positive(root, "identity-max-output-tokens", 64);
        if (identityMaxTokens != Math.Floor(identityMaxTokens))
        {
            throw root.Error("identity-max-output-tokens", $"{identityMaxTokens.ToString(CultureInfo.InvariantCulture)} is not a whole number");
        }

        var units = new List<ProbeUnit>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in root.MapList("units", required: true))
        {
            entry.AllowOnly("id", "text");
            var id = entry.RequiredString("id");
            if (!UnitIdPattern().IsMatch(id))
            {
                throw entry.Error("id", $"'{id}' must be lower-case ASCII letters, digits and dashes (it names the unit in the fingerprint)");
            }

            if (seen.TryGetValue(id, out var first))
            {
                throw entry.Error("id", $"'{id}' is already used on line {first}");
            }

            var text = entry.RequiredString("text");
            if (text != text.Trim())
            {
                throw entry.Error("text", "must not begin or end with white space (copies are joined with one space)");
            }

            seen[id] = entry.Line;
            units.Add(new ProbeUnit(id, text, entry.Line));
        }

        if (units.Count == 0)
        {
            throw root.Error("units", "must hold at least one unit");
        }

        return new ProbeSet(prompt, repeats.Order().ToList(), precision, tolerance, minR2, (int)maxTokens, units, document.File)
        {
            IdentityPrompt = identityPrompt?.Trim(),
            IdentityMaxOutputTokens = (int)identityMaxTokens,
        };
    }

    private static double Positive(YamlMap root, string key, double fallback)
    {
        var value = root.OptionalNumber(key) ?? fallback;
        return value > 0 && double.IsFinite(value)
            ? value
            : throw root.Error(key, $"{value.ToString(CultureInfo.InvariantCulture)} must be a number above 0");
    }

    [GeneratedRegex(@"\A[a-z][a-z0-9]*(-[a-z0-9]+)*\z")]
    private static partial Regex UnitIdPattern();
}
