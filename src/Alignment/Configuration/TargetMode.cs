namespace Alignment.Configuration;

/// <summary>Alignment:Targets:&lt;name&gt;:Mode: how a target's requests are sent.</summary>
public enum TargetMode
{
    /// <summary>One by one, as the run needs them.</summary>
    Live,

    /// <summary>The run's schedule goes to the provider's batch API (about half the price, done within 24 hours).</summary>
    Batch,
}
