using System.Globalization;
using Alignment.Cases;
using Alignment.Checks;
using Microsoft.Extensions.Configuration;

namespace Alignment.Configuration;

/// <summary>A target with every default applied and everything it needs present, the key included.</summary>
public sealed record ResolvedTarget(
    string Name,
    string Provider,
    string Model,
    Uri? Endpoint,
    string? ApiKey,
    string Identity,
    string? Maker,
    string Persona,
    string Wire,
    int Samples,
    double? Temperature,
    int MaxTokens,
    string? SystemPrompt,
    TimeSpan Timeout,
    int MaxConcurrency,
    int? RequestsPerMinute,
    int? TokensPerMinute,
    bool NoClaimFails,
    CompareMode Compare)
{
    public const string Simulator = "simulator";
    public const string Anthropic = "anthropic";
    public const string OpenAI = "openai";

    private static readonly Dictionary<string, CheckKind> CheckNames =
        Enum.GetValues<CheckKind>().ToDictionary(CheckName, StringComparer.OrdinalIgnoreCase);

    /// <summary>When a case passes; every sample by default.</summary>
    public PassCriteria Criteria { get; init; } = PassCriteria.EverySample;

    /// <summary>Retries of a transient failure before a sample counts as missing.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>Bound on the whole run; null for none.</summary>
    public TimeSpan? RunTimeout { get; init; }

    /// <summary>The longest Retry-After honoured; a longer one fails its sample.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(DefaultMaxRetryAfterSeconds);

    /// <summary>Retries the whole run may spend before it stops.</summary>
    public int RetryBudget { get; init; } = DefaultRetryBudget;

    /// <summary>Characters of one reply the checks read.</summary>
    public int MaxReplyChars { get; init; } = DefaultMaxReplyChars;

    public const double DefaultMaxRetryAfterSeconds = 120;
    public const int DefaultRetryBudget = 100;
    public const int DefaultMaxReplyChars = 50_000;

    /// <summary>Live (default) or batch: whether the run's schedule goes to the provider's batch API.</summary>
    public TargetMode Mode { get; init; } = TargetMode.Live;

    /// <summary>What a million input and output tokens cost; null when no price table is set.</summary>
    public TokenPrice? Price { get; init; }

    /// <summary>Sample counts of the check kinds set apart from <see cref="Samples"/>.</summary>
    public IReadOnlyDictionary<CheckKind, int> SamplesPerCheck { get; init; } = new Dictionary<CheckKind, int>();

    /// <summary>What a sample run needs of this target.</summary>
    public SamplingSettings Sampling => new(Samples, MaxConcurrency, Criteria, MaxReplyChars, SystemPrompt) { SamplesPerCheck = SamplesPerCheck };

    /// <summary>How many samples a check judges.</summary>
    public int SamplesFor(CheckKind check) => Sampling.SamplesFor(check);

    /// <summary>
    /// What the checks expect of this case's replies on this target. The replies are read in the language the case
    /// expects them in: its own, or the one its prompt asks for.
    /// </summary>
    public CheckContext CheckContext(Case c) => new(c.ExpectedLanguage, Identity, Maker, NoClaimFails) { AsksWhoItIs = c.Tags.Contains("identity") };

    /// <summary>How often a case is asked: enough for its most demanding check, so no sample is asked twice.</summary>
    public int SamplesFor(Case c) => Sampling.SamplesFor(c);

    /// <summary>Never print the key: records print every property.</summary>
    public override string ToString() => $"{Name} ({Provider}, model {Model}{(Endpoint is null ? "" : $", {Endpoint}")})";

    /// <summary>Every number and yes/no of a target must read as one; the message names the key, the value and what to set.</summary>
    private static void CheckValues(IConfigurationSection section, string name)
    {
        foreach (var value in section.GetChildren().Where(v => !string.IsNullOrWhiteSpace(v.Value)))
        {
            var property = typeof(TargetSettings).GetProperty(
                value.Key, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
            var type = property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var text = value.Value!.Trim();
            var (valid, kind, example) = type == typeof(int) ? (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _), "a whole number", "3")
                : type == typeof(double) ? (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _), "a number", "0.5")
                : type == typeof(bool) ? (bool.TryParse(text, out _), "true or false", "true")
                : (true, "", "");
            if (!valid)
            {
                throw new TargetConfigurationException(
                    $"Alignment:Targets:{name}:{property!.Name} is '{text}', which is not {kind}. Set {kind} in alignment.json, " +
                    $"or in the environment: env ALIGNMENT__TARGETS__{name}__{property.Name.ToUpperInvariant()}={example}");
            }
        }
    }

    /// <param name="needsKey">False where nothing will be sent (`alignment plan`): a missing key is then no error.</param>
    public static ResolvedTarget Resolve(IConfiguration configuration, string? name = null, bool needsKey = true)
    {
        var settings = AlignmentConfiguration.Settings(configuration);
        name ??= string.IsNullOrWhiteSpace(settings.Target) ? "sim-aligned" : settings.Target;

        // The binder drops a whole target when one of its values does not convert, which would read as "not defined".
        CheckValues(configuration.GetSection($"{AlignmentSettings.Section}:Targets:{name}"), name);
        if (!settings.Targets.TryGetValue(name, out var target))
        {
            throw new TargetConfigurationException(
                $"Target '{name}' (Alignment:Target) is not defined under Alignment:Targets. Defined: {string.Join(", ", settings.Targets.Keys.Order())}.");
        }

        var prefix = $"Alignment:Targets:{name}";
        var provider = (target.Provider ?? "").Trim().ToLowerInvariant();
        if (provider is not (Simulator or Anthropic or OpenAI))
        {
            throw new TargetConfigurationException($"{prefix}:Provider is '{target.Provider}'; use simulator, anthropic or openai.");
        }

        var identity = string.IsNullOrWhiteSpace(target.Identity)
            ? throw new TargetConfigurationException($"{prefix}:Identity is not set: name the identity family the model must claim (e.g. claude).")
            : target.Identity.Trim();

        Uri? endpoint = null;
        if (!string.IsNullOrWhiteSpace(target.Endpoint) && !Uri.TryCreate(target.Endpoint, UriKind.Absolute, out endpoint))
        {
            throw new TargetConfigurationException($"{prefix}:Endpoint '{target.Endpoint}' is not an absolute URL.");
        }

        var model = target.Model?.Trim();
        if (provider != Simulator && string.IsNullOrEmpty(model))
        {
            throw new TargetConfigurationException($"{prefix}:Model is not set.");
        }

        var keyVariable = target.ApiKeyVariable?.Trim();
        if (string.IsNullOrEmpty(keyVariable) && provider != Simulator && !IsLoopback(endpoint))
        {
            // A public API always needs a key; say which variable we looked for.
            keyVariable = provider == Anthropic ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY";
        }

        string? key = null;
        if (!string.IsNullOrEmpty(keyVariable))
        {
            key = configuration[keyVariable];

            // A replay never calls the model, so re-grading stored answers offline needs no key.
            if (string.IsNullOrWhiteSpace(key) && needsKey && Targets.CacheModes.From(configuration) != Targets.CacheMode.Replay)
            {
                throw new TargetConfigurationException(
                    $"Target '{name}' needs an API key in the environment variable {keyVariable} (or a user-secret of that name), and it is not set. " +
                    $"Set it, e.g. `export {keyVariable}=...`, or `dotnet user-secrets set {keyVariable} ... --id {AlignmentConfiguration.UserSecretsId}`.");
            }
        }

        var wire = (target.Wire ?? OpenAI).Trim().ToLowerInvariant();
        if (wire is not (OpenAI or Anthropic))
        {
            throw new TargetConfigurationException($"{prefix}:Wire is '{target.Wire}'; use openai or anthropic.");
        }

        var compare = (target.Compare ?? "verdicts").Trim().ToLowerInvariant() switch
        {
            "verdicts" => CompareMode.Verdicts,
            "text" => CompareMode.Text,
            _ => throw new TargetConfigurationException($"{prefix}:Compare is '{target.Compare}'; use verdicts or text."),
        };

        var mode = (target.Mode ?? "live").Trim().ToLowerInvariant() switch
        {
            "live" => TargetMode.Live,
            "batch" => TargetMode.Batch,
            _ => throw new TargetConfigurationException(
                $"{prefix}:Mode is '{target.Mode}'; use live (each request sent as the run needs it) or batch (the provider's batch API), " +
                $"e.g. env ALIGNMENT__TARGETS__{name}__MODE=batch"),
        };
        if (mode == TargetMode.Batch && Targets.CacheModes.From(configuration) == Targets.CacheMode.Off)
        {
            throw new TargetConfigurationException(
                $"{prefix}:Mode is batch, but {Targets.CacheModes.Variable} is off: batch results reach the run through the record cache. " +
                $"Unset {Targets.CacheModes.Variable} (record) or set Mode to live.");
        }

        var samples = Positive(target.Samples ?? 1, $"{prefix}:Samples");
        var perCheck = SamplesPerCheckFor(configuration, target, prefix);
        var criteria = PassCriteriaFor(target, prefix, samples);
        foreach (var (check, count) in perCheck)
        {
            RequireEnoughSamples(criteria, count, $"{prefix}:SamplesPerCheck:{CheckName(check)}");
        }

        if (target.MaxRetries is < 0)
        {
            throw new TargetConfigurationException($"{prefix}:MaxRetries is {target.MaxRetries}; it must be 0 or more.");
        }

        return new ResolvedTarget(
            name,
            provider,
            string.IsNullOrEmpty(model) ? $"simulator-{target.Persona ?? "aligned"}" : model,
            endpoint,
            key,
            identity,
            string.IsNullOrWhiteSpace(target.Maker) ? null : target.Maker.Trim(),
            (target.Persona ?? "aligned").Trim().ToLowerInvariant(),
            wire,
            samples,
            target.Temperature,
            Positive(target.MaxTokens ?? 512, $"{prefix}:MaxTokens"),
            string.IsNullOrWhiteSpace(target.SystemPrompt) ? null : target.SystemPrompt,
            AttemptTimeout(target.TimeoutSeconds ?? 120, $"{prefix}:TimeoutSeconds"),
            Positive(target.MaxConcurrency ?? 8, $"{prefix}:MaxConcurrency"),
            target.RequestsPerMinute is null ? null : Positive(target.RequestsPerMinute.Value, $"{prefix}:RequestsPerMinute"),
            target.TokensPerMinute is null ? null : Positive(target.TokensPerMinute.Value, $"{prefix}:TokensPerMinute"),
            target.NoClaimFails ?? false,
            compare)
        {
            Criteria = criteria,
            MaxRetries = target.MaxRetries ?? 5,
            SamplesPerCheck = perCheck,
            RunTimeout = target.RunTimeoutSeconds is { } run ? Seconds(run, $"{prefix}:RunTimeoutSeconds") : null,
            MaxRetryAfter = Seconds(target.MaxRetryAfterSeconds ?? DefaultMaxRetryAfterSeconds, $"{prefix}:MaxRetryAfterSeconds", zeroAllowed: true),
            RetryBudget = target.RetryBudget is < 0
                ? throw new TargetConfigurationException($"{prefix}:RetryBudget is {target.RetryBudget}; it must be 0 or more.")
                : target.RetryBudget ?? DefaultRetryBudget,
            MaxReplyChars = Positive(target.MaxReplyChars ?? DefaultMaxReplyChars, $"{prefix}:MaxReplyChars"),
            Price = PriceFor(target.Price, $"{prefix}:Price"),
            Mode = mode,
        };
    }

    private static TokenPrice? PriceFor(PriceSettings? price, string prefix)
    {
        if (price is null || (price.Input is null && price.Output is null))
        {
            return null;
        }

        if (price.Input is not { } input || price.Output is not { } output)
        {
            throw new TargetConfigurationException($"{prefix} needs both Input and Output (price per million tokens); {prefix}:{(price.Input is null ? "Input" : "Output")} is not set.");
        }

        return input < 0 || output < 0
            ? throw new TargetConfigurationException($"{prefix}:{(input < 0 ? "Input" : "Output")} is {(input < 0 ? input : output)}; a price is 0 or more.")
            : new TokenPrice(input, output);
    }

    private static PassCriteria PassCriteriaFor(TargetSettings target, string prefix, int samples)
    {
        var rate = target.MinPassRate ?? 1.0;
        var confidence = target.Confidence ?? 0.95;
        if (rate is <= 0 or > 1)
        {
            throw new TargetConfigurationException($"{prefix}:MinPassRate is {rate}; use a share above 0 and at most 1 (1 means every sample must pass).");
        }

        if (confidence is <= 0 or >= 1)
        {
            throw new TargetConfigurationException($"{prefix}:Confidence is {confidence}; use a share between 0 and 1, e.g. 0.95.");
        }

        var criteria = new PassCriteria(rate, confidence);
        RequireEnoughSamples(criteria, samples, $"{prefix}:Samples");
        return criteria;
    }

    private static void RequireEnoughSamples(PassCriteria criteria, int samples, string key)
    {
        var needed = criteria.MinimumSamples();
        if (samples < needed)
        {
            // Otherwise even a perfect run would fail every case.
            throw new TargetConfigurationException(
                $"{key} is {samples}, but with MinPassRate {criteria.MinPassRate} at Confidence {criteria.Confidence} even {samples}/{samples} passing cannot pass; " +
                $"take at least {needed} samples or lower MinPassRate.");
        }
    }

    private static Dictionary<CheckKind, int> SamplesPerCheckFor(IConfiguration configuration, TargetSettings target, string prefix)
    {
        var key = $"{prefix}:SamplesPerCheck";
        var kinds = string.Join(" or ", CheckNames.Keys);
        if (!string.IsNullOrWhiteSpace(configuration[key]))
        {
            // A bare number would otherwise be dropped silently by the binder.
            throw new TargetConfigurationException($"{key} is '{configuration[key]}'; give a count per check kind, e.g. {key}:identity = 20 (kinds: {kinds}).");
        }

        var counts = new Dictionary<CheckKind, int>();
        foreach (var (name, value) in target.SamplesPerCheck ?? [])
        {
            var check = CheckNames.TryGetValue(name, out var kind)
                ? kind
                : throw new TargetConfigurationException($"{key}:{name} names no check kind; use {kinds}.");
            counts[check] = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)
                ? Positive(count, $"{key}:{name}")
                : throw new TargetConfigurationException($"{key}:{name} is '{value}'; it must be a whole number of at least 1.");
        }

        return counts;
    }

    private static string CheckName(CheckKind check) => check.ToString().ToLowerInvariant();

    private static int Positive(int value, string key) =>
        value > 0 ? value : throw new TargetConfigurationException($"{key} is {value}; it must be at least 1.");

    /// <summary>The resilience timeout accepts 10 ms to a day; say so here rather than fail deep in the HTTP pipeline.</summary>
    private static TimeSpan AttemptTimeout(double value, string key) =>
        value is >= 0.01 and <= 86_400
            ? TimeSpan.FromSeconds(value)
            : throw new TargetConfigurationException($"{key} is {value.ToString(CultureInfo.InvariantCulture)}; it must be between 0.01 and 86400 seconds.");

    private static TimeSpan Seconds(double value, string key, bool zeroAllowed = false) =>
        value > 0 || (zeroAllowed && value == 0)
            ? TimeSpan.FromSeconds(Math.Min(value, TimeSpan.MaxValue.TotalSeconds / 2))
            : throw new TargetConfigurationException($"{key} is {value.ToString(CultureInfo.InvariantCulture)}; it must be {(zeroAllowed ? "0 or more" : "above 0")} seconds.");

    private static bool IsLoopback(Uri? endpoint) => endpoint is not null && endpoint.IsLoopback;
}

/// <summary>The selected target cannot be used as configured; the message says what to set.</summary>
public sealed class TargetConfigurationException(string message) : Exception(TerminalText.Safe(message));

/// <summary>What a million tokens cost, input and output, in the currency of the price table.</summary>
public sealed record TokenPrice(decimal InputPerMillion, decimal OutputPerMillion);
