namespace Statistico.Cli.Status;

/// <summary>What a service's <c>/health</c> said.</summary>
public enum ServiceHealth
{
    /// <summary>200: every dependency it needs answers.</summary>
    Healthy,

    /// <summary>It answered, with anything but 200 (a dependency is missing).</summary>
    Unhealthy,

    /// <summary>No answer: not running, wrong URL, or slower than the timeout.</summary>
    Down,
}
