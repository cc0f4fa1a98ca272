using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.OddsChecker.Tests.Support;
using Statistico.Testing;

namespace Statistico.OddsChecker.Tests;

/// <summary>
/// Issue 8's acceptance, against the real Simulator over HTTP and the real broker and database: the checker, on its
/// Quartz schedule, observes a simulated matchday's MATCH_ODDS markets, publishing only what changed.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SimulatedMatchdayTests(TestInfrastructure infrastructure) : CheckedWorldTests(infrastructure)
{
    [Fact]
    public async Task Every_match_odds_market_of_a_matchday_is_observed_within_one_polling_interval_and_none_twice_while_nothing_changes()
    {
        var markets = await World.MatchdayMarketsAsync(Ct);
        Assert.True(markets.Count >= 3, $"a six-team matchday has three fixtures; the exchange lists {markets.Count} markets");
        var fixtures = new Dictionary<string, Guid>();
        foreach (var (market, index) in markets.Select((m, i) => (m, i)))
        {
            // One fixture as Football Data might spell it: the fuzzy match must still find it.
            var spelling = index == 0 ? market.Event!.Name.Split(" v ")[0] + " FC" : null;
            fixtures[market.MarketId] = await World.AnnounceAsync(market, Ct, spelling);
        }

        await World.WaitForFixturesAsync(markets.Count, Ct);
        // Two more polls: the second started with every fixture known, so one polling interval has passed.
        await World.WaitForPollsAsync(2, Ct);
        var batches = await World.Probe.TakeAsync(1, TimeSpan.FromSeconds(20), Ct);

        var observed = batches.SelectMany(b => b.Message.GetProperty("markets").EnumerateArray()).ToList();
        Assert.Equal(markets.Select(m => m.MarketId).Order(), observed.Select(m => m.GetProperty("exchangeMarketId").GetString()).Order());
        foreach (var market in observed)
        {
            AssertObservedMatchOdds(market, fixtures[market.GetProperty("exchangeMarketId").GetString()!]);
        }

        Assert.All(batches, b => Assert.Equal("betfair", b.Message.GetProperty("source").GetString()));

        // The world is paused: nothing changes, so however many polls follow, nothing is published again.
        await World.WaitForPollsAsync(3, Ct);
        Assert.Empty(await World.Probe.ArrivedAsync(Ct));
        Assert.Equal(0, World.Statistics.Last(CheckedWorld.Source)!.MarketsPublished);
        Assert.Equal(markets.Count, World.Statistics.Last(CheckedWorld.Source)!.MarketsPolled);
    }

    [Fact]
    public async Task A_market_whose_prices_move_is_published_again_alone()
    {
        var markets = await World.MatchdayMarketsAsync(Ct);
        foreach (var market in markets)
        {
            await World.AnnounceAsync(market, Ct);
        }

        await World.WaitForFixturesAsync(markets.Count, Ct);
        await World.WaitForPollsAsync(2, Ct);
        var first = await World.Probe.TakeAsync(1, TimeSpan.FromSeconds(20), Ct);
        Assert.Equal(markets.Count, first.SelectMany(b => b.Message.GetProperty("markets").EnumerateArray()).Count());

        // Take the crowd's best back offer on one market: its ladder moves, no other market's does.
        var moved = markets[^1];
        var home = moved.Runners![0].SelectionId;
        var book = Assert.Single(await World.Exchange.ListMarketBookAsync(new ListMarketBookRequest([moved.MarketId], new PriceProjection([PriceData.ExBestOffers])), Ct));
        var bestBack = book.Runners.Single(r => r.SelectionId == home).Exchange!.AvailableToBack[0];
        var placed = await World.Exchange.PlaceOrdersAsync(new PlaceOrdersRequest(moved.MarketId,
            [new PlaceInstruction(OrderType.Limit, home, Side.Back, new LimitOrder(bestBack.Size, bestBack.Price, PersistenceType.Lapse)) { CustomerOrderRef = "move-1" }],
            "matchday-move"), Ct);
        Assert.IsType<OrdersPlaced>(placed);

        var again = await World.Probe.TakeAsync(1, TimeSpan.FromSeconds(20), Ct);
        var republished = Assert.Single(again.SelectMany(b => b.Message.GetProperty("markets").EnumerateArray()));
        Assert.Equal(moved.MarketId, republished.GetProperty("exchangeMarketId").GetString());
        var runner = republished.GetProperty("runners").EnumerateArray().Single(r => r.GetProperty("runnerId").GetInt64() == home);
        // The offer taken is no longer on the ladder the checker published.
        Assert.True(runner.GetProperty("back")[0].GetProperty("price").AsDecimal() < bestBack.Price, $"the taken offer at {bestBack.Price} is still published");
    }

    [Fact]
    public async Task An_event_no_fixture_matches_is_reported_and_an_alias_maps_it_at_the_next_poll()
    {
        var markets = await World.MatchdayMarketsAsync(Ct);
        var stranger = markets[0];
        var sourceSpelling = stranger.Event!.Name.Split(" v ")[0];
        foreach (var market in markets)
        {
            await World.AnnounceAsync(market, Ct, market == stranger ? "Rovers of Nowhere" : null);
        }

        await World.WaitForFixturesAsync(markets.Count, Ct);
        await World.WaitForPollsAsync(2, Ct);
        var before = await World.Probe.TakeAsync(1, TimeSpan.FromSeconds(20), Ct);
        Assert.DoesNotContain(stranger.MarketId, before.SelectMany(b => b.Message.GetProperty("markets").EnumerateArray()).Select(m => m.GetProperty("exchangeMarketId").GetString()));
        var unmatched = Assert.Single((await World.CheckerApi.GetFromJsonAsync<List<JsonElement>>("/api/unmatched?source=betfair", Ct))!);
        Assert.Equal(stranger.Event.Id, unmatched.GetProperty("eventId").GetString());
        Assert.Contains(sourceSpelling, unmatched.GetProperty("reason").GetString(), StringComparison.Ordinal);

        var put = await World.CheckerApi.PutAsJsonAsync($"/api/aliases/betfair/{Uri.EscapeDataString(sourceSpelling)}", new { team = "Rovers of Nowhere" }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);

        var after = await World.Probe.TakeAsync(1, TimeSpan.FromSeconds(20), Ct);
        Assert.Equal(stranger.MarketId, Assert.Single(after.SelectMany(b => b.Message.GetProperty("markets").EnumerateArray())).GetProperty("exchangeMarketId").GetString());
        Assert.Empty((await World.CheckerApi.GetFromJsonAsync<List<JsonElement>>("/api/unmatched?source=betfair", Ct))!);
    }

    private static void AssertObservedMatchOdds(JsonElement market, Guid fixtureId)
    {
        Assert.Equal(fixtureId, market.GetProperty("fixtureId").GetGuid());
        Assert.Equal("MATCH_ODDS", market.GetProperty("marketType").GetString());
        Assert.False(market.GetProperty("inPlay").GetBoolean());
        Assert.Equal(new DateTimeOffset(2030, 8, 3, 10, 30, 0, TimeSpan.Zero), market.GetProperty("observedAt").GetDateTimeOffset());
        var runners = market.GetProperty("runners").EnumerateArray().ToList();
        Assert.Equal(["AWAY", "DRAW", "HOME"], runners.Select(r => r.GetProperty("selection").GetString()).Order());
        foreach (var runner in runners)
        {
            var back = runner.GetProperty("back").EnumerateArray().Select(p => p.GetProperty("price").AsDecimal()).ToList();
            var lay = runner.GetProperty("lay").EnumerateArray().Select(p => p.GetProperty("price").AsDecimal()).ToList();
            Assert.InRange(back.Count, 1, 3);
            Assert.InRange(lay.Count, 1, 3);
            Assert.Equal(back.OrderDescending(), back);
            Assert.Equal(lay.Order(), lay);
            Assert.True(back[0] < lay[0], $"best back {back[0]} must be below best lay {lay[0]}");
        }
    }
}
