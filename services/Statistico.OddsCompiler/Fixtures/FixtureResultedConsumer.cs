using MassTransit;
using Statistico.Contracts.FootballData;
using Statistico.Messaging.Outbox;
using Statistico.OddsCompiler.Data;
using Statistico.OddsCompiler.Refits;

namespace Statistico.OddsCompiler.Fixtures;

/// <summary>A result (or a correction) ends the fixture's pricing and asks for its competition to be refitted.</summary>
public sealed class FixtureResultedConsumer(OddsCompilerDbContext db, RefreshRequests refreshes, AfterCommit afterCommit) : IConsumer<FixtureResulted>
{
    public async Task Consume(ConsumeContext<FixtureResulted> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        if (await db.Fixtures.FindAsync([message.FixtureId], context.CancellationToken) is { } fixture && message.Revision >= fixture.Revision)
        {
            fixture.Status = FixtureStatus.Finished;
            fixture.Revision = message.Revision;
            await db.SaveChangesAsync(context.CancellationToken);
        }

        // The refit reads the history from Football Data, which committed this result before publishing it.
        refreshes.RequestAfterCommit(afterCommit, message.CompetitionId, refit: true);
    }
}
