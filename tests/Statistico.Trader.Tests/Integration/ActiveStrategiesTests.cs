using System.Net;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Testing;
using Statistico.Trader.Data;
using Statistico.Trader.Strategies;
using Statistico.Trader.Tests.Support;

namespace Statistico.Trader.Tests.Integration;

/// <summary>
/// The list of ACTIVE strategies each process keeps for its unlocked price checks (ADR 0618): reused while fresh, read
/// again after a local change or once stale, and never the source of a trade the stored strategy would not make.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ActiveStrategiesTests(TestInfrastructure infrastructure) : TraderTestBase(infrastructure)
{
    // Long enough that nothing in a test goes stale by the clock: staleness is what the tests set up.
    private static readonly Dictionary<string, string> LongRefresh = new() { ["Trader:ActiveStrategiesRefresh"] = "00:10:00" };

    protected override IReadOnlyDictionary<string, string> Settings => LongRefresh;

    [Fact]
    public async Task The_list_is_reused_while_fresh_and_read_again_after_a_change_through_the_strategy_book()
    {
        await CreateActiveStrategyAsync("first", TestStrategies.BackHome() with { Competitions = ["E0"] });
        Assert.Equal(["first"], await ListedAsync(Factory));

        // Written behind the process's back: the list in memory does not know it yet.
        await QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE strategies SET \"Status\" = 'Paused' WHERE \"Id\" = 'first'", Ct));
        Assert.Equal(["first"], await ListedAsync(Factory));

        // A change through the strategy book forgets it: the next read sees the database, the paused one included.
        await CreateActiveStrategyAsync("second", TestStrategies.BackHome() with { Competitions = ["E0"] });
        Assert.Equal(["second"], await ListedAsync(Factory));
    }

    [Fact]
    public async Task With_no_reuse_every_decision_reads_the_list()
    {
        await using var fresh = new TraderFactory(Database, BrokerUri, new Dictionary<string, string> { ["Trader:ActiveStrategiesRefresh"] = "00:00:00" });
        await CreateActiveStrategyAsync("first", TestStrategies.BackHome() with { Competitions = ["E0"] });
        Assert.Equal(["first"], await ListedAsync(fresh));

        await QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE strategies SET \"Status\" = 'Paused' WHERE \"Id\" = 'first'", Ct));
        Assert.Empty(await ListedAsync(fresh));
    }

    [Fact]
    public async Task A_replica_deciding_on_a_stale_version_signals_nothing_and_then_decides_on_the_stored_one()
    {
        await using var other = new TraderFactory(Database, BrokerUri, LongRefresh);
        var otherBus = other.Services.GetRequiredService<IBusControl>();
        await otherBus.WaitForHealthStatus(BusHealthStatus.Healthy, Patience);
        var created = await CreateActiveStrategyAsync("back-home", TestStrategies.BackHome() with { Competitions = ["E0"] });
        var fixture = new MarketMessages();
        await PublishAsync(fixture.Scheduled());
        await PublishAsync(fixture.Compiled(home: 0.5));
        await UntilPricedAsync(fixture.FixtureId);
        Assert.Equal(["back-home"], await ListedAsync(other)); // the other replica now holds version 1: back HOME

        // Version 2 backs AWAY (no value at 4.0 against 0.23), changed through this replica, which then stops
        // consuming: every observation below is decided by the other replica, on its list of version 1.
        var changed = await Client.PutAsJsonAsync("/api/strategies/back-home", created.Definition with { Selection = "AWAY" }, Json, Ct);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        await Factory.Services.GetRequiredService<IBusControl>().StopAsync(Ct);

        // HOME at 2.2 passes version 1's price check; under the lock the row is version 2, so nothing is signalled
        // (deciding version 2 on HOME's price and probability would back AWAY at HOME's price).
        var stale = await PublishThroughAsync(otherBus, fixture.Observed(back: 2.2m, lay: 2.22m, size: 100m));
        await ConsumedAsync(stale);
        Assert.Equal(0, await QueryAsync(db => db.Positions.CountAsync(Ct)));
        var listed = await ListedStrategiesAsync(other);
        Assert.Equal(2, Assert.Single(listed).Version); // found stale under the lock, so read again

        // Decided on version 2 now: AWAY has no value, so still nothing, and nothing on any selection.
        var next = await PublishThroughAsync(otherBus, fixture.Observed(back: 2.2m, lay: 2.22m, size: 100m));
        await ConsumedAsync(next);
        Assert.Equal(0, await QueryAsync(db => db.Positions.CountAsync(Ct)));
    }

    private static async Task<List<string>> ListedAsync(TraderFactory factory) => [.. (await ListedStrategiesAsync(factory)).Select(s => s.Id).Order()];

    private static async Task<IReadOnlyList<Strategy>> ListedStrategiesAsync(TraderFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await factory.Services.GetRequiredService<ActiveStrategies>().GetAsync(scope.ServiceProvider.GetRequiredService<TraderDbContext>(), Ct);
    }

    private static async Task<Guid> PublishThroughAsync<T>(IBus bus, T message)
        where T : class
    {
        var messageId = NewId.NextGuid();
        await bus.Publish(message, context => context.MessageId = messageId, Ct);
        return messageId;
    }
}
