using MassTransit;
using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.FootballData;
using Statistico.OddsChecker.Data;

namespace Statistico.OddsChecker.Fixtures;

/// <summary>
/// Keeps the checker's fixtures from Football Data's events. Revisions make it order-proof: an event older than what
/// is stored changes nothing (the inbox already makes redeliveries no-ops).
/// </summary>
internal sealed class FixtureEventsConsumer(OddsCheckerDbContext db) : IConsumer<FixtureScheduled>, IConsumer<FixtureUpdated>
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
        else if (message.Revision > fixture.Revision)
        {
            (fixture.CompetitionId, fixture.HomeTeam, fixture.AwayTeam) = (message.CompetitionId, message.HomeTeam, message.AwayTeam);
            (fixture.KickOff, fixture.Revision) = (message.KickOff.ToUniversalTime(), message.Revision);
        }

        await db.SaveChangesAsync(context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<FixtureUpdated> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        // An update of a fixture never announced carries no team names to map by: nothing to keep.
        var fixture = await db.Fixtures.SingleOrDefaultAsync(f => f.FixtureId == message.FixtureId, context.CancellationToken);
        if (fixture is null || (message.Revision != 0 && message.Revision <= fixture.Revision))
        {
            return;
        }

        fixture.KickOff = message.KickOff.ToUniversalTime();
        fixture.Status = message.Status.ToString();
        fixture.Revision = Math.Max(fixture.Revision, message.Revision);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
