using System.Globalization;
using System.Net;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Contracts.FootballData;
using Statistico.Contracts.Odds;
using Statistico.OddsWarehouse.Queries;
using Statistico.OddsWarehouse.Tests.Support;
using Statistico.Testing;

namespace Statistico.OddsWarehouse.Tests;

/// <summary>Prices published on the real broker, stored in real Postgres, read back through the HTTP API.</summary>
[Trait("Category", "Integration")]
public sealed class PriceQueryTests(TestInfrastructure infrastructure) : WarehouseTestBase(infrastructure)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task As_of_returns_the_last_observation_at_or_before_the_instant()
    {
        var fixture = Guid.NewGuid();
        await PublishAsync(Prices.Observed(fixture, T0, Prices.MatchOdds(2.0m, 3.4m, 4.0m)));
        await PublishAsync(Prices.Observed(fixture, T0.AddSeconds(10), Prices.MatchOdds(2.1m, 3.4m, 3.9m)));
        await PublishAsync(Prices.Observed(fixture, T0.AddSeconds(20), Prices.MatchOdds(2.2m, 3.3m, 3.8m)));
        await WaitForTicksAsync(fixture, 9);

        var exactlyAtSecond = await AsOfAsync(fixture, T0.AddSeconds(10));
        var betweenSecondAndThird = await AsOfAsync(fixture, T0.AddSeconds(19.999));
        var beforeFirst = await AsOfAsync(fixture, T0.AddTicks(-10));
        var afterLast = await AsOfAsync(fixture, T0.AddDays(1));

        Assert.Equal(2.1m, Home(exactlyAtSecond).BackPrice);
        Assert.Equal(T0.AddSeconds(10), Home(exactlyAtSecond).ObservedAt);
        Assert.Equal(3, exactlyAtSecond.Count);
        Assert.Equal(2.1m, Home(betweenSecondAndThird).BackPrice);
        Assert.Equal(3.92m, betweenSecondAndThird.Single(o => o.Selection == "AWAY").LayPrice);
        Assert.Empty(beforeFirst);
        Assert.Equal(2.2m, Home(afterLast).BackPrice);
    }

    [Fact]
    public async Task The_three_best_levels_of_each_side_are_stored_and_served()
    {
        var fixture = Guid.NewGuid();
        var home = new ObservedRunner("HOME",
            [new PriceSize(2.10m, 120m), new PriceSize(2.08m, 80.5m), new PriceSize(2.06m, 300m)],
            [new PriceSize(2.12m, 55m), new PriceSize(2.14m, 10m), new PriceSize(2.16m, 999.99m)]);
        var draw = new ObservedRunner("DRAW", [new PriceSize(3.40m, 20m)], []);
        await PublishAsync(new MarketOddsObserved(Guid.NewGuid(), "betfair", [new ObservedMarket(fixture, "MATCH_ODDS", T0, [home, draw])]));
        await WaitForTicksAsync(fixture, 2);

        var latest = await AsOfAsync(fixture, T0);

        var stored = Home(latest);
        Assert.Equal((2.10m, 120m, 2.12m, 55m), (stored.BackPrice, stored.BackSize, stored.LayPrice, stored.LaySize));
        Assert.Equal([new PriceSize(2.08m, 80.5m), new PriceSize(2.06m, 300m)], stored.BackDepth);
        Assert.Equal([new PriceSize(2.14m, 10m), new PriceSize(2.16m, 999.99m)], stored.LayDepth);
        var storedDraw = latest.Single(o => o.Selection == "DRAW");
        Assert.Empty(storedDraw.BackDepth);
        Assert.Empty(storedDraw.LayDepth);
    }

    [Fact]
    public async Task Stored_as_double_precision_every_price_and_size_up_to_15_significant_digits_comes_back_exactly()
    {
        // The extremes of an exchange ladder and of money matched, a compiler's many-digit price, and a size whose
        // float8 neighbour differs in the last place: each must come back as the same decimal (ADR 0305).
        var fixture = Guid.NewGuid();
        var home = new ObservedRunner("HOME",
            [new PriceSize(1.01m, 999999999999.99m), new PriceSize(1000m, 0.01m), new PriceSize(2.3456789012345m, 12345678901234.5m)],
            [new PriceSize(1.02m, 0.1m), new PriceSize(3.33m, 47.5m), new PriceSize(990m, 123456789.12m)])
        { LastTradedPrice = 1.005m };
        await PublishAsync(new MarketOddsObserved(Guid.NewGuid(), "betfair", [new ObservedMarket(fixture, "MATCH_ODDS", T0, [home])]));
        await WaitForTicksAsync(fixture, 1);

        var stored = Home(await AsOfAsync(fixture, T0));

        Assert.Equal((1.01m, 999999999999.99m, 1.02m, 0.1m, 1.005m), (stored.BackPrice, stored.BackSize, stored.LayPrice, stored.LaySize, stored.LastTradedPrice));
        Assert.Equal([new PriceSize(1000m, 0.01m), new PriceSize(2.3456789012345m, 12345678901234.5m)], stored.BackDepth);
        Assert.Equal([new PriceSize(3.33m, 47.5m), new PriceSize(990m, 123456789.12m)], stored.LayDepth);
    }

    [Fact]
    public async Task Closing_is_the_last_observation_before_kick_off_and_follows_a_moved_kick_off()
    {
        var fixture = Guid.NewGuid();
        var firstKickOff = T0.AddHours(1);
        var movedKickOff = T0.AddHours(2);
        await PublishAsync(new FixtureScheduled(fixture, "E0", "2026/27", "Arsenal", "Chelsea", firstKickOff, T0.AddDays(-7)));
        await PublishAsync(new FixtureUpdated(fixture, FixtureStatus.Scheduled, movedKickOff, T0.AddDays(-1)) { PreviousKickOff = firstKickOff });
        await Eventually.UntilAsync(() => WarehouseDatabase.KickOffKnownAsync(Database, fixture, movedKickOff, Ct), Patience, "the moved kick-off", Ct);
        // A late redelivery of the first event must not move the kick-off back.
        var late = new ConsumedCounter<FixtureScheduled>();
        using var observing = Factory.Services.GetRequiredService<IBus>().ConnectConsumeMessageObserver(late);
        await PublishAsync(new FixtureScheduled(fixture, "E0", "2026/27", "Arsenal", "Chelsea", firstKickOff, T0.AddDays(-7)));

        await PublishAsync(Prices.Observed(fixture, T0, Prices.MatchOdds(2.0m, 3.4m, 4.0m)));                        // opening
        await PublishAsync(Prices.Observed(fixture, firstKickOff.AddMinutes(5), Prices.MatchOdds(2.1m, 3.4m, 3.9m)));  // after the old kick-off
        await PublishAsync(Prices.Observed(fixture, movedKickOff.AddSeconds(-1), Prices.MatchOdds(2.2m, 3.3m, 3.8m))); // closing
        await PublishAsync(Prices.Observed(fixture, movedKickOff, Prices.MatchOdds(2.5m, 3.2m, 3.0m)));               // at kick-off: not before
        await PublishAsync(Prices.Observed(fixture, movedKickOff.AddMinutes(30), Prices.MatchOdds(1.5m, 4.0m, 8.0m))); // in play
        await WaitForTicksAsync(fixture, 15);
        // Evidence before absence: the warehouse has no inbox, so its bus says when the late event has been consumed.
        await late.WaitForAsync(1, Patience, Ct);

        var response = await GetAsync<OpeningClosingResponse>($"/api/fixtures/{fixture}/markets/MATCH_ODDS/prices/opening-closing");

        Assert.Equal(movedKickOff, response.KickOff);
        Assert.Equal(3, response.Prices.Count);
        var home = response.Prices.Single(p => p.Selection == "HOME");
        Assert.Equal("betfair", home.Source);
        Assert.Equal(2.0m, home.Opening.BackPrice);
        Assert.Equal(T0, home.Opening.ObservedAt);
        Assert.Equal(2.2m, home.Closing!.BackPrice);
        Assert.Equal(movedKickOff.AddSeconds(-1), home.Closing.ObservedAt);
    }

    [Fact]
    public async Task Closing_is_empty_while_the_kick_off_is_unknown()
    {
        var fixture = Guid.NewGuid();
        await PublishAsync(Prices.Observed(fixture, T0, Prices.MatchOdds(2.0m, 3.4m, 4.0m)));
        await WaitForTicksAsync(fixture, 3);

        var response = await GetAsync<OpeningClosingResponse>($"/api/fixtures/{fixture}/markets/MATCH_ODDS/prices/opening-closing");

        Assert.Null(response.KickOff);
        Assert.All(response.Prices, p => Assert.Null(p.Closing));
        Assert.Equal(2.0m, response.Prices.Single(p => p.Selection == "HOME").Opening.BackPrice);
    }

    [Fact]
    public async Task Latest_shows_every_source_including_the_compiled_book()
    {
        var fixture = Guid.NewGuid();
        await PublishAsync(Prices.Observed(fixture, T0, Prices.MatchOdds(2.0m, 3.4m, 4.0m)));
        await PublishAsync(Prices.Observed(fixture, T0.AddMinutes(1), Prices.MatchOdds(2.04m, 3.4m, 4.0m)));
        await PublishAsync(Prices.Observed(Guid.NewGuid(), "pinnacle", fixture, "MATCH_ODDS", T0, Prices.MatchOdds(1.98m, 3.5m, 4.1m)));
        await PublishAsync(Prices.Observed(Guid.NewGuid(), "betfair", fixture, "OVER_UNDER_25", T0, ("OVER", 1.9m, 1.92m), ("UNDER", 2.0m, 2.02m)));
        await PublishAsync(new OddsCompiled(fixture, "dixon-coles", "2026-11-20", [
            new CompiledMarket("MATCH_ODDS", [
                new CompiledSelection("HOME", 0.5, 2.0m, 1.96m),
                new CompiledSelection("DRAW", 0.27, 3.7m, 3.6m),
                new CompiledSelection("AWAY", 0.23, 4.35m, 4.2m)]),
        ], T0.AddMinutes(-5)));
        await WaitForTicksAsync(fixture, 3 + 3 + 3 + 2 + 3);

        var latest = await GetObservationsAsync($"/api/fixtures/{fixture}/markets/MATCH_ODDS/prices/latest");
        var onlyPinnacle = await GetObservationsAsync($"/api/fixtures/{fixture}/markets/MATCH_ODDS/prices/latest?source=pinnacle");

        Assert.Equal(["betfair", "pinnacle", "statistico:dixon-coles"], latest.Select(o => o.Source).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(9, latest.Count);
        Assert.Equal(2.04m, latest.Single(o => o.Source == "betfair" && o.Selection == "HOME").BackPrice);
        var compiledHome = latest.Single(o => o.Source == "statistico:dixon-coles" && o.Selection == "HOME");
        Assert.Equal(1.96m, compiledHome.BackPrice);
        Assert.Equal(2.0m, compiledHome.FairPrice);
        Assert.All(onlyPinnacle, o => Assert.Equal("pinnacle", o.Source));
        Assert.Equal(3, onlyPinnacle.Count);
    }

    [Fact]
    public async Task History_returns_every_tick_in_order_or_the_last_of_each_interval()
    {
        var fixture = Guid.NewGuid();
        for (var second = 0; second < 180; second += 20)
        {
            // 2.00, 2.02, … one tick every 20 s over three minutes, published out of order.
            var at = T0.AddSeconds(160 - second);
            await PublishAsync(Prices.Observed(fixture, at, [("HOME", 2.0m + ((160 - second) / 1000m), 2.5m)]));
        }

        await WaitForTicksAsync(fixture, 9);
        var basePath = $"/api/fixtures/{fixture}/markets/MATCH_ODDS/prices/history?selection=HOME&source=betfair";

        var all = await GetObservationsAsync(basePath);
        var perMinute = await GetObservationsAsync(basePath + "&interval=00:01:00");
        var window = await GetObservationsAsync(basePath + "&from=" + Iso(T0.AddSeconds(40)) + "&to=" + Iso(T0.AddSeconds(80)));

        Assert.Equal(9, all.Count);
        Assert.Equal(all.OrderBy(o => o.ObservedAt).Select(o => o.ObservedAt), all.Select(o => o.ObservedAt));
        Assert.Equal([T0.AddSeconds(40), T0.AddSeconds(100), T0.AddSeconds(160)], perMinute.Select(o => o.ObservedAt));
        Assert.Equal([2.04m, 2.10m, 2.16m], perMinute.Select(o => o.BackPrice!.Value));
        Assert.Equal([T0.AddSeconds(40), T0.AddSeconds(60), T0.AddSeconds(80)], window.Select(o => o.ObservedAt));
    }

    [Theory]
    [InlineData("as-of", "at")]
    [InlineData("as-of?at=yesterday", "at")]
    [InlineData("history?source=betfair", "selection")]
    [InlineData("history?selection=HOME&source=betfair&interval=5", "interval")]
    [InlineData("history?selection=HOME&source=betfair&from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z", "from")]
    [InlineData("history?selection=HOME&source=betfair&handicap=minus-one", "handicap")]
    public async Task A_bad_query_is_a_400_problem_naming_the_parameter(string query, string parameter)
    {
        var response = await Client.GetAsync($"/api/fixtures/{Guid.NewGuid()}/markets/MATCH_ODDS/prices/{query}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("errors").GetProperty(parameter)[0].GetString()));
    }

    [Fact]
    public async Task A_market_type_outside_the_vocabulary_is_a_400_problem()
    {
        var response = await Client.GetAsync($"/api/fixtures/{Guid.NewGuid()}/markets/match-odds/prices/latest", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_api_is_described_by_openapi()
    {
        var document = JsonDocument.Parse(await Client.GetStringAsync("/openapi/v1.json", Ct)).RootElement;

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/fixtures/{fixtureId}/markets/{marketType}/prices/as-of", paths);
        Assert.Contains("/api/fixtures/{fixtureId}/markets/{marketType}/prices/opening-closing", paths);
    }

    private static string Iso(DateTimeOffset instant) => Uri.EscapeDataString(instant.ToString("O", CultureInfo.InvariantCulture));

    private static PriceObservation Home(IEnumerable<PriceObservation> observations) => observations.Single(o => o.Selection == "HOME");

    private Task<List<PriceObservation>> AsOfAsync(Guid fixture, DateTimeOffset at) =>
        GetObservationsAsync($"/api/fixtures/{fixture}/markets/MATCH_ODDS/prices/as-of?at={Iso(at)}");
}
