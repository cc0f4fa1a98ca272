using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Testing;

namespace Statistico.Betfair.Tests;

/// <summary>
/// A running Simulator (real HTTP pipeline, real Postgres) playing a tiny synthetic league with the clock paused two
/// hours before the first kick-off, and a Betfair client configured against it exactly as production configures it
/// against Betfair (base URL, app key, credentials).
/// </summary>
internal sealed class SimulatedExchange : IAsyncDisposable
{
    public static readonly Dictionary<string, string?> Settings = new()
    {
        ["Simulator:Mode"] = "Synthetic",
        ["Simulator:Seed"] = "5",
        ["Simulator:StartPaused"] = "true",
        ["Simulator:StartTime"] = "2030-08-03T10:30:00Z",
        ["Simulator:Synthetic:Seasons"] = "1",
        ["Simulator:Synthetic:Leagues:0:Teams"] = "4",
        // The figures the contract tests work out by hand are seed 5's world without a past (the past draws first).
        ["Simulator:Synthetic:PastSeasons"] = "0",
        ["Simulator:Exchange:LevelSize"] = "10",
        ["Simulator:Exchange:CounterpartyFlowPerMinute"] = "1",
        ["Simulator:Exchange:FlowDecayPerTick"] = "0.1",
    };

    private readonly ServiceProvider clientServices;

    private SimulatedExchange(IsolatedDatabase database, SimulatorFactory factory, ServiceProvider clientServices)
    {
        Database = database;
        Factory = factory;
        this.clientServices = clientServices;
        Control = factory.CreateClient();
        Client = clientServices.GetRequiredService<IBetfairClient>();
    }

    public IsolatedDatabase Database { get; }

    public SimulatorFactory Factory { get; }

    public HttpClient Control { get; }

    public IBetfairClient Client { get; }

    public static async Task<SimulatedExchange> StartAsync(TestInfrastructure infrastructure, Action<Dictionary<string, string?>>? client = null)
    {
        var database = await infrastructure.CreateDatabaseAsync("betfair");
        var factory = new SimulatorFactory(database.ConnectionString, Settings);
        return new SimulatedExchange(database, factory, ClientServices(factory, client));
    }

    /// <summary>A Betfair client wired to <paramref name="factory"/>'s in-process HTTP server.</summary>
    public static ServiceProvider ClientServices(
        SimulatorFactory factory, Action<Dictionary<string, string?>>? tweak = null, Action<IServiceCollection>? services = null, Action<IHttpClientBuilder>? http = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var settings = new Dictionary<string, string?>
        {
            ["Betfair:BaseUrl"] = "http://localhost/exchange/betting/json-rpc/v1",
            ["Betfair:AppKey"] = "simulator-app-key",
            ["Betfair:Username"] = "statistico",
            ["Betfair:Password"] = "simulator",
            ["Betfair:RetryDelay"] = "00:00:00.010",
        };
        tweak?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        services?.Invoke(collection);
        var client = collection.AddBetfairClient(configuration).ConfigurePrimaryHttpMessageHandler(() => factory.Server.CreateHandler());
        http?.Invoke(client);
        return collection.BuildServiceProvider();
    }

    public async Task AdvanceAsync(TimeSpan by, CancellationToken cancellationToken)
    {
        var response = await Control.PostAsJsonAsync("/control/advance", new { minutes = by.TotalMinutes }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task AdvanceToAsync(DateTimeOffset to, CancellationToken cancellationToken)
    {
        var response = await Control.PostAsJsonAsync("/control/advance", new { to }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task ArmFaultsAsync(int dropNext, int refuseNext, CancellationToken cancellationToken)
    {
        var response = await Control.PostAsJsonAsync("/control/faults", new { dropNext, refuseNext }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await clientServices.DisposeAsync();
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
