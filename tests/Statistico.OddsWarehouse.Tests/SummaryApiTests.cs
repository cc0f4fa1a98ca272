using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Statistico.OddsWarehouse.Data;
using Statistico.OddsWarehouse.Tests.Support;
using Statistico.ServiceDefaults.Summary;
using Statistico.Testing;

namespace Statistico.OddsWarehouse.Tests;

/// <summary><c>GET /api/summary</c> on a real database: fixtures known, batches stored and price series per source.</summary>
[Trait("Category", "Integration")]
public sealed class SummaryApiTests(TestInfrastructure infrastructure) : WarehouseTestBase(infrastructure)
{
    private static readonly DateTimeOffset Saturday = new(2026, 8, 15, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Counts_fixtures_batches_and_series_per_source_with_the_latest_times()
    {
        var empty = (await Client.GetFromJsonAsync<ServiceSummary>("/api/summary", Ct))!;
        Assert.Equal("odds-warehouse", empty.Service);
        Assert.Equal([("fixtures", 0L, (DateTimeOffset?)null), ("batches stored", 0L, null), ("price series", 0L, null)], empty.Lines.Select(l => (l.Name, l.Count, l.Latest)));

        // Whole seconds: Postgres keeps microseconds, .NET ticks are finer. Recent, so retention keeps the batch ids.
        var now = DateTimeOffset.UtcNow;
        var received = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddMinutes(-5);
        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OddsWarehouseDbContext>();
            Guid first = Guid.NewGuid(), second = Guid.NewGuid();
            db.FixtureKickOffs.AddRange(
                new FixtureKickOff { FixtureId = first, KickOff = Saturday, Status = "Scheduled", AsOf = Saturday.AddDays(-3) },
                new FixtureKickOff { FixtureId = second, KickOff = Saturday.AddDays(2), Status = "Scheduled", AsOf = Saturday.AddDays(-3) });
            db.ReceivedBatches.AddRange(
                new ReceivedBatch { BatchId = Guid.NewGuid(), ReceivedAt = received.AddMinutes(-1) },
                new ReceivedBatch { BatchId = Guid.NewGuid(), ReceivedAt = received });
            db.PriceSeries.AddRange(
                Series(first, "HOME", "betfair"), Series(first, "AWAY", "betfair"), Series(first, "DRAW", "betfair"), Series(first, "HOME", "statistico"));
            await db.SaveChangesAsync(Ct);
        }

        var lines = (await Client.GetFromJsonAsync<ServiceSummary>("/api/summary", Ct))!.Lines;

        Assert.Equal(
            [
                ("fixtures", 2L, (DateTimeOffset?)Saturday.AddDays(2)),
                ("batches stored", 2L, received),
                ("price series (betfair)", 3L, null),
                ("price series (statistico)", 1L, null),
            ],
            lines.Select(l => (l.Name, l.Count, l.Latest?.ToUniversalTime())));
    }

    private static PriceSeries Series(Guid fixture, string selection, string source) =>
        new() { FixtureId = fixture, MarketType = "MATCH_ODDS", Selection = selection, Source = source };
}
