using MassTransit;
using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.FootballData;
using Statistico.Trader.Data;

namespace Statistico.Trader.Decisions;

/// <summary>Keeps the Trader's copy of each fixture's competition, kick-off and status; an older revision changes nothing.</summary>
internal sealed class FixtureEventsConsumer(TraderDbContext db) : IConsumer<FixtureScheduled>, IConsumer<FixtureUpdated>, IConsumer<FixtureResulted>
{
    public async Task Consume(ConsumeContext<FixtureScheduled> context)
    {
        var message = context.Message;
        var fixture = await db.Fixtures.SingleOrDefaultAsync(f => f.FixtureId == message.FixtureId, context.CancellationToken);
        if (fixture is null)
        {
            db.Fixtures.Add(new TrackedFixture
            {
                FixtureId = message.FixtureId,
                CompetitionId = message.CompetitionId,
                KickOff = message.KickOff,
                Status = FixtureStatus.Scheduled,
                Revision = message.Revision,
            });
        }
        else if (message.Revision > fixture.Revision)
        {
            fixture.CompetitionId = message.CompetitionId;
            fixture.KickOff = message.KickOff;
            fixture.Revision = message.Revision;
        }

        await db.SaveChangesAsync(context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<FixtureUpdated> context)
    {
        var message = context.Message;
        var fixture = await db.Fixtures.SingleOrDefaultAsync(f => f.FixtureId == message.FixtureId, context.CancellationToken);
        if (fixture is not null && message.Revision > fixture.Revision)
        {
            fixture.KickOff = message.KickOff;
            fixture.Status = message.Status;
            fixture.Revision = message.Revision;
            await db.SaveChangesAsync(context.CancellationToken);
        }
    }

    public async Task Consume(ConsumeContext<FixtureResulted> context)
    {
        var message = context.Message;
        var fixture = await db.Fixtures.SingleOrDefaultAsync(f => f.FixtureId == message.FixtureId, context.CancellationToken);
        if (fixture is not null && message.Revision > fixture.Revision)
        {
            fixture.Status = FixtureStatus.Finished;
            fixture.Revision = message.Revision;
            await db.SaveChangesAsync(context.CancellationToken);
        }
    }
}
