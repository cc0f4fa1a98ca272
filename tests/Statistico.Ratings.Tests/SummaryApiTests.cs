using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Ratings.Data;
using Statistico.ServiceDefaults.Summary;
using Statistico.Testing;

namespace Statistico.Ratings.Tests;

/// <summary><c>GET /api/summary</c> on a real database: results heard, teams rated (per competition) and recomputations.</summary>
[Trait("Category", "Integration")]
public sealed class SummaryApiTests(TestInfrastructure infrastructure)
{
    private static readonly DateTimeOffset Saturday = new(2026, 8, 15, 14, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Counts_results_teams_rated_and_competitions_with_the_latest_times()
    {
        await using var database = await infrastructure.CreateDatabaseAsync("ratings-summary");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("ratings-summary");
        await using var factory = new RatingsFactory(database.ConnectionString, virtualHost.BrokerUri);
        using var client = factory.CreateClient();
        var empty = (await client.GetFromJsonAsync<ServiceSummary>("/api/summary", Ct))!;
        Assert.Equal("ratings", empty.Service);
        Assert.All(empty.Lines, l => Assert.Equal((0L, (DateTimeOffset?)null), (l.Count, l.Latest)));

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RatingsDbContext>();
            Guid first = Guid.NewGuid(), second = Guid.NewGuid(), other = Guid.NewGuid();
            db.Results.AddRange(Result(first, "E0", Saturday, "Alpha", "Beta"), Result(second, "E0", Saturday.AddDays(7), "Gamma", "Alpha"), Result(other, "E1", Saturday.AddDays(1), "Alpha", "Delta"));
            db.History.AddRange(
                Entry(first, "E0", Saturday, "Alpha", "Beta"), Entry(first, "E0", Saturday, "Beta", "Alpha"),
                Entry(second, "E0", Saturday.AddDays(7), "Gamma", "Alpha"), Entry(second, "E0", Saturday.AddDays(7), "Alpha", "Gamma"),
                Entry(other, "E1", Saturday.AddDays(1), "Alpha", "Delta"));
            db.Competitions.AddRange(
                new CompetitionState { CompetitionId = "E0", RecomputedAt = Saturday.AddDays(7).AddHours(3) },
                new CompetitionState { CompetitionId = "E1", RecomputedAt = null });
            await db.SaveChangesAsync(Ct);
        }

        var lines = (await client.GetFromJsonAsync<ServiceSummary>("/api/summary", Ct))!.Lines.ToDictionary(l => l.Name);

        Assert.Equal((3L, Saturday.AddDays(7)), (lines["results"].Count, lines["results"].Latest));
        // Alpha, Beta, Gamma in E0 and Alpha in E1 (Delta has no entry): ratings are per competition.
        Assert.Equal((4L, Saturday.AddDays(7)), (lines["teams rated"].Count, lines["teams rated"].Latest));
        Assert.Equal((2L, Saturday.AddDays(7).AddHours(3)), (lines["competitions"].Count, lines["competitions"].Latest));
    }

    private static StoredResult Result(Guid id, string competition, DateTimeOffset kickOff, string home, string away) =>
        new() { FixtureId = id, CompetitionId = competition, KickOff = kickOff, HomeTeam = home, AwayTeam = away, HomeGoals = 1, AwayGoals = 0, Revision = 1 };

    private static RatingHistoryEntry Entry(Guid id, string competition, DateTimeOffset kickOff, string team, string opponent) =>
        new() { FixtureId = id, CompetitionId = competition, KickOff = kickOff, Team = team, Opponent = opponent };
}
