using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Ratings.Data;
using Statistico.Ratings.Recompute;
using Statistico.Testing;

namespace Statistico.Ratings.Tests;

/// <summary>
/// Which dirty competition a recomputation takes, on the real database: the one recomputed longest ago. Taking any row
/// took the first by key every time, so while one league's backfill kept it dirty another league was never rated.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RecomputeOrderTests(TestInfrastructure infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_dirty_competition_recomputed_longest_ago_goes_first_so_a_busy_league_cannot_starve_another()
    {
        await using var database = await infrastructure.CreateDatabaseAsync("ratings-order");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("ratings-order");
        // The worker sleeps (no result is consumed to wake it, and its poll is an hour away): this test takes each turn.
        await using var factory = new RatingsFactory(database.ConnectionString, virtualHost.BrokerUri, settings: new Dictionary<string, string> { ["Ratings:PollInterval"] = "01:00:00" });
        using var client = factory.CreateClient();
        await Eventually.UntilAsync(async () => (await client.GetAsync("/health", Ct)).IsSuccessStatusCode, TimeSpan.FromSeconds(60), "Ratings to be healthy", Ct);

        // "AA" sorts first by key and was stored first; it was recomputed a minute ago, "BB" never.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RatingsDbContext>();
            db.Competitions.Add(new CompetitionState { CompetitionId = "AA", RecomputedAt = DateTimeOffset.UtcNow.AddMinutes(-1) });
            await db.SaveChangesAsync(Ct);
            db.Competitions.Add(new CompetitionState { CompetitionId = "BB" });
            await db.SaveChangesAsync(Ct);
        }

        await DirtyAsync(factory, "AA", "BB");
        Assert.Equal("BB", await RecomputeNextAsync(factory));
        Assert.Equal("AA", await RecomputeNextAsync(factory));

        // Both dirty again: BB's turn came before AA's, so BB goes first again, then AA, then nothing is left.
        await DirtyAsync(factory, "AA", "BB");
        Assert.Equal("BB", await RecomputeNextAsync(factory));
        Assert.Equal("AA", await RecomputeNextAsync(factory));
        Assert.Null(await RecomputeNextAsync(factory));
    }

    private static async Task DirtyAsync(RatingsFactory factory, params string[] competitions)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RatingsDbContext>();
        var recorder = new Results.ResultRecorder(db);
        foreach (var competition in competitions)
        {
            var kickOff = DateTimeOffset.UtcNow.AddDays(-1).AddSeconds(-await db.Results.CountAsync(Ct));
            await recorder.RecordAsync(new StoredResult
            {
                FixtureId = Guid.NewGuid(), CompetitionId = competition, KickOff = kickOff, HomeTeam = $"{competition} Home", AwayTeam = $"{competition} Away",
                HomeGoals = 2, AwayGoals = 1, Revision = 1,
            }, Ct);
            await db.SaveChangesAsync(Ct);
        }
    }

    private static async Task<string?> RecomputeNextAsync(RatingsFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CompetitionRecomputer>().RecomputeNextAsync(Ct);
    }
}
