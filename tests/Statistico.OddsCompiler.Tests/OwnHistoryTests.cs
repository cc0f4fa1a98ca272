using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Contracts.FootballData;
using Statistico.Contracts.Ratings;
using Statistico.FootballData.Client;
using Statistico.OddsCompiler.Apis;
using Statistico.OddsCompiler.Data;
using Statistico.Testing;

namespace Statistico.OddsCompiler.Tests;

/// <summary>
/// The one-way flow (issue 18): the compiler reads a competition's history from Football Data once, then keeps it from
/// the events alone; a result refits from its own database, and an annulled result leaves the history.
/// </summary>
[Trait("Category", "System")]
public sealed class OwnHistoryTests(TestInfrastructure infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_result_refits_from_the_events_alone_and_an_annulled_result_leaves_the_history()
    {
        var reads = new FixtureListReads();
        await using var system = await CompilerSystem.StartAsync(
            infrastructure, "oc-own-history", compilerServices: services => services.AddHttpClient<FootballDataClient>().AddHttpMessageHandler(() => reads));
        await using var probe = await OddsProbe.BindAsync(system.VirtualHost.BrokerUri, Ct);
        await system.FootballData.ImportFootballDataCoUkAsync("E0/2021-22.csv", SeasonFile.WithUnplayed("E0", "2021-22", unplayed: 10), Ct);
        await probe.WaitForFixturesAsync(10, TimeSpan.FromSeconds(90), Ct);
        Assert.Equal(370, Assert.Single((await system.GetAsync<CompetitionModelsDto>("/api/models/E0", Ct))!.Snapshots).MatchCount);
        // The one-time backfill: one page per read. While the import's own PlayedFixturesRecorded is still being
        // recorded, a backfill may read the history again, so there may be a few.
        Assert.True(reads.Count >= 1, "the history was never read from Football Data");
        var readsAfterBackfill = reads.Count;

        // A result: Football Data publishes FixtureResulted and the compiler refits on 371 matches without asking it.
        var scheduled = await system.FootballData.GetFixturesAsync(new FixtureQuery { Competition = "E0", Status = FixtureStatus.Scheduled }, Ct);
        await system.FootballData.ImportFootballDataCoUkAsync("E0/2021-22.csv", SeasonFile.WithUnplayed("E0", "2021-22", unplayed: 9), Ct);
        var refitted = await Eventually.GetAsync(
            () => system.GetAsync<CompetitionModelsDto>("/api/models/E0", Ct),
            m => m!.Snapshots.Count == 2, TimeSpan.FromSeconds(30), "the refit on the new result", Ct);
        Assert.Equal(371, refitted!.Snapshots[0].MatchCount);
        Assert.Equal(readsAfterBackfill, reads.Count);

        // Football Data annuls the result (a newer revision that is no longer finished): the match leaves the history.
        var played = (await system.FootballData.GetFixturesAsync(new FixtureQuery { Competition = "E0", Status = FixtureStatus.Scheduled }, Ct)).Items
            .Select(f => f.Id).ToHashSet();
        var resulted = (await system.FootballData.GetFixtureAsync(scheduled.Items.Single(f => !played.Contains(f.Id)).Id, Ct))!;
        Assert.Equal(FixtureStatus.Finished, resulted.Status);
        var bus = system.Compiler.Services.GetRequiredService<IBus>();
        await bus.Publish(new FixtureUpdated(resulted.Id, FixtureStatus.Abandoned, resulted.KickOff, DateTimeOffset.UtcNow) { Revision = resulted.Revision + 1 }, Ct);
        var annulled = await Eventually.GetAsync(
            () => system.GetAsync<CompetitionModelsDto>("/api/models/E0", Ct),
            m => m!.Snapshots.Count == 3, TimeSpan.FromSeconds(30), "the refit without the annulled result", Ct);
        Assert.Equal(370, annulled!.Snapshots[0].MatchCount);
        Assert.Equal(readsAfterBackfill, reads.Count);
    }

    [Fact]
    public async Task A_leagues_own_ratings_update_refits_nothing_and_one_from_another_league_refits_it()
    {
        await using var system = await CompilerSystem.StartAsync(infrastructure, "oc-ratings-refit");
        await using var probe = await OddsProbe.BindAsync(system.VirtualHost.BrokerUri, Ct);
        await system.FootballData.ImportFootballDataCoUkAsync("E0/2021-22.csv", SeasonFile.WithUnplayed("E0", "2021-22", unplayed: 10), Ct);
        await probe.WaitForFixturesAsync(10, TimeSpan.FromSeconds(90), Ct);
        var next = (await system.FootballData.GetFixturesAsync(new FixtureQuery { Competition = "E0", Status = FixtureStatus.Scheduled }, Ct)).Items[0];
        var home = next.HomeTeam.Name;
        var kickOff = next.KickOff.AddDays(-3);
        var bus = system.Compiler.Services.GetRequiredService<IBus>();
        // Settled: every result of the import recorded, the one-time backfill done, and then no refit for longer than a
        // failed refresh waits before its retry (5 s), so nothing left over from the import can refit during the check.
        await Eventually.GetAsync(
            async () =>
            {
                await using var scope = system.Compiler.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<OddsCompilerDbContext>();
                return (Played: await db.PlayedMatches.CountAsync(p => p.CompetitionId == "E0", Ct), Backfilled: await db.HistoryBackfills.AnyAsync(r => r.CompetitionId == "E0", Ct));
            },
            state => state.Played == 370 && state.Backfilled, TimeSpan.FromSeconds(60), "E0's 370 results recorded and its history backfilled", Ct);
        var checkedAt = await CompilerEvidence.SettledAsync(system.Compiler, "E0", TimeSpan.FromSeconds(6), Ct);

        // E0's own ratings after an E0 result: the result already asked for the refit, and E0's ratings never feed E0's
        // priors. Stored, and nothing refitted well past the 150 ms quiet period.
        var sameLeague = Guid.NewGuid();
        await bus.Publish(new TeamRatingsUpdated(sameLeague, "E0", new TeamRating(home, 1.2, 0.8), new TeamRating(next.AwayTeam.Name, 1, 1), DateTimeOffset.UtcNow) { KickOff = kickOff }, Ct);
        await StoredAsync(system, "E0", home, sameLeague);
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        Assert.Equal(checkedAt, await CompilerEvidence.CheckedAtAsync(system.Compiler, "E0", Ct));

        // The same team rated in another league: its last league elsewhere (a prior's source) may have moved, so E0 refits.
        var otherLeague = Guid.NewGuid();
        await bus.Publish(new TeamRatingsUpdated(otherLeague, "E1", new TeamRating(home, 1.3, 0.7), new TeamRating("Luton", 1, 1), DateTimeOffset.UtcNow) { KickOff = kickOff }, Ct);
        await StoredAsync(system, "E1", home, otherLeague);
        await CompilerEvidence.RefittedAfterAsync(system.Compiler, "E0", checkedAt, Ct);
    }

    private static async Task StoredAsync(CompilerSystem system, string competitionId, string team, Guid fixtureId) =>
        await Eventually.GetAsync(
            async () =>
            {
                await using var scope = system.Compiler.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<OddsCompilerDbContext>().TeamRatings.AsNoTracking()
                    .AnyAsync(r => r.CompetitionId == competitionId && r.Team == team && r.LastFixtureId == fixtureId, Ct);
            },
            stored => stored, TimeSpan.FromSeconds(30), $"{team}'s {competitionId} rating from fixture {fixtureId}", Ct);
}
