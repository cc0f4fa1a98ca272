using Microsoft.EntityFrameworkCore;
using Statistico.OddsCompiler.Data;
using Statistico.OddsCompiler.History;
using Statistico.Testing;

namespace Statistico.OddsCompiler.Tests;

/// <summary>The compiler's own history on the real database: a result told twice or late changes nothing.</summary>
[Trait("Category", "Integration")]
public sealed class PlayedMatchesTests(TestInfrastructure infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_duplicate_or_older_result_is_not_recorded_and_a_correction_replaces_the_score()
    {
        await using var database = await infrastructure.CreateDatabaseAsync("oc-played");
        var options = await MigratedAsync(database.ConnectionString);

        var fixtureId = Guid.NewGuid();
        Assert.True(await RecordAsync(options, Match(fixtureId, homeGoals: 1, revision: 2)));
        Assert.False(await RecordAsync(options, Match(fixtureId, homeGoals: 1, revision: 2))); // redelivered
        Assert.False(await RecordAsync(options, Match(fixtureId, homeGoals: 5, revision: 1))); // older, arriving late
        Assert.True(await RecordAsync(options, Match(fixtureId, homeGoals: 3, revision: 3))); // a correction

        await using var check = new OddsCompilerDbContext(options);
        var training = await new PlayedMatches(check).ReadAsync("E0", new DateTimeOffset(2022, 5, 21, 15, 0, 0, TimeSpan.Zero), 365, Ct);
        var match = Assert.Single(training!.Matches);
        Assert.Equal(3, match.HomeGoals);
        Assert.Equal(new DateOnly(2022, 5, 22), training.AsOf);
        Assert.Contains(fixtureId, training.FinishedFixtureIds);

        // An annulment at an older revision than the stored result is late news; at a newer one it removes the match.
        await using var forget = new OddsCompilerDbContext(options);
        Assert.False(await new PlayedMatches(forget).ForgetAsync(fixtureId, 3, Ct));
        Assert.True(await new PlayedMatches(forget).ForgetAsync(fixtureId, 4, Ct));
        await forget.SaveChangesAsync(Ct);
        Assert.Null(await new PlayedMatches(forget).ReadAsync("E0", new DateTimeOffset(2022, 5, 21, 15, 0, 0, TimeSpan.Zero), 365, Ct));
    }

    [Fact]
    public async Task A_history_read_meeting_the_same_results_already_recorded_keeps_the_newer_and_never_fails_on_a_stored_match()
    {
        await using var database = await infrastructure.CreateDatabaseAsync("oc-played-upsert");
        var options = await MigratedAsync(database.ConnectionString);

        // The result consumer got there first: one at revision 2, one from a producer without revisions (0).
        var (recorded, unrevised, fresh) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        Assert.True(await RecordAsync(options, Match(recorded, homeGoals: 1, revision: 2)));
        Assert.True(await RecordAsync(options, Match(unrevised, homeGoals: 1, revision: 0)));

        // The API's page: the same revision (no change), the unrevised one (the API's word wins), and a new match.
        await using (var db = new OddsCompilerDbContext(options))
        {
            var changed = await new PlayedMatches(db).UpsertAllAsync(
                [Match(recorded, homeGoals: 9, revision: 2), Match(unrevised, homeGoals: 4, revision: 0), Match(fresh, homeGoals: 2, revision: 1)], Ct);
            Assert.Equal(2, changed);
            Assert.Equal(1, await new PlayedMatches(db).UpsertAllAsync([Match(recorded, homeGoals: 7, revision: 3), Match(fresh, homeGoals: 5, revision: 1)], Ct));
        }

        await using var check = new OddsCompilerDbContext(options);
        var goals = await check.PlayedMatches.AsNoTracking().ToDictionaryAsync(p => p.FixtureId, p => p.HomeGoals, Ct);
        Assert.Equal(new Dictionary<Guid, int> { [recorded] = 7, [unrevised] = 4, [fresh] = 2 }, goals);
    }

    private static async Task<DbContextOptions<OddsCompilerDbContext>> MigratedAsync(string connectionString)
    {
        var options = new DbContextOptionsBuilder<OddsCompilerDbContext>().UseNpgsql(connectionString).Options;
        await using var setup = new OddsCompilerDbContext(options);
        await setup.Database.MigrateAsync(Ct);
        return options;
    }

    private static async Task<bool> RecordAsync(DbContextOptions<OddsCompilerDbContext> options, PlayedMatch match)
    {
        await using var db = new OddsCompilerDbContext(options);
        return await new PlayedMatches(db).UpsertAllAsync([match], Ct) == 1;
    }

    private static PlayedMatch Match(Guid fixtureId, int homeGoals, int revision) => new()
    {
        FixtureId = fixtureId,
        CompetitionId = "E0",
        HomeTeam = "Arsenal",
        AwayTeam = "Everton",
        KickOff = new DateTimeOffset(2022, 5, 21, 11, 30, 0, TimeSpan.Zero),
        HomeGoals = homeGoals,
        AwayGoals = 0,
        Revision = revision,
    };
}
