namespace Statistico.Betfair.Streaming;

/// <summary>
/// Where the Exchange Stream API is (section "Betfair:Stream"); the app key and session come from the JSON-RPC
/// client's settings. Real exchange: <c>stream-api.betfair.com:443</c>, publicly trusted. The Simulator's endpoint has
/// a self-signed certificate: pin it with <see cref="TrustedCertificatePath"/>.
/// </summary>
public sealed class BetfairStreamOptions
{
    public const string SectionName = "Betfair:Stream";

    public string Host { get; set; } = "stream-api.betfair.com";

    public int Port { get; set; } = 443;

    /// <summary>
    /// A PEM certificate the server must present exactly (pinning), for a server whose certificate no public authority
    /// signed (the Simulator exports its own with <c>Simulator:Stream:CertificateExportPath</c>). Unset: the system's trust.
    /// </summary>
    public string? TrustedCertificatePath { get; set; }

    /// <summary>Heartbeat interval asked of the server (500–5000 ms).</summary>
    public int HeartbeatMs { get; set; } = 5000;

    /// <summary>Conflation asked of the server; 0 sends every change as it happens.</summary>
    public int ConflateMs { get; set; }

    /// <summary>Silence after which the connection is presumed dead and replaced (three missed heartbeats by default).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Wait before reconnecting after a connection is lost or refused.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);
}
