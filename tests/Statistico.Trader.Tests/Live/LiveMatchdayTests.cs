using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair.Api;
using Statistico.Contracts.FootballData;
using Statistico.Contracts.Odds;
using Statistico.Modelling.Pricing;
using Statistico.Testing;
using Statistico.Trader.Apis;
using Statistico.Trader.Data;
using Statistico.Trader.Strategies;
using Statistico.Trader.Tests.Support;
using Statistico.Trader.Trading;
using PriceSize = Statistico.Contracts.Odds.PriceSize;

namespace Statistico.Trader.Tests.Live;

/// <summary>
/// Two LIVE strategies trade a whole simulated matchday on the real broker, Postgres and the Simulator's exchange, as
/// the platform feeds them (schedule, compiled book, observed prices): one backs home sides at the price the crowd
/// offers, the other backs away sides at a stale price nobody offers. The world then plays the matchday out. Every
/// trade must end, every order exist once, and the account must move by exactly the sum of the trades' net profits.
/// </summary>
[Trait("Category", "Integration")]
public sealed class LiveMatchdayTests(TestInfrastructure infrastructure)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private static readonly string[] Ended = ["Settled", "Cancelled", "Lapsed", "Rejected", "Voided"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_live_matchday_ends_every_trade_and_the_account_moves_by_the_sum_of_their_net_profits()
    {
        await using var world = await StartAsync(brokerThroughProxy: false);
        await TradeMatchdayAsync(world, play: playOut => playOut());
    }

    [Fact]
    public async Task A_broker_gone_while_the_matchday_is_played_and_settled_loses_and_doubles_nothing()
    {
        await using var world = await StartAsync(brokerThroughProxy: true);
        await TradeMatchdayAsync(world, play: async playOut =>
        {
            // The exchange plays and settles the matchday while the Trader cannot reach the broker: its monitor still
            // sees the cleared orders, but nothing it learns can reach the trades until the broker is back.
            world.BrokerProxy!.Cut();
            await playOut();
            // Evidence that the monitor has seen the settlements, rather than a fixed wait: its OrderSettled events
            // are stored in the Trader's outbox, where they stay while the broker is gone.
            await Eventually.UntilAsync(
                async () => await StoredSettlementsAsync(world) > 0, Patience, "the monitor to store the cleared orders' OrderSettled", Ct);
            Assert.DoesNotContain(await TradesAsync(world), t => t.CurrentState == "Settled");
            world.BrokerProxy.Restore();
        });
    }

    [Fact]
    public async Task Two_Trader_replicas_on_one_database_trade_a_live_matchday_with_no_trade_or_order_twice()
    {
        await using var world = await StartAsync(brokerThroughProxy: false);
        await using var replica = new LiveTraderFactory(world.TraderDatabase.ConnectionString, world.BrokerUri, () => world.Simulator.Server.CreateHandler());
        using (var health = replica.CreateClient())
        {
            await Eventually.UntilAsync(async () => (await health.GetAsync("/health", Ct)).IsSuccessStatusCode, Patience, "the second replica to be healthy", Ct);
        }

        // Every message reaches the platform twice, once through each replica's bus: both compete for every decision.
        await TradeMatchdayAsync(world, play: playOut => playOut(), world.Trader.Services.GetRequiredService<IBus>(), replica.Services.GetRequiredService<IBus>());
    }

    private Task<LiveWorld> StartAsync(bool brokerThroughProxy) =>
        LiveWorld.StartAsync(infrastructure, null, new Dictionary<string, string>
        {
            ["Simulator:Synthetic:Leagues:0:Teams"] = "10",
            // No crowd reaches a resting order: only what is shown matches, so the stale orders stay unmatched.
            ["Simulator:Exchange:CounterpartyFlowPerMinute"] = "0",
        }, brokerThroughProxy, Ct);

    private static async Task<long> StoredSettlementsAsync(LiveWorld world)
    {
        await using var connection = new Npgsql.NpgsqlConnection(world.TraderDatabase.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM outbox_message WHERE \"MessageType\" LIKE '%:OrderSettled%'", connection);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    /// <summary>Trades the first matchday; <paramref name="play"/> is handed the step that plays it out at the exchange.</summary>
    private static async Task TradeMatchdayAsync(LiveWorld world, Func<Func<Task>, Task> play, params IBus[] feeders)
    {
        if (feeders.Length == 0)
        {
            feeders = [world.Trader.Services.GetRequiredService<IBus>()];
        }

        using var api = world.Trader.CreateClient();
        await CreateStrategyAsync(api, "live-home", TestStrategies.BackHome(StrategyMode.Live) with
        {
            Staking = new Staking(StakingKind.Flat, Amount: 4m),
        });
        await CreateStrategyAsync(api, "live-away-stale", TestStrategies.BackHome(StrategyMode.Live) with
        {
            Name = "Back away at a stale price", Selection = "AWAY", MaxPrice = 1000m, Staking = new Staking(StakingKind.Flat, Amount: 3m),
        });
        var balanceBefore = await world.BalanceAsync(Ct);

        var markets = await FirstMatchdayAsync(world);
        foreach (var market in markets)
        {
            await FeedAsync(world, market, feeders);
        }

        var trades = await Eventually.GetAsync(
            () => TradesAsync(world),
            t => t.Count >= 2 && t.All(x => x.CurrentState != "Signalled"),
            Patience, "the matchday's trades to be placed", Ct);

        await play(() => world.AdvanceToAsync(markets.Max(m => m.KickOff) + TimeSpan.FromMinutes(150), Ct));
        trades = await Eventually.GetAsync(
            () => TradesAsync(world), t => t.All(x => Ended.Contains(x.CurrentState)), Patience,
            "every trade to end", Ct);

        var states = string.Join(", ", trades.Select(t => $"{t.StrategyId} {t.CurrentState} {t.SizeMatched}@{t.AveragePriceMatched} ({t.Price})"));
        Assert.True(trades.Any(t => t.CurrentState == "Settled"), states);
        Assert.True(trades.Any(t => t.CurrentState is "Lapsed" or "Cancelled"), states);
        Assert.Equal(trades.Count, trades.Select(t => (t.StrategyId, t.FixtureId, t.Selection)).Distinct().Count());
        foreach (var trade in trades)
        {
            Assert.Equal(trade.BetId is null ? 0 : 1, await world.OrdersAtExchangeAsync(trade.CorrelationId, Ct));
        }

        Assert.Equal(trades.Count(t => t.BetId is not null), await world.AllOrdersAtExchangeAsync(Ct));

        var balanceAfter = await world.BalanceAsync(Ct);
        var netProfit = trades.Sum(t => t.NetProfit ?? 0m);
        Assert.Equal(balanceAfter - balanceBefore, netProfit);
        foreach (var strategy in new[] { "live-home", "live-away-stale" })
        {
            var mine = trades.Where(t => t.StrategyId == strategy).Sum(t => t.NetProfit ?? 0m);
            var after = await Eventually.GetAsync(
                async () => (await api.GetFromJsonAsync<StrategyDto>($"/api/strategies/{strategy}", Json, Ct))!,
                s => s.OpenTrades == 0, Patience, $"{strategy}'s positions to close", Ct);
            Assert.Equal(1000m + mine, after.Bankroll);
        }
    }

    private static async Task CreateStrategyAsync(HttpClient api, string id, StrategyDefinition definition)
    {
        var response = await api.PostAsJsonAsync("/api/strategies", new CreateStrategyRequest(id, definition, StrategyStatus.Active), Json, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>Every MATCH_ODDS market kicking off within a day of the first: the matchday.</summary>
    private static async Task<List<MatchdayMarket>> FirstMatchdayAsync(LiveWorld world)
    {
        var catalogue = await world.Exchange.ListMarketCatalogueAsync(
            new ListMarketCatalogueRequest(new MarketFilter { MarketTypeCodes = ["MATCH_ODDS"] }, [MarketProjection.RunnerDescription, MarketProjection.MarketStartTime], MarketSort.FirstToStart), Ct);
        var first = catalogue[0].MarketStartTime!.Value;
        var matchday = catalogue.Where(m => m.MarketStartTime!.Value < first.AddDays(1)).ToList();
        var books = await world.Exchange.ListMarketBookAsync(new ListMarketBookRequest(matchday.Select(m => m.MarketId).ToList(), new PriceProjection([PriceData.ExBestOffers])), Ct);
        return matchday.Select(m =>
        {
            var book = books.Single(b => b.MarketId == m.MarketId);
            var home = book.Runners.Single(r => r.SelectionId == m.Runners![0].SelectionId).Exchange!;
            var away = book.Runners.Single(r => r.SelectionId == m.Runners![1].SelectionId).Exchange!;
            var draw = book.Runners.Single(r => r.SelectionId == m.Runners![2].SelectionId).Exchange!;
            return new MatchdayMarket(Guid.NewGuid(), m.MarketId, m.MarketStartTime!.Value, m.Runners![0].SelectionId, m.Runners[1].SelectionId, m.Runners[2].SelectionId, home, away, draw);
        }).ToList();
    }

    /// <summary>What the platform tells the Trader about one fixture: scheduled, compiled with value at home, then observed.</summary>
    private static async Task FeedAsync(LiveWorld world, MatchdayMarket market, IBus[] feeders)
    {
        var homeBack = market.Home.AvailableToBack[0];
        // Twenty ticks above anything offered: an order there rests until the market goes in play and lapses it.
        var staleAway = (decimal)Enumerable.Range(0, 20).Aggregate((double)market.Away.AvailableToBack[0].Price, (price, _) => BetfairTickLadder.Next(price) ?? price);
        var home = Math.Min(0.7, 1.2 / (double)homeBack.Price);
        var away = Math.Min(0.25, 1.3 / (double)staleAway);
        var scheduled = new FixtureScheduled(market.FixtureId, "SIM", "2030", $"Home {market.MarketId}", $"Away {market.MarketId}", market.KickOff, DateTimeOffset.UtcNow);
        var compiled = new OddsCompiled(market.FixtureId, "dixon-coles", "1", [new CompiledMarket("MATCH_ODDS", [
            new CompiledSelection("HOME", home, 0, 0), new CompiledSelection("DRAW", 1 - home - away, 0, 0), new CompiledSelection("AWAY", away, 0, 0)])], DateTimeOffset.UtcNow);
        foreach (var bus in feeders)
        {
            await bus.Publish(scheduled, Ct);
            await bus.Publish(compiled, Ct);
        }

        await Eventually.UntilAsync(
            () => QueryAsync(world, async db => await db.Fixtures.AnyAsync(f => f.FixtureId == market.FixtureId, Ct) && await db.CompiledPrices.AnyAsync(c => c.FixtureId == market.FixtureId, Ct)),
            Patience, $"fixture {market.FixtureId} and its book stored", Ct);

        // A fresh batch per replica: two observations of the same prices, as two pollers would send.
        await Task.WhenAll(feeders.Select(bus => bus.Publish(new MarketOddsObserved(Guid.NewGuid(), "betfair", [new ObservedMarket(market.FixtureId, "MATCH_ODDS", market.KickOff.AddHours(-2), [
            new ObservedRunner("HOME", [new PriceSize(homeBack.Price, homeBack.Size)], Lay(market.Home)) { RunnerId = market.HomeRunner },
            new ObservedRunner("AWAY", [new PriceSize(staleAway, 50m)], Lay(market.Away)) { RunnerId = market.AwayRunner },
            new ObservedRunner("DRAW", Back(market.Draw), Lay(market.Draw)) { RunnerId = market.DrawRunner }])
        {
            ExchangeMarketId = market.MarketId,
        }]), Ct)));
    }

    private static List<PriceSize> Back(ExchangePrices prices) => prices.AvailableToBack.Take(1).Select(p => new PriceSize(p.Price, p.Size)).ToList();

    private static List<PriceSize> Lay(ExchangePrices prices) => prices.AvailableToLay.Take(1).Select(p => new PriceSize(p.Price, p.Size)).ToList();

    private static Task<List<TradeState>> TradesAsync(LiveWorld world) => QueryAsync(world, db => db.Trades.AsNoTracking().ToListAsync(Ct));

    private static async Task<T> QueryAsync<T>(LiveWorld world, Func<TraderDbContext, Task<T>> query)
    {
        await using var scope = world.Trader.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TraderDbContext>());
    }

    private sealed record MatchdayMarket(
        Guid FixtureId, string MarketId, DateTimeOffset KickOff, long HomeRunner, long AwayRunner, long DrawRunner, ExchangePrices Home, ExchangePrices Away, ExchangePrices Draw);
}
