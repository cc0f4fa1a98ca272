using Microsoft.Extensions.DependencyInjection;
using Statistico.OddsWarehouse.Queries;
using Statistico.OddsWarehouse.Retention;
using Statistico.OddsWarehouse.Tests.Support;
using Statistico.Contracts.FootballData;
using Statistico.Testing;

namespace Statistico.OddsWarehouse.Tests;

/// <summary>Raw ticks past their retention are down-sampled and their month dropped; the answers stay right.</summary>
[Trait("Category", "Integration")]
public sealed class RetentionTests(TestInfrastructure infrastructure) : WarehouseTestBase(infrastructure)
{
    [Fact]
    public async Task An_old_month_is_down_sampled_keeping_each_interval_s_last_tick_and_the_opening_and_closing()
    {
        var fixture = Guid.NewGuid();
        var kickOff = new DateTimeOffset(2025, 3, 1, 15, 0, 0, TimeSpan.Zero);
        await PublishAsync(new FixtureScheduled(fixture, "E0", "2024/25", "Arsenal", "Chelsea", kickOff, kickOff.AddDays(-30)));
        await Eventually.UntilAsync(() => WarehouseDatabase.KickOffKnownAsync(Database, fixture, kickOff, Ct), Patience, "the kick-off", Ct);
        // Six ticks in the minute before kick-off (every 10 s), one at kick-off: 14:59:00 … 14:59:50, 15:00:00.
        var first = kickOff.AddMinutes(-1);
        for (var i = 0; i <= 6; i++)
        {
            await PublishAsync(Prices.Observed(fixture, first.AddSeconds(10 * i), [("HOME", 2.0m + (i / 100m), 2.1m)]));
        }

        await WaitForTicksAsync(fixture, 7);
        var before = await GetAsync<OpeningClosingResponse>($"/api/fixtures/{fixture}/markets/MATCH_ODDS/prices/opening-closing");

        var outcome = await Factory.Services.GetRequiredService<RetentionRunner>().RunOnceAsync(Ct);

        Assert.Contains("price_ticks_y2025m03", outcome.DroppedPartitions);
        Assert.Equal(0L, await WarehouseDatabase.TickCountAsync(Database, fixture, Ct));
        // Kept: 14:59:00 (opening), 14:59:50 (closing, the last of its minute), 15:00:00 (the last of its minute).
        Assert.Equal(3L, await WarehouseDatabase.SampleCountAsync(Database, fixture, Ct));
        var after = await GetAsync<OpeningClosingResponse>($"/api/fixtures/{fixture}/markets/MATCH_ODDS/prices/opening-closing");
        AssertSame(before.Prices.Single().Opening, after.Prices.Single().Opening);
        AssertSame(before.Prices.Single().Closing!, after.Prices.Single().Closing!);
        Assert.Equal(2.05m, after.Prices.Single().Closing!.BackPrice);
        var asOf = await GetObservationsAsync($"/api/fixtures/{fixture}/markets/MATCH_ODDS/prices/as-of?at=2025-03-01T14:59:55Z");
        Assert.Equal(2.05m, asOf.Single().BackPrice);

        // A late message for the dropped month is still stored: the month is created again.
        await PublishAsync(Prices.Observed(fixture, first.AddSeconds(5), [("HOME", 1.99m, 2.1m)]));
        await WaitForTicksAsync(fixture, 1);
    }

    // Records compare their depth lists by reference; the API hands back new lists.
    private static void AssertSame(PriceObservation expected, PriceObservation actual)
    {
        Assert.Equal(expected with { BackDepth = [], LayDepth = [] }, actual with { BackDepth = [], LayDepth = [] });
        Assert.Equal(expected.BackDepth, actual.BackDepth);
        Assert.Equal(expected.LayDepth, actual.LayDepth);
    }
}
