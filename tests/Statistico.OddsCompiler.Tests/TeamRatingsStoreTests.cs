using Microsoft.EntityFrameworkCore;
using Statistico.OddsCompiler.Data;
using Statistico.OddsCompiler.TeamRatings;
using Statistico.Testing;

namespace Statistico.OddsCompiler.Tests;

/// <summary>
/// The compiler's copy of Ratings' table on real Postgres: the latest kick-off wins, for one fixture rated twice (a
/// recompute) the later computation wins whichever event is consumed first, and writers racing on the same teams (a
/// first start: consumers and the API backfill at once) all succeed and leave the newest.
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

    [Fact]
    public async Task A_writer_held_up_by_another_writers_uncommitted_ratings_succeeds_and_the_newer_rating_stays()
    {
        await using var database = await infrastructure.CreateDatabaseAsync("oc-team-ratings-race");
        await using (var db = Open(database))
        {
            await db.Database.MigrateAsync(Ct);
        }

        // New teams: the later computation is the one held up. A read-then-write saw no row and failed on the key.
        await RaceAsync(database, first: FirstComputation.AddSeconds(1), second: FirstComputation.AddSeconds(2));
        Assert.All(await StoredAllAsync(database), r => Assert.Equal(Attack(FirstComputation.AddSeconds(2)), r.Attack));

        // Stored teams: the older computation is the one held up, and must not overwrite. A read-then-write with a row
        // version failed its update (the row changed under it).
        await RaceAsync(database, first: FirstComputation.AddSeconds(4), second: FirstComputation.AddSeconds(3));
        Assert.All(await StoredAllAsync(database), r => Assert.Equal(Attack(FirstComputation.AddSeconds(4)), r.Attack));
    }

    /// <summary>
    /// The first writer writes two teams and holds its transaction open; the second writes them in the other order and
    /// is held up by the first's locks; then the first commits, and the second must finish without an error.
    /// </summary>
    private static async Task RaceAsync(IsolatedDatabase database, DateTimeOffset first, DateTimeOffset second)
    {
        var fixture = Guid.NewGuid();
        await using var firstDb = Open(database);
        await using var firstTransaction = await firstDb.Database.BeginTransactionAsync(Ct);
        await new TeamRatingsStore(firstDb).UpsertAllAsync([Rating("Chelsea", fixture, first), Rating("Arsenal", fixture, first)], Ct);

        var secondWriter = Task.Run(async () =>
        {
            await using var secondDb = Open(database);
            await using var secondTransaction = await secondDb.Database.BeginTransactionAsync(Ct);
            await new TeamRatingsStore(secondDb).UpsertAllAsync([Rating("Arsenal", fixture, second), Rating("Chelsea", fixture, second)], Ct);
            await secondTransaction.CommitAsync(Ct);
        }, Ct);

        await LockWaits.HeldUpAsync(database.ConnectionString, secondWriter, Ct);
        await firstTransaction.CommitAsync(Ct);
        await secondWriter;
    }

    private static double Attack(DateTimeOffset ratedAt) => 1000 + (ratedAt - FirstComputation).TotalSeconds;

    private static TeamRatingRecord Rating(string team, Guid fixture, DateTimeOffset ratedAt) => new()
    {
        CompetitionId = "E0", Team = team, Attack = Attack(ratedAt), Defence = 1000, LastFixtureId = fixture, LastKickOff = KickOff, RatedAt = ratedAt,
    };

    private static async Task<List<TeamRatingRecord>> StoredAllAsync(IsolatedDatabase database)
    {
        await using var db = Open(database);
        var stored = await db.TeamRatings.AsNoTracking().ToListAsync(Ct);
        Assert.Equal(2, stored.Count);
        return stored;
    }

    private static TeamRatingRecord Rating(Guid fixture, DateTimeOffset kickOff, DateTimeOffset ratedAt, double attack) => new()
    {
        CompetitionId = "E0", Team = "Chelsea", Attack = attack, Defence = 1000, LastFixtureId = fixture, LastKickOff = kickOff, RatedAt = ratedAt,
    };

    private static async Task UpsertAsync(IsolatedDatabase database, TeamRatingRecord rating)
    {
        await using var db = Open(database);
        await db.Database.MigrateAsync(Ct);
        await new TeamRatingsStore(db).UpsertAllAsync([rating], Ct);
    }

    private static async Task<TeamRatingRecord> StoredAsync(IsolatedDatabase database)
    {
        await using var db = Open(database);
        return await db.TeamRatings.AsNoTracking().SingleAsync(Ct);
    }

    private static OddsCompilerDbContext Open(IsolatedDatabase database) =>
        new(new DbContextOptionsBuilder<OddsCompilerDbContext>().UseNpgsql(database.ConnectionString).Options);
}
