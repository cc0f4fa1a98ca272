using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.Trading;
using Statistico.Testing;
using Statistico.Trader.Apis;
using Statistico.Trader.Tests.Support;

namespace Statistico.Trader.Tests.Integration;

/// <summary>A PAPER strategy on the real broker and database: from prices to a settled trade, exactly once.</summary>
[Trait("Category", "Integration")]
public sealed class PaperTradingTests(TestInfrastructure infrastructure) : TraderTestBase(infrastructure)
{
    [Fact]
    public async Task A_paper_strategy_trades_value_and_a_result_delivered_twice_settles_it_and_credits_the_bankroll_once()
    {
        var strategy = await CreateActiveStrategyAsync("back-home", TestStrategies.BackHome() with { Competitions = ["E0"] });
        var fixture = new MarketMessages();
        await PublishAsync(fixture.Scheduled());
        await PublishAsync(fixture.Compiled(home: 0.5));
        await UntilPricedAsync(fixture.FixtureId);

        // q = 0.5 at 2.20: edge 0.07 ≥ 0.02; quarter Kelly of 1000 = 15.35, filled at once against 100 shown at 2.20.
        await PublishAsync(fixture.Observed(back: 2.2m, lay: 2.22m, size: 100m));
        var trade = await Eventually.GetAsync(
            async () => (await GetAsync<Page<TradeDto>>($"/api/trades?strategy={strategy.Id}")).Items,
            items => items.Any(t => t.State == "Matched"), Patience, "the trade to be matched", Ct);

        var matched = Assert.Single(trade);
        Assert.Equal((2.2m, 15.35m, 15.35m, 2.2m, 1), (matched.Price, matched.Stake, matched.SizeMatched, matched.AveragePriceMatched!.Value, matched.StrategyVersion));
        Assert.Equal(0.5, matched.ModelProbability);

        var first = await PublishAsync(fixture.Result(2, 1));
        var second = await PublishAsync(fixture.Result(2, 1));
        // Both the fixture store and the trade saga consume a result: settled only once the saga has.
        await ConsumedAsync(first, consumers: 2);
        await ConsumedAsync(second, consumers: 2);

        // 15.35 × 1.20 = 18.42 won; 5% = 0.921 → 0.92; net 17.50.
        var settled = await GetAsync<TradeDto>($"/api/trades/{matched.TradeId}");
        Assert.Equal(("Settled", TradeOutcome.Won, 18.42m, 0.92m, 17.50m), (settled.State, settled.Outcome!.Value, settled.GrossProfit!.Value, settled.Commission!.Value, settled.NetProfit!.Value));
        Assert.Equal(["Signalled", "Matched", "Settled"], settled.Timeline!.Select(s => s.To));
        var after = await Eventually.GetAsync(
            () => GetAsync<StrategyDto>($"/api/strategies/{strategy.Id}"), s => s.OpenTrades == 0, Patience, "the position to close", Ct);
        Assert.Equal((1017.50m, 0m), (after.Bankroll, after.OpenExposure));
        Assert.Equal(1, await QueryAsync(db => db.Positions.CountAsync(p => p.ClosedAt != null && p.NetProfit == 17.50m, Ct)));
    }

