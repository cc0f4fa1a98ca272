using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;
using Statistico.Betfair.Streaming;
using Statistico.Simulator.Streaming;

namespace Statistico.Simulator.Tests.Streaming;

/// <summary>
/// A hosted Simulator with its stream endpoint on a loopback port of the system's choosing, and a Betfair JSON-RPC
/// client plus stream client wired to it (the stream over a real TLS socket, pinned to the Simulator's certificate).
/// </summary>
internal sealed class StreamHost : IAsyncDisposable
{
    private readonly string certificatePath = Path.Combine(Path.GetTempPath(), $"statistico-stream-{Guid.NewGuid():N}.pem");

    private StreamHost(SimulatorFactory factory, HttpClient control)
    {
        Factory = factory;
        Control = control;
        Server = factory.Services.GetRequiredService<StreamServer>();
        File.WriteAllText(certificatePath, Server.Certificate!.ExportCertificatePem());
    }

    public SimulatorFactory Factory { get; }

    public HttpClient Control { get; }

    public StreamServer Server { get; }

    public static StreamHost Start(string database, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Simulator:Seed"] = "7",
            ["Simulator:StartPaused"] = "true",
            ["Simulator:Synthetic:Seasons"] = "1",
            ["Simulator:Synthetic:Leagues:0:Teams"] = "6",
            ["Simulator:Stream:Port"] = "0",
            ["Simulator:Stream:BindAddress"] = "127.0.0.1",
            ["Simulator:Stream:TickInterval"] = "00:00:00.050",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var factory = new SimulatorFactory(database, settings);
        return new StreamHost(factory, factory.CreateClient());
    }

    /// <summary>A JSON-RPC client and a stream client sharing one session, as a service would have them.</summary>
    public ServiceProvider Clients(TimeSpan? idleTimeout = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Betfair:BaseUrl"] = "http://localhost/exchange/betting/json-rpc/v1",
            ["Betfair:AppKey"] = "simulator-app-key",
            ["Betfair:Username"] = "statistico",
            ["Betfair:Password"] = "simulator",
            ["Betfair:Stream:Host"] = "127.0.0.1",
            ["Betfair:Stream:Port"] = Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Betfair:Stream:TrustedCertificatePath"] = certificatePath,
            ["Betfair:Stream:HeartbeatMs"] = "500",
            ["Betfair:Stream:IdleTimeout"] = (idleTimeout ?? TimeSpan.FromSeconds(5)).ToString("c"),
            ["Betfair:Stream:ReconnectDelay"] = "00:00:00.300",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBetfairClient(configuration).ConfigurePrimaryHttpMessageHandler(() => Factory.Server.CreateHandler());
        services.AddBetfairStreamClient(configuration);
        return services.BuildServiceProvider();
    }

    public BetfairStreamOptions StreamOptions => new()
    {
        Host = "127.0.0.1", Port = Server.Port, TrustedCertificatePath = certificatePath,
    };

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await Factory.DisposeAsync();
        File.Delete(certificatePath);
    }
}
