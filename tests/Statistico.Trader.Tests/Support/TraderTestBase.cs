using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Testing;
using Statistico.Trader.Apis;
using Statistico.Trader.Data;
using Statistico.Trader.Strategies;

namespace Statistico.Trader.Tests.Support;

/// <summary>One Trader per test on its own database and virtual host; messages go in through the service's own bus.</summary>
public abstract class TraderTestBase(TestInfrastructure infrastructure) : IAsyncLifetime
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private IsolatedDatabase? database;
    private IsolatedVirtualHost? virtualHost;
    private TraderFactory? factory;
    private HttpClient? client;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected string Database => database!.ConnectionString;

    protected HttpClient Client => client!;

    protected Uri BrokerUri => virtualHost!.BrokerUri;

    internal TraderFactory Factory => factory!;

    /// <summary>Settings the test's Trader starts with.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    public async ValueTask InitializeAsync()
    {
        database = await infrastructure.CreateDatabaseAsync("trader");
        virtualHost = await infrastructure.CreateVirtualHostAsync("trader");
        factory = new TraderFactory(Database, virtualHost.BrokerUri, Settings);
        client = factory.CreateClient();
        await factory.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, Patience);
    }

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (virtualHost is not null)
        {
            await virtualHost.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Publishes through the Trader's own bus, returning the message id (the inbox's evidence key).</summary>
    protected async Task<Guid> PublishAsync<T>(T message)
        where T : class
    {
        var messageId = NewId.NextGuid();
        await Factory.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId, Ct);
        return messageId;
    }

    /// <summary>
    /// Waits until the Trader has consumed the message (on each of <paramref name="consumers"/> endpoints: a fixture's
    /// events reach both the fixture store and the trade saga) and delivered whatever it published in return.
    /// </summary>
    protected async Task ConsumedAsync(Guid messageId, int consumers = 1)
    {
        await InboxEvidence.ConsumedByAsync(Database, messageId, consumers, Patience, Ct);
        await InboxEvidence.OutboxDrainedAsync(Database, Patience, Ct);
    }

    protected async Task<StrategyDto> CreateActiveStrategyAsync(string id, StrategyDefinition definition)
    {
        var response = await Client.PostAsJsonAsync("/api/strategies", new CreateStrategyRequest(id, definition, StrategyStatus.Active), Json, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<StrategyDto>(Json, Ct))!;
    }

    protected async Task<T> GetAsync<T>(string path) => (await Client.GetFromJsonAsync<T>(path, Json, Ct))!;

    /// <summary>Reads the Trader's database through its own context.</summary>
    protected async Task<T> QueryAsync<T>(Func<TraderDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TraderDbContext>();
        return await query(db);
    }

    protected static Task UntilAsync(Func<Task<bool>> condition, string what) => Eventually.UntilAsync(condition, Patience, what, Ct);

    /// <summary>Waits until the fixture and its compiled prices are stored, so an observation can be judged against them.</summary>
    protected Task UntilPricedAsync(Guid fixtureId) =>
        UntilAsync(
            () => QueryAsync(async db => await db.Fixtures.AnyAsync(f => f.FixtureId == fixtureId, Ct)
                && await db.CompiledPrices.AnyAsync(c => c.FixtureId == fixtureId, Ct)),
            $"fixture {fixtureId} and its compiled prices to be stored");
}
