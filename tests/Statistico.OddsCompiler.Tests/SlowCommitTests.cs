using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Contracts.FootballData;
using Statistico.OddsCompiler.Data;
using Statistico.Testing;

namespace Statistico.OddsCompiler.Tests;

/// <summary>
/// A consumer's fixture change must reach the books however long its message's transaction takes to commit: the
/// refresh it asks for may only run on committed rows (ADR 0405). Every commit is held back for longer than the
/// debounce's quiet period, as a loaded machine sometimes does (the flaky SeasonPricingTests run of issue 22).
/// </summary>
[Trait("Category", "System")]
public sealed class SlowCommitTests(TestInfrastructure infrastructure)
{
    // Ten quiet periods (150 ms): a refresh asked for before the commit would certainly run before it.
    private static readonly TimeSpan CommitDelay = TimeSpan.FromSeconds(1.5);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_rescheduled_and_a_new_fixture_are_published_when_the_consumers_commit_after_the_quiet_period()
    {
        var commits = new SlowCommits();
        await using var system = await CompilerSystem.StartAsync(
            infrastructure, "oc-slow-commit", compilerServices: s => s.ConfigureDbContext<OddsCompilerDbContext>(o => o.AddInterceptors(commits)));
        await using var probe = await OddsProbe.BindAsync(system.VirtualHost.BrokerUri, Ct);
        await system.FootballData.ImportFootballDataCoUkAsync("E0/2021-22.csv", SeasonFile.WithUnplayed("E0", "2021-22", unplayed: 10), Ct);
        var books = await probe.WaitForFixturesAsync(10, TimeSpan.FromSeconds(90), Ct);
        probe.Received.Clear();
        commits.Delay = CommitDelay;
        var bus = system.Compiler.Services.GetRequiredService<IBus>();

        // A new kick-off: the same prices, re-published because the fixture moved.
        var moved = (await system.FootballData.GetFixtureAsync(books[0].FixtureId, Ct))!;
        await bus.Publish(
            new FixtureUpdated(moved.Id, FixtureStatus.Scheduled, moved.KickOff.AddDays(3), DateTimeOffset.UtcNow) { PreviousKickOff = moved.KickOff, Revision = moved.Revision + 1 }, Ct);
        var republished = await probe.WaitForFixturesAsync(1, TimeSpan.FromSeconds(20), c => CompilerState.DescribeAsync(system.Compiler, "E0", c), Ct);
        Assert.Equal(moved.Id, Assert.Single(republished).FixtureId);

        // A fixture the compiler never heard of: published once its row is committed.
        probe.Received.Clear();
        var other = (await system.FootballData.GetFixtureAsync(books[1].FixtureId, Ct))!;
        var added = Guid.NewGuid();
        await bus.Publish(
            new FixtureScheduled(added, other.CompetitionId, other.Season, other.AwayTeam.Name, other.HomeTeam.Name, other.KickOff.AddDays(7), DateTimeOffset.UtcNow), Ct);
        var published = await probe.WaitForFixturesAsync(1, TimeSpan.FromSeconds(20), c => CompilerState.DescribeAsync(system.Compiler, "E0", c), Ct);
        Assert.Equal(added, Assert.Single(published).FixtureId);

        // The consumers' commits (and the refreshes') really were held back.
        Assert.True(commits.Delayed >= 2, $"only {commits.Delayed} commit(s) were delayed");
    }
}
