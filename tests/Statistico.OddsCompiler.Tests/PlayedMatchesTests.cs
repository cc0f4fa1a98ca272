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
        var options = new DbContextOptionsBuilder<OddsCompilerDbContext>().UseNpgsql(database.ConnectionString).Options;
        await using (var setup = new OddsCompilerDbContext(options))
        {
            await setup.Database.MigrateAsync(Ct);
        }

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

    private static async Task<bool> RecordAsync(DbContextOptions<OddsCompilerDbContext> options, PlayedMatch match)
    {
        await using var db = new OddsCompilerDbContext(options);
        var recorded = await new PlayedMatches(db).RecordAsync(match, Ct);
        await db.SaveChangesAsync(Ct);
        return recorded;
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
