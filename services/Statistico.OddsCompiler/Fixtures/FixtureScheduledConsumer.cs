using MassTransit;
using Statistico.Contracts.FootballData;
using Statistico.Messaging.Outbox;
using Statistico.OddsCompiler.Data;
using Statistico.OddsCompiler.Refits;

namespace Statistico.OddsCompiler.Fixtures;

/// <summary>A new fixture is stored and its competition asked to compile it.</summary>
public sealed class FixtureScheduledConsumer(OddsCompilerDbContext db, RefreshRequests refreshes, AfterCommit afterCommit) : IConsumer<FixtureScheduled>
{
    public async Task Consume(ConsumeContext<FixtureScheduled> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        var fixture = await db.Fixtures.FindAsync([message.FixtureId], context.CancellationToken);
        if (fixture is null)
        {
            db.Fixtures.Add(new PricedFixture
            {
                Id = message.FixtureId,
                CompetitionId = message.CompetitionId,
                Season = message.Season,
                HomeTeam = message.HomeTeam,
                AwayTeam = message.AwayTeam,
                KickOff = message.KickOff,
                NeutralVenue = message.NeutralVenue,
                Status = FixtureStatus.Scheduled,
                Revision = message.Revision,
                NeedsPublish = true,
            });
        }
        else if (message.Revision > fixture.Revision)
        {
            fixture.KickOff = message.KickOff;
            fixture.NeutralVenue = message.NeutralVenue;
            fixture.Revision = message.Revision;
            fixture.NeedsPublish = true;
        }

        await db.SaveChangesAsync(context.CancellationToken);
        refreshes.RequestAfterCommit(afterCommit, message.CompetitionId, refit: false);
    }
}
