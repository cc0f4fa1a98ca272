using Microsoft.EntityFrameworkCore;
using Statistico.OddsCompiler.Data;
using Statistico.OddsCompiler.TeamRatings;
using Statistico.Testing;

namespace Statistico.OddsCompiler.Tests;

/// <summary>
/// The compiler's copy of Ratings' table on real Postgres: the latest kick-off wins, and for one fixture rated twice
/// (a recompute) the later computation wins whichever event is consumed first.
/// </summary>
[Trait("Category", "Integration")]
public sealed class TeamRatingsStoreTests(TestInfrastructure infrastructure)
{
    private static readonly DateTimeOffset KickOff = new(2022, 5, 19, 19, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstComputation = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_recomputed_rating_is_kept_when_the_first_computation_arrives_after_it()
    {
        await using var database = await infrastructure.CreateDatabaseAsync("oc-team-ratings");
        var fixture = Guid.NewGuid();

        await UpsertAsync(database, Rating(fixture, KickOff, FirstComputation.AddSeconds(5), attack: 2652.1));  // the recompute
        await UpsertAsync(database, Rating(fixture, KickOff, FirstComputation, attack: 2651.9));               // the first, late
        Assert.Equal(2652.1, (await StoredAsync(database)).Attack);

        await UpsertAsync(database, Rating(Guid.NewGuid(), KickOff.AddDays(-7), FirstComputation.AddMinutes(1), attack: 1000));
        Assert.Equal(2652.1, (await StoredAsync(database)).Attack); // an earlier match, however recently rated, is older

        var next = Guid.NewGuid();
        await UpsertAsync(database, Rating(next, KickOff.AddDays(3), FirstComputation.AddSeconds(-30), attack: 2700));
        var stored = await StoredAsync(database);
        Assert.Equal((2700, next), (stored.Attack, stored.LastFixtureId)); // a later match wins
    }

    private static TeamRatingRecord Rating(Guid fixture, DateTimeOffset kickOff, DateTimeOffset ratedAt, double attack) => new()
    {
        CompetitionId = "E0", Team = "Chelsea", Attack = attack, Defence = 1000, LastFixtureId = fixture, LastKickOff = kickOff, RatedAt = ratedAt,
    };

    private static async Task UpsertAsync(IsolatedDatabase database, TeamRatingRecord rating)
    {
        await using var db = Open(database);
        await db.Database.MigrateAsync(Ct);
        await new TeamRatingsStore(db).UpsertAsync(rating, Ct);
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<TeamRatingRecord> StoredAsync(IsolatedDatabase database)
    {
        await using var db = Open(database);
        return await db.TeamRatings.AsNoTracking().SingleAsync(Ct);
    }

    private static OddsCompilerDbContext Open(IsolatedDatabase database) =>
        new(new DbContextOptionsBuilder<OddsCompilerDbContext>().UseNpgsql(database.ConnectionString).Options);
}
