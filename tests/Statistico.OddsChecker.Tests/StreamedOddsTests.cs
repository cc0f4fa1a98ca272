using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Statistico.OddsChecker.Tests.Support;
using Statistico.Testing;

namespace Statistico.OddsChecker.Tests;

/// <summary>
/// Issue 19: a Betfair source set to stream, against the real Simulator's stream endpoint and the real broker and
/// database. Once the schedule has found the markets, a price change is published with the schedule paused: only the
/// stream can have carried it.
/// </summary>
[Trait("Category", "Integration")]
public sealed class StreamedOddsTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private CheckedWorld? world;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => world = await CheckedWorld.StartAsync(infrastructure, Ct, streaming: true);

    public async ValueTask DisposeAsync()
    {
        if (world is not null)
        {
            await world.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_price_change_is_published_from_the_stream_alone_and_only_the_moved_market()
    {
        var markets = await world!.MatchdayMarketsAsync(Ct);
        foreach (var market in markets)
        {
            await world.AnnounceAsync(market, Ct);
        }

        await world.WaitForFixturesAsync(markets.Count, Ct);
        var first = await world.Probe.TakeAsync(1, TimeSpan.FromSeconds(30), Ct);
        Assert.Equal(markets.Count, first.SelectMany(b => b.Message.GetProperty("markets").EnumerateArray()).Count());

        // No more scheduled polls; let anything in flight finish and drain.
        var scheduler = await world.Checker.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
        await scheduler.PauseAll(Ct);
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        await InboxEvidence.OutboxDrainedAsync(world.CheckerDatabase, TimeSpan.FromSeconds(30), Ct);
        await world.Probe.ArrivedAsync(Ct);

        var moved = markets[^1];
        var taken = await world.MovePriceAsync(moved, Ct);
        var again = await world.Probe.TakeAsync(1, TimeSpan.FromSeconds(15), Ct);
        var republished = Assert.Single(again.SelectMany(b => b.Message.GetProperty("markets").EnumerateArray()));
        Assert.Equal(moved.MarketId, republished.GetProperty("exchangeMarketId").GetString());
        var runner = republished.GetProperty("runners").EnumerateArray().Single(r => r.GetProperty("runnerId").GetInt64() == moved.Runners![0].SelectionId);
        Assert.True(runner.GetProperty("back")[0].GetProperty("price").AsDecimal() < taken, $"the taken offer at {taken} is still published");
    }
}
