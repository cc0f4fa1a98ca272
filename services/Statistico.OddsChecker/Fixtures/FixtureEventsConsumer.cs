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
internal sealed class FixtureEventsConsumer(OddsCheckerDbContext db) : IConsumer<FixtureScheduled>, IConsumer<FixtureUpdated>, IConsumer<FixtureResulted>
{
    public async Task Consume(ConsumeContext<FixtureScheduled> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        var fixture = await db.Fixtures.SingleOrDefaultAsync(f => f.FixtureId == message.FixtureId, context.CancellationToken);
        if (fixture is null)
        {
            db.Fixtures.Add(new TrackedFixture
            {
                FixtureId = message.FixtureId, CompetitionId = message.CompetitionId, HomeTeam = message.HomeTeam, AwayTeam = message.AwayTeam,
                KickOff = message.KickOff.ToUniversalTime(), Status = nameof(FixtureStatus.Scheduled), Revision = message.Revision,
            });
        }
        else
        {
            // Only the announcement names the teams: a fixture first known from an early update gets them whatever
            // the revisions say.
            (fixture.CompetitionId, fixture.HomeTeam, fixture.AwayTeam) = (message.CompetitionId, message.HomeTeam, message.AwayTeam);
            if (message.Revision > fixture.Revision)
            {
                (fixture.KickOff, fixture.Revision, fixture.Status) = (message.KickOff.ToUniversalTime(), message.Revision, nameof(FixtureStatus.Scheduled));
            }
        }

        await db.SaveChangesAsync(context.CancellationToken);
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
        else if (message.Revision == 0 || message.Revision > fixture.Revision)
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
        var message = context.Message;
        var fixture = await db.Fixtures.SingleOrDefaultAsync(f => f.FixtureId == message.FixtureId, context.CancellationToken);
        if (fixture is null)
        {
            db.Fixtures.Add(new TrackedFixture
            {
                FixtureId = message.FixtureId, CompetitionId = message.CompetitionId, HomeTeam = message.HomeTeam, AwayTeam = message.AwayTeam,
                KickOff = message.KickOff.ToUniversalTime(), Status = nameof(FixtureStatus.Finished), Revision = message.Revision,
            });
        }
        else
        {
            (fixture.CompetitionId, fixture.HomeTeam, fixture.AwayTeam) = (message.CompetitionId, message.HomeTeam, message.AwayTeam);
            if (message.Revision == 0 || message.Revision > fixture.Revision)
            {
                (fixture.KickOff, fixture.Status) = (message.KickOff.ToUniversalTime(), nameof(FixtureStatus.Finished));
                fixture.Revision = Math.Max(fixture.Revision, message.Revision);
            }
        }

        await db.SaveChangesAsync(context.CancellationToken);
    }
}
