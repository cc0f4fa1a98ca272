using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;

namespace Statistico.Simulator.Tests.Balance;

/// <summary>The Simulator on one database, with a Betfair client and the control API, that can be stopped and started again.</summary>
internal sealed class RestartableExchange(string connectionString, IReadOnlyDictionary<string, string?> settings) : IAsyncDisposable
{
    private SimulatorFactory? factory;
    private ServiceProvider? clientServices;
    private HttpClient? control;

    public IBetfairClient Client => clientServices?.GetRequiredService<IBetfairClient>() ?? throw new InvalidOperationException("not started");

    public HttpClient Control => control ?? throw new InvalidOperationException("not started");

    public int Restarts { get; private set; }

    public void Start()
    {
        factory = new SimulatorFactory(connectionString, settings);
        control = factory.CreateClient(); // starts the host: the world is loaded from the database before this returns
        clientServices = SimulatorHost.BetfairClient(factory);
    }

    /// <summary>Stops the Simulator (and the client's session with it) and starts a new one on the same database.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        Start();
        Restarts++;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task StopAsync()
    {
        control?.Dispose();
        if (clientServices is not null)
        {
            await clientServices.DisposeAsync();
        }

        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        (control, clientServices, factory) = (null, null, null);
    }
}
