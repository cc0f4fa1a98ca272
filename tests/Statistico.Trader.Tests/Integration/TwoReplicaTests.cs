using System.Net;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Testing;
using Statistico.Trader.Apis;
using Statistico.Trader.Tests.Support;

namespace Statistico.Trader.Tests.Integration;

/// <summary>Two Traders on one database and one broker, competing for every queue, as two replicas do.</summary>
[Trait("Category", "Integration")]
public sealed class TwoReplicaTests(TestInfrastructure infrastructure) : TraderTestBase(infrastructure)
{
    [Fact]
    public async Task Two_replicas_trade_a_matchday_with_one_trade_per_opportunity_each_settled_once()
    {
        await using var other = new TraderFactory(Database, BrokerUri);
        var otherBus = other.Services.GetRequiredService<IBusControl>();
        await otherBus.WaitForHealthStatus(BusHealthStatus.Healthy, Patience);
        await CreateActiveStrategyAsync("back-home", TestStrategies.BackHome() with
        {
            Competitions = ["E0"],
            Limits = TestStrategies.BackHome().Limits with { MaxStrategyExposure = 1000m, MaxOpenTrades = 50 },
        });
        var fixtures = Enumerable.Range(0, 10).Select(_ => new MarketMessages()).ToList();
        foreach (var fixture in fixtures)
        {
            await PublishAsync(fixture.Scheduled());
            await PublishAsync(fixture.Compiled(home: 0.5));
        }

        foreach (var fixture in fixtures)
        {
            await UntilPricedAsync(fixture.FixtureId);
        }

        // Every fixture's value is seen three times, through both replicas' buses at once.
        var observations = fixtures.SelectMany(f => Enumerable.Range(0, 3).Select(i => (Fixture: f, ViaOther: i % 2 == 1))).ToList();
        var ids = await Task.WhenAll(observations.Select(o => o.ViaOther
            ? PublishThroughAsync(otherBus, o.Fixture.Observed(back: 2.2m, lay: 2.22m, size: 100m))
            : PublishAsync(o.Fixture.Observed(back: 2.2m, lay: 2.22m, size: 100m))));
        foreach (var id in ids)
        {
            await ConsumedAsync(id);
        }

        await UntilAsync(
            () => QueryAsync(async db => await db.Trades.CountAsync(t => t.CurrentState == "Matched", Ct) == fixtures.Count),
            "every fixture's trade to be matched");
        Assert.Equal(fixtures.Count, await QueryAsync(db => db.Trades.CountAsync(Ct)));
        Assert.Equal(fixtures.Count, await QueryAsync(db => db.Positions.Select(p => p.FixtureId).Distinct().CountAsync(Ct)));

        var results = new List<Guid>();
        foreach (var (fixture, index) in fixtures.Select((f, i) => (f, i)))
        {
            // Home wins the even fixtures. Each result twice, once through each replica.
            var result = index % 2 == 0 ? fixture.Result(1, 0) : fixture.Result(0, 1);
            results.Add(await PublishAsync(result));
            results.Add(await PublishThroughAsync(otherBus, result));
        }

        foreach (var id in results)
        {
            await ConsumedAsync(id);
        }

        // Five wins of 15.35 × 1.2 = 18.42 less 0.92 commission (17.50), five losses of 15.35: 87.50 − 76.75 = 10.75.
        await UntilAsync(
            () => QueryAsync(async db => await db.Positions.CountAsync(p => p.ClosedAt != null, Ct) == fixtures.Count),
            "every position to close");
        Assert.Equal(fixtures.Count, await QueryAsync(db => db.Trades.CountAsync(t => t.CurrentState == "Settled", Ct)));
        var strategy = await GetAsync<StrategyDto>("/api/strategies/back-home");
        Assert.Equal(1010.75m, strategy.Bankroll);
        var viaOther = await other.CreateClient().GetFromJsonAsync<StrategyDto>("/api/strategies/back-home", Json, Ct);
        Assert.Equal(1010.75m, viaOther!.Bankroll);
    }

    [Fact]
    public async Task The_kill_switch_engaged_on_one_replica_stops_the_next_decision_on_the_other()
    {
        await using var other = new TraderFactory(Database, BrokerUri);
        var otherBus = other.Services.GetRequiredService<IBusControl>();
        await otherBus.WaitForHealthStatus(BusHealthStatus.Healthy, Patience);
        await CreateActiveStrategyAsync("back-home", TestStrategies.BackHome() with { Competitions = ["E0"] });
        var fixture = new MarketMessages();
        await PublishAsync(fixture.Scheduled());
        await PublishAsync(fixture.Compiled(home: 0.5));
        await UntilPricedAsync(fixture.FixtureId);

        var engaged = await Client.PutAsJsonAsync("/api/kill-switch", new KillSwitchRequest(true, "stop"), Json, Ct);
        Assert.Equal(HttpStatusCode.OK, engaged.StatusCode);
        // No wait: the very next observation, decided by whichever replica takes it, must already be stopped.
        var viaOther = await PublishThroughAsync(otherBus, fixture.Observed(back: 2.2m, lay: 2.22m, size: 100m));
        var viaThis = await PublishAsync(fixture.Observed(back: 2.2m, lay: 2.22m, size: 100m));
        await ConsumedAsync(viaOther);
        await ConsumedAsync(viaThis);

        Assert.Equal(0, await QueryAsync(db => db.Trades.CountAsync(Ct)));
        var state = await other.CreateClient().GetFromJsonAsync<Positions.KillSwitch>("/api/kill-switch", Json, Ct);
        Assert.True(state!.Engaged);
    }

    private static async Task<Guid> PublishThroughAsync<T>(IBus bus, T message)
        where T : class
    {
        var messageId = NewId.NextGuid();
        await bus.Publish(message, context => context.MessageId = messageId, Ct);
        return messageId;
    }
}
