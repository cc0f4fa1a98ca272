using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Client;
using Statistico.OddsCompiler.Apis;
using Statistico.Testing;

namespace Statistico.OddsCompiler.Tests;

/// <summary>The Quartz refit schedule, as configured, is the backstop for results the compiler never heard of.</summary>
[Trait("Category", "System")]
public sealed class ScheduledRefitTests(TestInfrastructure infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_scheduled_refit_picks_up_a_result_whose_event_never_reached_the_compiler()
    {
        // The compiler is deaf to Football Data's events, and refits every second by its Quartz cron.
        await using var system = await CompilerSystem.StartAsync(
            infrastructure, "oc-quartz", new Dictionary<string, string?> { ["OddsCompiler:RefitCron"] = "0/1 * * * * ?" }, deafCompiler: true);
        await using var probe = await OddsProbe.BindAsync(system.CompilerHost.BrokerUri, Ct);
        await system.FootballData.ImportFootballDataCoUkAsync("E0/2021-22.csv", SeasonFile.WithUnplayed("E0", "2021-22", unplayed: 10), Ct);

        // It learns the ten unplayed fixtures (as it would have from FixtureScheduled) and prices them on 370 results.
        var bus = system.Compiler.Services.GetRequiredService<IBus>();
        var scheduled = await system.FootballData.GetFixturesAsync(new FixtureQuery { Competition = "E0", Status = FixtureStatus.Scheduled }, Ct);
        Assert.Equal(10, scheduled.Items.Count);
        foreach (var f in scheduled.Items)
        {
            await bus.Publish(new FixtureScheduled(f.Id, f.CompetitionId, f.Season, f.HomeTeam.Name, f.AwayTeam.Name, f.KickOff, DateTimeOffset.UtcNow), Ct);
        }

        await probe.WaitForFixturesAsync(10, TimeSpan.FromSeconds(60), Ct);
        var first = (await system.GetAsync<CompetitionModelsDto>("/api/models/E0", Ct))!;
        Assert.Equal(370, Assert.Single(first.Snapshots).MatchCount);
        var booksBefore = probe.Received.Count;

        // A result lands in Football Data; no FixtureResulted reaches the compiler. Only the schedule can refit.
        await system.FootballData.ImportFootballDataCoUkAsync("E0/2021-22.csv", SeasonFile.WithUnplayed("E0", "2021-22", unplayed: 9), Ct);
        var refitted = await Eventually.GetAsync(
            () => system.GetAsync<CompetitionModelsDto>("/api/models/E0", Ct),
            m => m!.Snapshots.Count == 2, TimeSpan.FromSeconds(30), "the scheduled refit's new snapshot", Ct);

        Assert.Equal(371, refitted!.Snapshots[0].MatchCount);
        Assert.Equal(refitted.Snapshots[0].Version, refitted.CurrentVersion);
        // The played fixture is never priced again; the nine still to play are (a real result moves every price).
        var finished = await system.FootballData.GetFixturesAsync(new FixtureQuery { Competition = "E0", Status = FixtureStatus.Finished, PageSize = 500 }, Ct);
        var played = Assert.Single(scheduled.Items, f => finished.Items.Any(d => d.Id == f.Id)).Id;
        // The new snapshot committed with the books it caused; once the outbox has delivered them, the probe has them all.
        await InboxEvidence.OutboxDrainedAsync(system.CompilerDatabase, TimeSpan.FromSeconds(30), Ct);
        await probe.DrainAsync(Ct);
        var republished = probe.Received.Skip(booksBefore).Select(o => o.FixtureId).ToHashSet();
        Assert.DoesNotContain(played, republished);
        Assert.Equal(9, republished.Count);
        // Refits on unchanged history keep the model: two more scheduled refits commit, the version moved once.
        var checkedAt = await CompilerEvidence.CheckedAtAsync(system.Compiler, "E0", Ct);
        checkedAt = await CompilerEvidence.RefittedAfterAsync(system.Compiler, "E0", checkedAt, Ct);
        await CompilerEvidence.RefittedAfterAsync(system.Compiler, "E0", checkedAt, Ct);
        Assert.Equal(2, (await system.GetAsync<CompetitionModelsDto>("/api/models/E0", Ct))!.Snapshots.Count);
    }
}
