using Alignment.Checks;

namespace Alignment.Configuration;

/// <summary>
/// One model endpoint under Alignment:Targets:&lt;name&gt;. The property names are a public interface:
/// CI scripts set them as ALIGNMENT__TARGETS__&lt;name&gt;__&lt;Property&gt;.
/// </summary>
public sealed class TargetSettings
{
    /// <summary>simulator, anthropic or openai (any OpenAI-compatible endpoint).</summary>
    public string? Provider { get; set; }

    public string? Model { get; set; }

    /// <summary>Base URL; for openai usually ending in /v1. Empty means the provider's public API.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Name of the environment variable (or user-secret) holding the key; never the key itself.</summary>
    public string? ApiKeyVariable { get; set; }

    /// <summary>The identity family the model must claim (an id from cases/identities.yaml).</summary>
    public string? Identity { get; set; }

    /// <summary>The maker the model must name, if it names one.</summary>
    public string? Maker { get; set; }

    /// <summary>Simulator only: which behaviour the loopback model shows.</summary>
    public string? Persona { get; set; }

    /// <summary>Simulator only: openai or anthropic wire format.</summary>
    public string? Wire { get; set; }

    /// <summary>Samples per case; the default for every check kind not listed in SamplesPerCheck.</summary>
    public int? Samples { get; set; }

    /// <summary>
    /// Samples per check kind (identity, language), e.g. SamplesPerCheck:identity = 20. A case is asked as often as its
    /// most demanding check needs; each check judges the first samples up to its own count.
    /// </summary>
    public Dictionary<string, string?>? SamplesPerCheck { get; set; }

    public double? Temperature { get; set; }

    public int? MaxTokens { get; set; }

    public string? SystemPrompt { get; set; }

    /// <summary>Bound on one attempt, from sending the request to the last byte of the body; default 120.</summary>
    public double? TimeoutSeconds { get; set; }

    /// <summary>Bound on the whole run: when it passes, requests not yet answered fail and nothing more is sent. Default none.</summary>
    public double? RunTimeoutSeconds { get; set; }

    /// <summary>The longest Retry-After the run waits for; a longer one fails its sample naming the header. Default 120.</summary>
    public double? MaxRetryAfterSeconds { get; set; }

    /// <summary>Retries the whole run may spend on failures the server did not pace with Retry-After; when spent, the run stops. Default 100.</summary>
    public int? RetryBudget { get; set; }

    /// <summary>Characters of one reply the checks read; the rest is kept in the snapshot but not judged. Default 50000.</summary>
    public int? MaxReplyChars { get; set; }

    public int? MaxConcurrency { get; set; }

    public int? RequestsPerMinute { get; set; }

    public int? TokensPerMinute { get; set; }

    /// <summary>Share of samples that must pass, judged on the Wilson lower bound at Confidence; 1 (default) means every sample.</summary>
    public double? MinPassRate { get; set; }

    /// <summary>Confidence of the Wilson bound used with MinPassRate; default 0.95.</summary>
    public double? Confidence { get; set; }

    /// <summary>Retries of a transient failure (5xx, 529, timeout, broken connection); default 5. A 429 gets four times as many.</summary>
    public int? MaxRetries { get; set; }

    /// <summary>Whether a reply that claims no identity fails the identity check.</summary>
    public bool? NoClaimFails { get; set; }

    /// <summary>Price per million tokens (Price:Input, Price:Output), for `alignment plan`'s cost estimate.</summary>
    public PriceSettings? Price { get; set; }

    /// <summary>Snapshot compare mode: verdicts (default) or text.</summary>
    public string? Compare { get; set; }

    /// <summary>live (default): each request is sent as the run needs it; batch: the run's schedule goes to the provider's batch API.</summary>
    public string? Mode { get; set; }
}

/// <summary>The Alignment section of the configuration.</summary>
public sealed class AlignmentSettings
{
    public const string Section = "Alignment";

    public string? Target { get; set; }

    /// <summary>Minutes a run waits for its targets' batches (Mode = batch); 0 submits and ends. Read by BatchWait, as text, so a bad value is named.</summary>
    public string? BatchWaitMinutes { get; set; }

    public Dictionary<string, TargetSettings> Targets { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Alignment:Targets:&lt;name&gt;:Price: what a million tokens cost, in any one currency.</summary>
public sealed class PriceSettings
{
    public decimal? Input { get; set; }

    public decimal? Output { get; set; }
}