    [Fact]
    public async Task Many_observations_at_once_open_one_trade_per_strategy_fixture_and_selection()
    {
        await CreateActiveStrategyAsync("back-home", TestStrategies.BackHome() with { Competitions = ["E0"] });
        var fixture = new MarketMessages();
        await PublishAsync(fixture.Scheduled());
        await PublishAsync(fixture.Compiled(home: 0.5));
        await UntilPricedAsync(fixture.FixtureId);

        var ids = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => PublishAsync(fixture.Observed(back: 2.2m + (i % 3 * 0.02m), lay: 2.3m, size: 100m))));
        foreach (var id in ids)
        {
            await ConsumedAsync(id);
        }

        Assert.Equal(1, await QueryAsync(db => db.Trades.CountAsync(t => t.FixtureId == fixture.FixtureId, Ct)));
        Assert.Equal(1, await QueryAsync(db => db.Positions.CountAsync(p => p.FixtureId == fixture.FixtureId, Ct)));
    }

    [Fact]
    public async Task The_kill_switch_stops_new_trades_and_survives_a_restart()
    {
        await CreateActiveStrategyAsync("back-home", TestStrategies.BackHome() with { Competitions = ["E0"] });
        var engaged = await Client.PutAsJsonAsync("/api/kill-switch", new KillSwitchRequest(true, "test: market data suspect"), Json, Ct);
        Assert.Equal(HttpStatusCode.OK, engaged.StatusCode);
        var fixture = new MarketMessages();
        await PublishAsync(fixture.Scheduled());
        await PublishAsync(fixture.Compiled(home: 0.5));
        await UntilPricedAsync(fixture.FixtureId);

        await ConsumedAsync(await PublishAsync(fixture.Observed(back: 2.2m, lay: 2.22m, size: 100m)));

        Assert.Equal(0, await QueryAsync(db => db.Trades.CountAsync(Ct)));
        Assert.Equal(0, await QueryAsync(db => db.Positions.CountAsync(Ct)));
        // A second Trader on the same database (a restart, or the other replica) reads it engaged.
        await using var other = new TraderFactory(Database, BrokerUri);
        var state = await other.CreateClient().GetFromJsonAsync<Positions.KillSwitch>("/api/kill-switch", Json, Ct);
        Assert.True(state!.Engaged);
        Assert.Equal("test: market data suspect", state.Reason);
    }

    [Fact]
    public async Task A_strategy_trades_on_the_model_it_names_and_the_market_informed_book_is_one()
    {
        // The Odds Compiler publishes two books per fixture once the exchange has priced it (ADR 1102): its stats model's
        // and "market-informed". Here only the market-informed one sees value at 2.20.
        var informed = await CreateActiveStrategyAsync("back-home-informed", TestStrategies.BackHome() with { Competitions = ["E0"], Model = "market-informed" });
        var stats = await CreateActiveStrategyAsync("back-home-stats", TestStrategies.BackHome() with { Competitions = ["E0"] });
        var fixture = new MarketMessages();
        await PublishAsync(fixture.Scheduled());
        await PublishAsync(fixture.Compiled(home: 0.45));
        await PublishAsync(fixture.Compiled(home: 0.5, modelName: "market-informed"));
        await UntilAsync(
            () => QueryAsync(db => db.CompiledPrices.AnyAsync(c => c.FixtureId == fixture.FixtureId && c.Model == "market-informed", Ct)),
            "the market-informed book to be stored");
        await UntilPricedAsync(fixture.FixtureId);

        await ConsumedAsync(await PublishAsync(fixture.Observed(back: 2.2m, lay: 2.22m, size: 100m)));

        var trades = await Eventually.GetAsync(
            async () => (await GetAsync<Page<TradeDto>>($"/api/trades?strategy={informed.Id}")).Items,
            items => items.Count > 0, Patience, "the market-informed strategy's trade", Ct);
        Assert.Equal(0.5, Assert.Single(trades).ModelProbability);
        Assert.Empty((await GetAsync<Page<TradeDto>>($"/api/trades?strategy={stats.Id}")).Items);
    }

    [Fact]
    public async Task No_value_no_trade()
    {
        await CreateActiveStrategyAsync("back-home", TestStrategies.BackHome() with { Competitions = ["E0"] });
        var fixture = new MarketMessages();
        await PublishAsync(fixture.Scheduled());
        await PublishAsync(fixture.Compiled(home: 0.45));
        await UntilPricedAsync(fixture.FixtureId);

        // q = 0.45 at 2.20: 0.45 × 1.2 × 0.95 − 0.55 = −0.037.
        await ConsumedAsync(await PublishAsync(fixture.Observed(back: 2.2m, lay: 2.22m, size: 100m)));

        Assert.Equal(0, await QueryAsync(db => db.Trades.CountAsync(Ct)));
    }

    [Fact]
    public async Task An_invalid_strategy_is_refused_with_field_level_problem_details_and_nothing_is_stored()
    {
        var bad = TestStrategies.BackHome() with { MinPrice = 3m, MaxPrice = 2.01m };

        var response = await Client.PostAsJsonAsync("/api/strategies", new CreateStrategyRequest("bad-one", bad), Json, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Json, Ct))!;
        Assert.Contains("maxPrice", problem.Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/strategies/bad-one", Ct)).StatusCode);
    }

    [Fact]
    public async Task Every_change_to_a_strategy_makes_a_version_and_a_trade_records_the_one_that_made_it()
    {
        var created = await CreateActiveStrategyAsync("back-home", TestStrategies.BackHome() with { Competitions = ["E0"], MinEdge = 0.5 });
        var changed = await Client.PutAsJsonAsync("/api/strategies/back-home", created.Definition with { MinEdge = 0.02 }, Json, Ct);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var versions = await GetAsync<List<VersionSummary>>("/api/strategies/back-home/versions");
        Assert.Equal([2, 1], versions.Select(v => v.Version));

        var fixture = new MarketMessages();
        await PublishAsync(fixture.Scheduled());
        await PublishAsync(fixture.Compiled(home: 0.5));
        await UntilPricedAsync(fixture.FixtureId);
        await PublishAsync(fixture.Observed(back: 2.2m, lay: 2.22m, size: 100m));

        var trades = await Eventually.GetAsync(
            async () => (await GetAsync<Page<TradeDto>>("/api/trades?strategy=back-home")).Items,
            items => items.Count > 0, Patience, "a trade", Ct);
        Assert.Equal(2, Assert.Single(trades).StrategyVersion);
    }

    private sealed record VersionSummary(int Version);
}
