using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Statistico.OddsWarehouse.Queries;
using Statistico.Testing;

namespace Statistico.OddsWarehouse.Tests.Support;

/// <summary>One warehouse per test on its own database and virtual host; publishes through the service's own bus.</summary>
public abstract class WarehouseTestBase(TestInfrastructure infrastructure) : IAsyncLifetime
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private IsolatedDatabase? database;
    private IsolatedVirtualHost? virtualHost;
    private WarehouseFactory? factory;
    private HttpClient? client;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected TestInfrastructure Infrastructure => infrastructure;

    protected string Database => database!.ConnectionString;

    protected IsolatedVirtualHost VirtualHost => virtualHost!;

    protected HttpClient Client => client!;

    internal WarehouseFactory Factory => factory!;

    public async ValueTask InitializeAsync()
    {
        database = await infrastructure.CreateDatabaseAsync("warehouse");
        virtualHost = await infrastructure.CreateVirtualHostAsync("warehouse");
        factory = CreateFactory();
        client = factory.CreateClient();
        await factory.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, Patience);
        // The counts the tests read then find their tables, and a missing one fails rather than reading as 0.
        await Eventually.UntilAsync(() => WarehouseDatabase.MigratedAsync(Database, Ct), Patience, "the warehouse's migrations", Ct);
    }

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        await DisposeInfrastructureAsync();
        GC.SuppressFinalize(this);
    }

    internal virtual WarehouseFactory CreateFactory() => new(Database, VirtualHost.BrokerUri);

    protected Task PublishAsync<T>(T message)
        where T : class => Factory.Services.GetRequiredService<IBus>().Publish(message, Ct);

    protected async Task<List<PriceObservation>> GetObservationsAsync(string path) =>
        (await Client.GetFromJsonAsync<List<PriceObservation>>(path, Json, Ct))!;

    protected async Task<T> GetAsync<T>(string path) => (await Client.GetFromJsonAsync<T>(path, Json, Ct))!;

    protected Task WaitForTicksAsync(Guid fixtureId, long count) =>
        Eventually.UntilAsync(
            async () => await WarehouseDatabase.TickCountAsync(Database, fixtureId, Ct) >= count,
            Patience, $"{count} ticks of fixture {fixtureId} to be stored", Ct);

    private async Task DisposeInfrastructureAsync()
    {
        if (virtualHost is not null)
        {
            await virtualHost.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
