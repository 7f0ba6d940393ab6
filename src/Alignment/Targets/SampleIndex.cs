using Microsoft.Extensions.AI;

namespace Alignment.Targets;

/// <summary>
/// Which sample of a case a request is: part of the cache key (sample 3 is its own answer), never sent to the model.
/// </summary>
internal static class SampleIndex
{
    public const string Property = "alignment.sample";

    public static ChatOptions With(ChatOptions options, int index)
    {
        options.AdditionalProperties ??= [];
        options.AdditionalProperties[Property] = index;
        return options;
    }

    /// <summary>The index (0 when unset) and options fit to send: the index removed.</summary>
    public static (int Index, ChatOptions? Options) Take(ChatOptions? options)
    {
        if (options?.AdditionalProperties is not { } extra || !extra.TryGetValue(Property, out var value))
        {
            return (0, options);
        }

        var forwarded = options.Clone();
        var rest = extra.Where(kv => kv.Key != Property).ToList();
        forwarded.AdditionalProperties = rest.Count == 0 ? null : new AdditionalPropertiesDictionary(rest);

        return (Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture), forwarded);
    }
}
