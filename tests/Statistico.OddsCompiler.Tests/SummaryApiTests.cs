using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Contracts.FootballData;
using Statistico.OddsCompiler.Data;
using Statistico.ServiceDefaults.Summary;
using Statistico.Testing;

namespace Statistico.OddsCompiler.Tests;

/// <summary><c>GET /api/summary</c> on a real database: fixtures known, books compiled (stats and market-informed), market prices, fixtures not priced and model fits.</summary>
[Trait("Category", "Integration")]
public sealed class SummaryApiTests(TestInfrastructure infrastructure)
{
    private static readonly DateTimeOffset Saturday = new(2026, 8, 15, 14, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Counts_fixtures_books_market_informed_books_prices_not_priced_and_fits_with_the_latest_times()
    {
        await using var database = await infrastructure.CreateDatabaseAsync("compiler-summary");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("compiler-summary");
        // Football Data is never asked here: a name that does not resolve is enough.
        await using var factory = new CompilerFactory(database.ConnectionString, virtualHost.BrokerUri, () => new HttpClientHandler());
        using var client = factory.CreateClient();
        var empty = (await client.GetFromJsonAsync<ServiceSummary>("/api/summary", Ct))!;
        Assert.Equal("odds-compiler", empty.Service);
        Assert.Equal(["fixtures", "books compiled", "market-informed books", "market prices", "not priced", "model fits"], empty.Lines.Select(l => l.Name));
        Assert.All(empty.Lines, l => Assert.Equal((0L, (DateTimeOffset?)null), (l.Count, l.Latest)));

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OddsCompilerDbContext>();
            var priced = Fixture(Saturday, reason: null);
            var unpriced = Fixture(Saturday.AddDays(7), reason: "0 finished matches in the 1095-day window");
            db.Fixtures.AddRange(priced, unpriced, Fixture(Saturday.AddDays(1), reason: null));
            db.Books.Add(new CompiledBook { FixtureId = priced.Id, ModelName = "production", ModelVersion = "E0-1", CompiledAt = Saturday.AddDays(-1), Markets = "[]" });
            db.MarketInformedBooks.Add(new MarketInformedBook { FixtureId = priced.Id, ModelVersion = "E0.1+0", CompiledAt = Saturday.AddDays(-1).AddHours(2), Markets = "[]" });
            db.MarketPrices.AddRange(
                new MarketPriceRecord { FixtureId = priced.Id, Source = "betfair", MarketType = "MATCH_ODDS", ObservedAt = Saturday.AddHours(-3), First = 0.5, Second = 0.3, Third = 0.2 },
                new MarketPriceRecord { FixtureId = priced.Id, Source = "betfair", MarketType = "OVER_UNDER_25", ObservedAt = Saturday.AddHours(-2), First = 0.5, Second = 0.5 });
            db.Snapshots.Add(new CompetitionModelSnapshot { CompetitionId = "E0", Version = 1, ModelName = "production", FittedAt = Saturday.AddDays(-2), Parameters = "{}" });
            await db.SaveChangesAsync(Ct);
        }

        var lines = (await client.GetFromJsonAsync<ServiceSummary>("/api/summary", Ct))!.Lines.ToDictionary(l => l.Name);

        Assert.Equal((3L, Saturday.AddDays(7)), (lines["fixtures"].Count, lines["fixtures"].Latest));
        Assert.Equal((1L, Saturday.AddDays(-1)), (lines["books compiled"].Count, lines["books compiled"].Latest));
        Assert.Equal((1L, Saturday.AddDays(-1).AddHours(2)), (lines["market-informed books"].Count, lines["market-informed books"].Latest));
        Assert.Equal((2L, Saturday.AddHours(-2)), (lines["market prices"].Count, lines["market prices"].Latest));
        Assert.Equal((1L, Saturday.AddDays(7)), (lines["not priced"].Count, lines["not priced"].Latest));
        Assert.Equal((1L, Saturday.AddDays(-2)), (lines["model fits"].Count, lines["model fits"].Latest));
    }

    private static PricedFixture Fixture(DateTimeOffset kickOff, string? reason) => new()
    {
        Id = Guid.NewGuid(), CompetitionId = "E0", Season = "2026/27", HomeTeam = "Alpha", AwayTeam = "Beta", KickOff = kickOff,
        Status = FixtureStatus.Scheduled, Revision = 1, NotPricedReason = reason,
    };
}
