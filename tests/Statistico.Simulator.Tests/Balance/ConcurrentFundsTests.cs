using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Testing;

namespace Statistico.Simulator.Tests.Balance;

/// <summary>Orders placed at the same moment from several sessions are admitted one at a time against the funds (issue 22).</summary>
[Trait("Category", "Integration")]
public sealed class ConcurrentFundsTests(TestInfrastructure infrastructure)
{
    private const int Sessions = 8;
    private const int Orders = 40;
    private const decimal Funds = 1000m;
    private const decimal LiabilityEach = 50m;

    private static readonly Dictionary<string, string?> Settings = new(SyntheticLeagueSettings.Paused(9, 6, new(2030, 8, 3, 10, 30, 0, TimeSpan.Zero)))
    {
        ["Simulator:Exchange:StartingBalance"] = "1000",
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Orders_placed_concurrently_never_commit_more_liability_than_the_funds_and_the_rest_are_insufficient_funds()
    {
        await using var database = await infrastructure.CreateDatabaseAsync("simfunds");
        await using var factory = new SimulatorFactory(database.ConnectionString, Settings);
        // The Simulator admits orders one at a time, so on a loaded machine the last of 40 can wait past the client's
        // 10-second default and come back "unknown": this test is about admission against funds, not the client's timeout.
        var sessions = Enumerable.Range(0, Sessions).Select(_ => SimulatorHost.BetfairClient(factory, TimeSpan.FromMinutes(2))).ToList();
        try
        {
            var clients = sessions.Select(s => s.GetRequiredService<IBetfairClient>()).ToList();
            // Every session logs in first, so the placements below race each other and not the logins.
            await Task.WhenAll(clients.Select(c => c.GetAccountFundsAsync(Ct)));
            var markets = await clients[0].ListMarketCatalogueAsync(new ListMarketCatalogueRequest(
                new MarketFilter { MarketTypeCodes = ["MATCH_ODDS"] }, [MarketProjection.RunnerDescription], MarketSort.FirstToStart, 2), Ct);
            Assert.Equal(2, markets.Count);

            // 40 orders of 50 liability each (2,000 against 1,000 of funds), none of which can match while the clock is
            // paused: a back of 50 at 1000 (nobody lays at 1000) or a lay of 100 at 1.5 on the draw (priced far above it).
            var outcomes = await Task.WhenAll(Enumerable.Range(0, Orders).Select(i =>
            {
                var market = markets[i % markets.Count];
                var instruction = i % 2 == 0
                    ? new PlaceInstruction(OrderType.Limit, market.Runners![0].SelectionId, Side.Back, new LimitOrder(50m, 1000m, PersistenceType.Persist))
                    : new PlaceInstruction(OrderType.Limit, market.Runners![2].SelectionId, Side.Lay, new LimitOrder(100m, 1.5m, PersistenceType.Persist));
                return clients[i % clients.Count].PlaceOrdersAsync(
                    new PlaceOrdersRequest(market.MarketId, [instruction with { CustomerOrderRef = $"funds-{i}" }], $"funds-call-{i}"), Ct);
            }));

            var accepted = outcomes.OfType<OrdersPlaced>().SelectMany(o => o.Orders).ToList();
            var refused = outcomes.OfType<OrdersRejected>().ToList();
            Assert.Empty(outcomes.OfType<OrdersUnknown>().Select(u => u.Reason));
            Assert.Equal(Orders, accepted.Count + refused.Count);
            Assert.All(refused, r => Assert.Equal(ExecutionErrorCodes.InsufficientFunds, r.ErrorCode));
            Assert.All(accepted, o => Assert.Equal(0m, o.SizeMatched));
            // Never more than the funds, and no refusal while an order still fitted: exactly 1,000 / 50 = 20 accepted.
            Assert.True(accepted.Count * LiabilityEach <= Funds, $"{accepted.Count} orders of {LiabilityEach} accepted against {Funds}");
            Assert.Equal((int)(Funds / LiabilityEach), accepted.Count);

            var current = (await clients[0].ListCurrentOrdersAsync(new ListCurrentOrdersRequest(), Ct)).CurrentOrders;
            Assert.Equal(accepted.Select(o => o.BetId).Order(), current.Select(o => o.BetId).Order());
            var funds = await clients[0].GetAccountFundsAsync(Ct);
            Assert.Equal((0m, -Funds), (funds.AvailableToBetBalance, funds.Exposure));
        }
        finally
        {
            foreach (var session in sessions)
            {
                await session.DisposeAsync();
            }
        }
    }
}
