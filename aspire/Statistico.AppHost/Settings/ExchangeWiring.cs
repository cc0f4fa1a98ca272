using Microsoft.Extensions.Configuration;

namespace Statistico.AppHost.Settings;

/// <summary>
/// Which exchange the Odds Checker and the Trader talk to, and how they hear from it (ADR 1013). By default the
/// Simulator: JSON-RPC by service discovery, and its Exchange Stream API for the checker's prices and the Trader's order
/// updates, its self-signed certificate pinned from the file the Simulator exports at start. With <c>Betfair:AppKey</c>
/// given to the run command, Betfair itself: its hosts and the system's trust, the <c>Betfair</c> section handed over
/// as given, and no demo strategies (they would trade real money). <c>AppHost:Streams=false</c> leaves both on polling.
/// </summary>
public static class ExchangeWiring
{
    /// <summary>The Simulator's stream endpoint's name (an Aspire endpoint, so tests get a free port).</summary>
    public const string StreamEndpointName = "stream";

    /// <summary>Where the stream endpoint listens in a run (the Simulator's HTTP port is 5190).</summary>
    public const int StreamPort = 5191;

    public const string SimulatorAppKey = "simulator-app-key";

    private const string SimulatorBettingUrl = "http://world-simulator/exchange/betting/json-rpc/v1";

    private const string BetfairBettingUrl = "https://api.betfair.com/exchange/betting/json-rpc/v1";

    /// <summary>Whether the run command named a real Betfair app key (then Betfair is the exchange, not the Simulator).</summary>
    public static bool RealBetfair(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration?["Betfair:AppKey"]);

    /// <summary>Whether the checker and the Trader take the exchange's streams (default) or only poll.</summary>
    public static bool Streams(IConfiguration configuration) =>
        configuration?.GetValue("AppHost:Streams", true) ?? true;

    /// <summary>
    /// A file of this run for the Simulator's certificate (public part): a new name per AppHost start, so a client never
    /// pins a certificate left by an earlier run. The Simulator writes it when its stream listens and deletes it on stop.
    /// </summary>
    public static string NewCertificatePath() =>
        Path.Combine(Path.GetTempPath(), $"statistico-simulator-stream-{Guid.NewGuid():N}.pem");

    /// <summary>The Simulator serves its stream on <see cref="StreamPort"/> and exports its certificate to <paramref name="certificatePath"/>.</summary>
    public static IResourceBuilder<ProjectResource> WithExchangeStream(this IResourceBuilder<ProjectResource> simulator, string certificatePath)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        return simulator
            // A TCP endpoint proxied by Aspire like the HTTP ones: the Simulator listens on the target port it is handed.
            .WithEndpoint(port: StreamPort, scheme: "tcp", name: StreamEndpointName, env: "Simulator__Stream__Port")
            .WithEnvironment("Simulator__Stream__CertificateExportPath", certificatePath)
            // A look for changes every 250 ms (100 by default): a quarter of the book reads on a busy two-core machine,
            // still far inside the poll's seconds.
            .WithEnvironment("Simulator__Stream__TickInterval", "00:00:00.250");
    }

    /// <summary>The checker's or the Trader's exchange settings (ADR 1013).</summary>
    public static IResourceBuilder<ProjectResource> WithExchange(
        this IResourceBuilder<ProjectResource> client, IConfiguration configuration, IResourceBuilder<ProjectResource> simulator, string certificatePath)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(simulator);
        if (RealBetfair(configuration))
        {
            // Betfair's stream host and port and the system's trust are the stream client's defaults: nothing to pin.
            return client
                .WithEnvironment("Betfair__BaseUrl", BetfairBettingUrl)
                .WithSettingsSection(configuration, "Betfair");
        }

        var stream = simulator.GetEndpoint(StreamEndpointName);
        return client
            .WithEnvironment("Betfair__BaseUrl", SimulatorBettingUrl)
            // The Simulator's credentials may travel over plain http to this one named host (ADR 0206).
            .WithEnvironment("Betfair__AllowHttpHost", "world-simulator")
            .WithEnvironment("Betfair__AppKey", SimulatorAppKey)
            .WithEnvironment("Betfair__Username", "statistico")
            .WithEnvironment("Betfair__Password", "simulator")
            .WithEnvironment("Betfair__Stream__Host", stream.Property(EndpointProperty.Host))
            .WithEnvironment("Betfair__Stream__Port", stream.Property(EndpointProperty.Port))
            // Pinned: the Simulator's certificate is self-signed. Until the Simulator has written the file a connection
            // attempt fails and is retried (Betfair:Stream:ReconnectDelay); the poll serves meanwhile.
            .WithEnvironment("Betfair__Stream__TrustedCertificatePath", certificatePath);
    }
}
