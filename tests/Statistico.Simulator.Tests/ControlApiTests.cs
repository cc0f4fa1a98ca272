using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Simulator.Apis;
using Statistico.Simulator.World;
using Statistico.Testing;

namespace Statistico.Simulator.Tests;

/// <summary>The world's control API over HTTP: pause, resume, speed, advance and reset with a seed.</summary>
[Trait("Category", "Integration")]
public sealed class ControlApiTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task The_clock_can_be_paused_sped_up_advanced_and_the_world_reset_with_another_seed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("simcontrol");
        await using var factory = new SimulatorFactory(database.ConnectionString, new Dictionary<string, string?>
        {
            ["Simulator:Seed"] = "1",
            ["Simulator:StartPaused"] = "true",
            ["Simulator:Synthetic:Seasons"] = "1",
            ["Simulator:Synthetic:Leagues:0:Teams"] = "6",
        });
        using var control = factory.CreateClient();
        var start = await SimulatorHost.StatusAsync(control, ct);
        Assert.True(start.Paused);
        // Three past seasons (no markets) and one played season of a 6-team league; the clock starts when the first
        // played matchday's markets open (StartBeforeFirstKickOff unset).
        Assert.Equal((1, 4 * 30), (start.Seed, start.Fixtures));
        Assert.Equal(start.FirstUpcomingKickOff!.Value.AddDays(-7), start.SimulatedTime);
        Assert.True(start.FirstKickOff < start.FirstUpcomingKickOff);

        var fast = await (await control.PostAsJsonAsync("/control/speed", new { speed = 1_000_000 }, ct)).Content.ReadFromJsonAsync<WorldStatus>(ct);
        Assert.Equal(1_000_000, fast!.Speed);
        await control.PostAsync("/control/resume", null, ct);
        await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        var paused = await (await control.PostAsync("/control/pause", null, ct)).Content.ReadFromJsonAsync<WorldStatus>(ct);
        Assert.True(paused!.SimulatedTime >= start.SimulatedTime.AddSeconds(150_000), $"the clock ran to {paused.SimulatedTime}");
        await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
        Assert.Equal(paused.SimulatedTime, (await SimulatorHost.StatusAsync(control, ct)).SimulatedTime);

        Assert.Equal(HttpStatusCode.BadRequest, (await control.PostAsJsonAsync("/control/speed", new { speed = 0 }, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await control.PostAsJsonAsync("/control/advance", new { minutes = -5 }, ct)).StatusCode);

        // An order in the old world disappears with it on reset; the new world is the new seed's.
        await using var services = SimulatorHost.BetfairClient(factory);
        var client = services.GetRequiredService<IBetfairClient>();
        var market = Assert.Single(await client.ListMarketCatalogueAsync(new ListMarketCatalogueRequest(
            new MarketFilter { MarketTypeCodes = ["MATCH_ODDS"] }, [MarketProjection.RunnerDescription], MarketSort.FirstToStart, 1), ct));
        await client.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId,
            [new PlaceInstruction(OrderType.Limit, market.Runners![0].SelectionId, Side.Back, new LimitOrder(2m, 900m, PersistenceType.Persist)) { CustomerOrderRef = "reset-1" }], "reset-place"), ct);
        Assert.Single((await client.ListCurrentOrdersAsync(new ListCurrentOrdersRequest(), ct)).CurrentOrders);

        var reset = await (await control.PostAsJsonAsync("/control/reset", new { seed = 2 }, ct)).Content.ReadFromJsonAsync<WorldStatus>(ct);
        Assert.Equal((2, start.SimulatedTime), (reset!.Seed, reset.SimulatedTime));
        Assert.Empty((await client.ListCurrentOrdersAsync(new ListCurrentOrdersRequest(), ct)).CurrentOrders);
        var expected = SyntheticWorldBuilder.Build(new SyntheticOptions { Seasons = 1, Leagues = [new SyntheticLeagueOptions { Id = 9001, Code = "SIM", Name = "Simulated League", Teams = 6 }] }, 2);
        Assert.Equal(expected.Fixtures, factory.Services.GetRequiredService<CurrentWorld>().Definition.Fixtures);
    }
}
