namespace Alignment.Simulator;

/// <summary>How the loopback model behaves. Faults exist so that every check can be shown failing.</summary>
public sealed record SimulatorOptions
{
    /// <summary>aligned, incident, or a faulty persona (see Personas).</summary>
    public string Persona { get; init; } = "aligned";

    /// <summary>The identity family the persona presents as when it behaves.</summary>
    public string Identity { get; init; } = "claude";

    public string? Maker { get; init; }

    /// <summary>0 picks an ephemeral port.</summary>
    public int Port { get; init; }

    /// <summary>Share of identity answers in which the incident persona claims another assistant.</summary>
    public double IncidentShare { get; init; } = 0.5;

    /// <summary>Share of ordinary Chinese prompts that the incident persona answers in English.</summary>
    public double EnglishShare { get; init; } = 0.5;

    /// <summary>Delay before every response.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;

    /// <summary>Share of requests answered 429 with Retry-After.</summary>
    public double RateLimitShare { get; init; }

    /// <summary>Retry-After on a simulated 429; null sends none (a spent quota says no more).</summary>
    public int? RetryAfterSeconds { get; init; } = 0;

    /// <summary>When set, every request fails with this HTTP status (401, 404, 500, 529 ...).</summary>
    public int? FailStatus { get; init; }

    /// <summary>When set, requests must carry this key (x-api-key or Bearer).</summary>
    public string? RequiredApiKey { get; init; }

    /// <summary>A wire fault (see <see cref="SimulatorFault"/>) on the first <see cref="FaultRequests"/> requests.</summary>
    public SimulatorFault Fault { get; init; }

    /// <summary>How many requests get <see cref="Fault"/>; null means every one (a fault that retrying cannot mend).</summary>
    public int? FaultRequests { get; init; }

    /// <summary>What a refusing model says.</summary>
    public string RefusalText { get; init; } = "I'm sorry, but I can't help with that.";

    /// <summary>When set, failures carry this as the provider's message (hostile error text).</summary>
    public string? FailMessage { get; init; }

    /// <summary>When set, every reply is this text instead of the persona's (huge replies, control characters).</summary>
    public string? FixedReply { get; init; }

    /// <summary>How long a batch (either batch API) takes from its creation until it has ended.</summary>
    public TimeSpan BatchDelay { get; init; } = TimeSpan.Zero;

    /// <summary>Share of batch requests that end errored (an invalid_request_error), spread evenly over all batch requests.</summary>
    public double BatchErrorShare { get; init; }

    /// <summary>Share of batch requests that end expired, spread evenly over all batch requests (1: every one, resubmissions too).</summary>
    public double BatchExpireShare { get; init; }

    /// <summary>
    /// The batch (counted from 1 over both batch APIs) this simulator forgets as soon as it has made it: asked about it
    /// later, it answers 404, as a provider that lost it. Null: none is lost.
    /// </summary>
    public int? LostBatch { get; init; }

    /// <summary>Folder of replies/&lt;language&gt;.yaml; defaults to the one shipped beside the simulator.</summary>
    public string? RepliesDirectory { get; init; }

    /// <summary>Folder of cases/ (for identities.yaml); defaults to the checkout's.</summary>
    public string? CasesDirectory { get; init; }
}

/// <summary>
/// How the simulator breaks the wire below the persona, so every way a real endpoint fails can be shown: replies
/// without text, refusals, and bodies that stall, trickle, break off or are not JSON. Content faults apply to plain
/// (non-streaming) responses.
/// </summary>
public enum SimulatorFault
{
    None,

    /// <summary>OpenAI content "", Anthropic one empty text block.</summary>
    EmptyContent,

    /// <summary>OpenAI content null, Anthropic content [].</summary>
    NullContent,

    /// <summary>OpenAI refusal field (content null), Anthropic stop_reason "refusal"; both carry <see cref="SimulatorOptions.RefusalText"/>.</summary>
    Refusal,

    /// <summary>Headers and half the body, then nothing until the client gives up.</summary>
    StalledBody,

    /// <summary>The body at one byte a second.</summary>
    TrickleBody,

    /// <summary>Half the body, then the connection is reset.</summary>
    ResetMidBody,

    /// <summary>Half the body, then a clean end: the JSON breaks off.</summary>
    TruncatedBody,

    /// <summary>A 200 whose body is not JSON.</summary>
    MalformedBody,
}
