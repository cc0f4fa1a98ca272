namespace Statistico.Simulator.Streaming;

/// <summary>The "Simulator:Stream" section: the Exchange Stream API endpoint (ADR 1000).</summary>
public sealed class StreamServerOptions
{
    public const string SectionName = "Simulator:Stream";

    public bool Enabled { get; set; } = true;

    /// <summary>TCP port; 0 lets the system choose one (logged at start, and what tests use).</summary>
    public int Port { get; set; }

    /// <summary>Address to listen on; any by default (the Simulator runs in containers too).</summary>
    public string BindAddress { get; set; } = "0.0.0.0";

    /// <summary>
    /// A certificate to serve instead of the self-signed one made at start: a PFX, or with <see cref="CertificateKeyPath"/>
    /// a PEM certificate (e.g. a Kubernetes TLS Secret's <c>tls.crt</c>).
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PEM private key of a PEM <see cref="CertificatePath"/> (e.g. the Secret's <c>tls.key</c>); unset for a PFX.</summary>
    public string? CertificateKeyPath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Where to write the served certificate (PEM, public part only) so clients can pin or trust it.</summary>
    public string? CertificateExportPath { get; set; }

    /// <summary>DNS names of the self-signed certificate (besides 127.0.0.1 and ::1).</summary>
    public List<string> HostNames { get; set; } = ["localhost"];

    /// <summary>How often (wall clock) the feed looks for changes in subscribed markets and orders.</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Most markets one market subscription may cover (Betfair's default is 200).</summary>
    public int MaxMarketsPerSubscription { get; set; } = 200;

    public int MaxConnections { get; set; } = 10;

    /// <summary>A connection must send its first request within this time or is closed with TIMEOUT.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Versions of each market kept for resubscription from a clk; older clks get a new image.</summary>
    public int VersionsKept { get; set; } = 512;
}
