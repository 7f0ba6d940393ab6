using Alignment.Configuration;
using Microsoft.Extensions.Configuration;

namespace Alignment.Targets;

/// <summary>What the record/replay cache does, from ALIGNMENT_CACHE.</summary>
public enum CacheMode
{
    /// <summary>Always ask the model (a gate must see today's model) and store what it said.</summary>
    Record,

    /// <summary>Never ask the model: answer from stored responses; a missing one is an error.</summary>
    Replay,

    /// <summary>Neither read nor write.</summary>
    Off,
}

public static class CacheModes
{
    public const string Variable = "ALIGNMENT_CACHE";

    public static CacheMode Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "record" => CacheMode.Record,
        "replay" => CacheMode.Replay,
        "off" => CacheMode.Off,
        _ => throw new TargetConfigurationException($"{Variable} is '{value}'; use record (the default), replay or off."),
    };

    public static CacheMode From(IConfiguration configuration) => Parse(configuration[Variable]);
}
