using MassTransit;
using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.FootballData;
using Statistico.Messaging.Outbox;
using Statistico.OddsCompiler.Data;
using Statistico.OddsCompiler.History;
using Statistico.OddsCompiler.Refits;

namespace Statistico.OddsCompiler.Fixtures;

/// <summary>
/// A page of history (fixtures Football Data learned of already played) joins the compiler's own history in one
/// statement, and asks once for a refit of each competition it brought news to.
/// </summary>
public sealed class PlayedFixturesRecordedConsumer(OddsCompilerDbContext db, PlayedMatches played, RefreshRequests refreshes, AfterCommit afterCommit)
    : IConsumer<PlayedFixturesRecorded>
{
    public async Task Consume(ConsumeContext<PlayedFixturesRecorded> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var results = context.Message.Results;

        // Never scheduled as far as Football Data knew, but a fixture this compiler does know is finished all the same.
        var ids = results.Select(r => r.FixtureId).ToList();
        var known = await db.Fixtures.Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, context.CancellationToken);
        foreach (var result in results)
        {
            if (known.TryGetValue(result.FixtureId, out var fixture) && result.Revision >= fixture.Revision)
            {
                fixture.Status = FixtureStatus.Finished;
                fixture.Revision = result.Revision;
            }
        }

        // A page told twice (a redelivery) changes nothing and refits nothing.
        if (await played.UpsertAllAsync([.. results.Select(MatchHistory.FromResult)], context.CancellationToken) > 0)
        {
            foreach (var competition in results.Select(r => r.CompetitionId).Distinct(StringComparer.Ordinal))
            {
                refreshes.RequestAfterCommit(afterCommit, competition, refit: true);
            }
        }

        await db.SaveChangesAsync(context.CancellationToken);
    }
}
