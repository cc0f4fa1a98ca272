using MassTransit;
using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.FootballData;
using Statistico.OddsChecker.Data;

namespace Statistico.OddsChecker.Fixtures;

/// <summary>
/// Keeps the checker's <c>fixtures</c> as Football Data announces and changes them. Revisions order the changes:
/// an event older than (or as old as) the stored revision is ignored; revision 0 means "no revision" (a producer
/// before revisions) and is applied as the latest word without lowering the stored revision. Football Data
/// publishes <see cref="FixtureScheduled"/> and <see cref="FixtureUpdated"/> in one commit for a fixture announced
/// postponed, so the update may be consumed first: it is kept and the announcement fills in the teams.
/// </summary>
internal sealed class FixtureEventsConsumer(OddsCheckerDbContext db)
    : IConsumer<FixtureScheduled>, IConsumer<FixtureUpdated>, IConsumer<FixtureResulted>, IConsumer<PlayedFixturesRecorded>
{
    public async Task Consume(ConsumeContext<FixtureScheduled> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        await AnnounceAsync(m.FixtureId, m.CompetitionId, m.HomeTeam, m.AwayTeam, m.KickOff, FixtureStatus.Scheduled, m.Revision, context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<FixtureUpdated> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        var fixture = await db.Fixtures.SingleOrDefaultAsync(f => f.FixtureId == message.FixtureId, context.CancellationToken);
        if (fixture is null)
        {
            // Overtook its announcement: kept without teams (never polled, never matched) until the announcement lands.
            db.Fixtures.Add(new TrackedFixture
            {
                FixtureId = message.FixtureId, CompetitionId = string.Empty, HomeTeam = string.Empty, AwayTeam = string.Empty,
                KickOff = message.KickOff.ToUniversalTime(), Status = message.Status.ToString(), Revision = message.Revision,
            });
        }
        else if (IsNewer(message.Revision, fixture.Revision))
        {
            fixture.KickOff = message.KickOff.ToUniversalTime();
            fixture.Status = message.Status.ToString();
            fixture.Revision = Math.Max(fixture.Revision, message.Revision);
        }
        else
        {
            return; // an older change arriving late (or a redelivery)
        }

        await db.SaveChangesAsync(context.CancellationToken);
    }

    /// <summary>
    /// A played fixture (a backfill publishes only this event): tracked as finished, so historical odds can be mapped
    /// to it. It is never polled.
    /// </summary>
    public async Task Consume(ConsumeContext<FixtureResulted> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        await AnnounceAsync(m.FixtureId, m.CompetitionId, m.HomeTeam, m.AwayTeam, m.KickOff, FixtureStatus.Finished, m.Revision, context.CancellationToken);
    }

    /// <summary>
    /// A page of history (fixtures Football Data learned of already played): each tracked as finished, as one
    /// <see cref="FixtureResulted"/> would be, in one transaction.
    /// </summary>
    public async Task Consume(ConsumeContext<PlayedFixturesRecorded> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var results = context.Message.Results;
        var ids = results.Select(r => r.FixtureId).ToList();
        var stored = await db.Fixtures.Where(f => ids.Contains(f.FixtureId)).ToDictionaryAsync(f => f.FixtureId, context.CancellationToken);
        foreach (var m in results)
        {
            stored[m.FixtureId] = Announce(stored.GetValueOrDefault(m.FixtureId), m.FixtureId, m.CompetitionId, m.HomeTeam, m.AwayTeam, m.KickOff, FixtureStatus.Finished, m.Revision);
        }

        await db.SaveChangesAsync(context.CancellationToken);
    }

    private async Task AnnounceAsync(
        Guid fixtureId, string competitionId, string homeTeam, string awayTeam, DateTimeOffset kickOff, FixtureStatus status, int revision,
        CancellationToken cancellationToken)
    {
        var fixture = await db.Fixtures.SingleOrDefaultAsync(f => f.FixtureId == fixtureId, cancellationToken);
        Announce(fixture, fixtureId, competitionId, homeTeam, awayTeam, kickOff, status, revision);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// An event that names the teams: it creates the fixture, or fills in the teams of one first known from an early
    /// update whatever the revisions say; kick-off and status follow the revision rule.
    /// </summary>
    private TrackedFixture Announce(
        TrackedFixture? fixture, Guid fixtureId, string competitionId, string homeTeam, string awayTeam, DateTimeOffset kickOff, FixtureStatus status, int revision)
    {
        if (fixture is null)
        {
            fixture = new TrackedFixture
            {
                FixtureId = fixtureId, CompetitionId = competitionId, HomeTeam = homeTeam, AwayTeam = awayTeam,
                KickOff = kickOff.ToUniversalTime(), Status = status.ToString(), Revision = revision,
            };
            db.Fixtures.Add(fixture);
            return fixture;
        }

        (fixture.CompetitionId, fixture.HomeTeam, fixture.AwayTeam) = (competitionId, homeTeam, awayTeam);
        if (IsNewer(revision, fixture.Revision))
        {
            (fixture.KickOff, fixture.Status) = (kickOff.ToUniversalTime(), status.ToString());
            fixture.Revision = Math.Max(fixture.Revision, revision);
        }

        return fixture;
    }

    private static bool IsNewer(int incoming, int stored) => incoming == 0 || incoming > stored;
}
