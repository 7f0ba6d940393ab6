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

    public int RetryAfterSeconds { get; init; }

    /// <summary>When set, every request fails with this HTTP status (401, 404, 500, 529 ...).</summary>
    public int? FailStatus { get; init; }

    /// <summary>When set, requests must carry this key (x-api-key or Bearer).</summary>
    public string? RequiredApiKey { get; init; }

    /// <summary>Folder of replies/&lt;language&gt;.yaml; defaults to the one shipped beside the simulator.</summary>
    public string? RepliesDirectory { get; init; }

    /// <summary>Folder of cases/ (for identities.yaml); defaults to the checkout's.</summary>
    public string? CasesDirectory { get; init; }
}
