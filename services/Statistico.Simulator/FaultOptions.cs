namespace Statistico.Simulator;

/// <summary>Faults injected into the exchange and data APIs (all off by default).</summary>
public sealed class FaultOptions
{
    /// <summary>Added to every request.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Share of requests refused (JSON-RPC SERVICE_BUSY / HTTP 503) before they are processed.</summary>
    public double ErrorRate { get; set; }

    /// <summary>Share of requests processed but whose response is dropped (connection aborted).</summary>
    public double DropRate { get; set; }
}
