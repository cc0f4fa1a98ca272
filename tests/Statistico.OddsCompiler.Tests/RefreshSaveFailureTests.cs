using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Contracts.FootballData;
using Statistico.OddsCompiler.Data;
using Statistico.Testing;

namespace Statistico.OddsCompiler.Tests;

/// <summary>
/// A refresh whose save fails publishes nothing (its books leave through the outbox with its rows) and runs again;
/// what it leaves in memory must not make the second run differ from the first (ADR 0406).
/// </summary>
[Trait("Category", "System")]
public sealed class RefreshSaveFailureTests(TestInfrastructure infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// A fixture moved again while the refresh of its previous move is running: the refresh read "publish this
    /// fixture", publishes, and clears the flag. Written over the second move's committed flag, the second move would
    /// never be published: the next refresh finds the flag clear and the prices unchanged.
    /// </summary>
    [Fact]
    public async Task A_fixture_moved_again_while_the_refresh_of_its_first_move_runs_is_published_after_the_second_move()
    {
        var pause = new RefreshSavePause();
        await using var system = await CompilerSystem.StartAsync(
            infrastructure, "oc-moved-during-refresh", compilerServices: s => s.ConfigureDbContext<OddsCompilerDbContext>(o => o.AddInterceptors(pause)));
        await using var probe = await OddsProbe.BindAsync(system.VirtualHost.BrokerUri, Ct);
        await system.FootballData.ImportFootballDataCoUkAsync("E0/2021-22.csv", SeasonFile.WithUnplayed("E0", "2021-22", unplayed: 10), Ct);
        var books = await probe.WaitForFixturesAsync(10, TimeSpan.FromSeconds(90), Ct);
        var fixture = (await system.FootballData.GetFixtureAsync(books[0].FixtureId, Ct))!;
        var bus = system.Compiler.Services.GetRequiredService<IBus>();

        // The first move: its refresh reads the flag set and is held just before it saves.
        pause.Arm(fixture.Id);
        var firstKickOff = fixture.KickOff.AddDays(3);
        await bus.Publish(new FixtureUpdated(fixture.Id, FixtureStatus.Scheduled, firstKickOff, DateTimeOffset.UtcNow) { PreviousKickOff = fixture.KickOff, Revision = fixture.Revision + 1 }, Ct);
        await pause.Paused.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        // The second move commits under the held refresh.
        var secondKickOff = fixture.KickOff.AddDays(4);
        await bus.Publish(new FixtureUpdated(fixture.Id, FixtureStatus.Scheduled, secondKickOff, DateTimeOffset.UtcNow) { PreviousKickOff = firstKickOff, Revision = fixture.Revision + 2 }, Ct);
        await Eventually.UntilAsync(async () => await StoredKickOffAsync(system, fixture.Id) == secondKickOff, TimeSpan.FromSeconds(30), "the second move committed", Ct);
        var secondMoveCommitted = DateTimeOffset.UtcNow;
        await probe.DrainAsync(Ct);
        probe.Received.Clear();
        pause.Resume();

        // A book compiled after the second move committed reaches the bus, and nothing is left to publish.
        await Eventually.UntilAsync(
            async () =>
            {
                await probe.DrainAsync(Ct);
                return probe.Received.Any(b => b.FixtureId == fixture.Id && b.CompiledAt >= secondMoveCommitted);
            },
            TimeSpan.FromSeconds(30),
            "a book of the fixture compiled after its second move",
            Ct);
        Assert.False(await NeedsPublishAsync(system, fixture.Id));
    }

    /// <summary>
    /// A refit whose save fails: run again, it must fit again and record the model, not find the unsaved model in
    /// memory, take it for the current one and publish books under a version with no snapshot and a competition
    /// shown as unpriced.
    /// </summary>
    [Fact]
    public async Task A_refit_whose_save_failed_is_recorded_by_the_refresh_that_runs_again()
    {
        var failure = new FailedSnapshotSave();
        await using var system = await CompilerSystem.StartAsync(
            infrastructure, "oc-refit-save-failed", compilerServices: s => s.ConfigureDbContext<OddsCompilerDbContext>(o => o.AddInterceptors(failure)));
        await using var probe = await OddsProbe.BindAsync(system.VirtualHost.BrokerUri, Ct);
        await system.FootballData.ImportFootballDataCoUkAsync("E0/2021-22.csv", SeasonFile.WithUnplayed("E0", "2021-22", unplayed: 10), Ct);

        var books = await probe.WaitForFixturesAsync(10, TimeSpan.FromSeconds(90), c => CompilerState.DescribeAsync(system.Compiler, "E0", c), Ct);
        Assert.Equal(1, failure.Failed);
        var (snapshots, state) = await ReadAsync(system, async db => (
            await db.Snapshots.Where(s => s.CompetitionId == "E0").Select(s => s.Version).ToListAsync(Ct),
            await db.Competitions.SingleAsync(c => c.CompetitionId == "E0", Ct)));
        var version = Assert.Single(snapshots);
        Assert.True(state.Priced, state.Reason);
        Assert.Equal(version, state.CurrentVersion);
        Assert.All(books, b => Assert.Equal($"E0.{version}", b.ModelVersion));
    }

    private static async Task<DateTimeOffset> StoredKickOffAsync(CompilerSystem system, Guid fixtureId) =>
        await ReadAsync(system, db => db.Fixtures.Where(f => f.Id == fixtureId).Select(f => f.KickOff).SingleAsync(Ct));

    private static async Task<bool> NeedsPublishAsync(CompilerSystem system, Guid fixtureId) =>
        await ReadAsync(system, db => db.Fixtures.Where(f => f.Id == fixtureId).Select(f => f.NeedsPublish).SingleAsync(Ct));

    private static async Task<T> ReadAsync<T>(CompilerSystem system, Func<OddsCompilerDbContext, Task<T>> read)
    {
        await using var scope = system.Compiler.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<OddsCompilerDbContext>());
    }
}
