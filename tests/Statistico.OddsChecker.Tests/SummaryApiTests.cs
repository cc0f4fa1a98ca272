using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Statistico.OddsChecker.Data;
using Statistico.OddsChecker.Tests.Support;
using Statistico.ServiceDefaults.Summary;
using Statistico.Testing;

namespace Statistico.OddsChecker.Tests;

/// <summary><c>GET /api/summary</c> on a real database: fixtures tracked, events linked and unmatched, markets observed per source.</summary>
[Trait("Category", "Integration")]
public sealed class SummaryApiTests(TestInfrastructure infrastructure)
{
    private static readonly DateTimeOffset Saturday = new(2026, 8, 15, 14, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Counts_fixtures_events_and_markets_per_source_with_the_latest_times()
    {
        await using var database = await infrastructure.CreateDatabaseAsync("checker-summary");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("checker-summary");
        // No source polls: the rows below are all there is.
        await using var factory = new CheckerFactory(database.ConnectionString, virtualHost.BrokerUri, () => new HttpClientHandler(),
            new Dictionary<string, string?> { ["OddsChecker:Sources:betfair:Enabled"] = "false" });
        using var client = factory.CreateClient();
        var empty = (await client.GetFromJsonAsync<ServiceSummary>("/api/summary", Ct))!;
        Assert.Equal("odds-checker", empty.Service);
        Assert.Equal(["fixtures tracked", "events linked", "events unmatched", "markets observed"], empty.Lines.Select(l => l.Name));
        Assert.All(empty.Lines, l => Assert.Equal((0L, (DateTimeOffset?)null), (l.Count, l.Latest)));

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OddsCheckerDbContext>();
            Guid first = Guid.NewGuid(), second = Guid.NewGuid();
            db.Fixtures.AddRange(Fixture(first, Saturday), Fixture(second, Saturday.AddDays(3)));
            db.EventLinks.Add(new EventLink { Source = "betfair", EventId = "e1", FixtureId = first, MatchedBy = "teams", LinkedAt = Saturday.AddDays(-1) });
            db.UnmatchedEvents.Add(new UnmatchedEvent { Source = "betfair", EventId = "e9", Name = "X v Y", Reason = "no fixture", StartTime = Saturday, FirstSeen = Saturday.AddDays(-2), LastSeen = Saturday.AddHours(-1) });
            db.MarketStates.AddRange(
                Market("betfair", "1.1", first, Saturday.AddMinutes(-30)),
                Market("betfair", "1.2", first, Saturday.AddMinutes(-10)),
                Market("statistico", "s-1", second, Saturday.AddMinutes(-20)));
            await db.SaveChangesAsync(Ct);
        }

        var lines = (await client.GetFromJsonAsync<ServiceSummary>("/api/summary", Ct))!.Lines;

        Assert.Equal(
            [
                ("fixtures tracked", 2L, (DateTimeOffset?)Saturday.AddDays(3)),
                ("events linked", 1L, Saturday.AddDays(-1)),
                ("events unmatched", 1L, Saturday.AddHours(-1)),
                ("markets observed (betfair)", 2L, Saturday.AddMinutes(-10)),
                ("markets observed (statistico)", 1L, Saturday.AddMinutes(-20)),
            ],
            lines.Select(l => (l.Name, l.Count, l.Latest)));
    }

    private static TrackedFixture Fixture(Guid id, DateTimeOffset kickOff) =>
        new() { FixtureId = id, CompetitionId = "E0", HomeTeam = "Alpha", AwayTeam = "Beta", KickOff = kickOff, Status = "Scheduled", Revision = 1 };

    private static MarketState Market(string source, string marketId, Guid fixture, DateTimeOffset publishedAt) =>
        new() { Source = source, MarketId = marketId, FixtureId = fixture, Fingerprint = "f", LastPublishedAt = publishedAt };
}
