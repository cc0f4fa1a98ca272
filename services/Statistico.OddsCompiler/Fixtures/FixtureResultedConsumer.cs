using MassTransit;
using Statistico.Contracts.FootballData;
using Statistico.Messaging.Outbox;
using Statistico.OddsCompiler.Data;
using Statistico.OddsCompiler.History;
using Statistico.OddsCompiler.Refits;

namespace Statistico.OddsCompiler.Fixtures;

/// <summary>
/// A result (or a correction) ends the fixture's pricing, joins the compiler's own history, and asks for its
/// competition to be refitted (once per burst of results: the refresh requests are debounced).
/// </summary>
public sealed class FixtureResultedConsumer(OddsCompilerDbContext db, PlayedMatches played, RefreshRequests refreshes, AfterCommit afterCommit) : IConsumer<FixtureResulted>
{
    public async Task Consume(ConsumeContext<FixtureResulted> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        if (await db.Fixtures.FindAsync([message.FixtureId], context.CancellationToken) is { } fixture && message.Revision >= fixture.Revision)
        {
            fixture.Status = FixtureStatus.Finished;
            fixture.Revision = message.Revision;
        }

        // The event carries everything the models read, so the refit never asks Football Data for the history back.
        // One told twice (a redelivery, or an older revision arriving late) changes nothing and refits nothing.
        if (await played.UpsertAllAsync([MatchHistory.FromResult(message)], context.CancellationToken) > 0)
        {
            refreshes.RequestAfterCommit(afterCommit, message.CompetitionId, refit: true);
        }

        await db.SaveChangesAsync(context.CancellationToken);
    }
}
