using MassTransit;
using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.FootballData;
using Statistico.Ratings.Data;
using Statistico.Ratings.Recompute;

namespace Statistico.Ratings.Results;

/// <summary>
/// Records a page of history (fixtures Football Data learned of already played) in one transaction, each result as
/// <see cref="FixtureResultedConsumer"/> records one, and wakes the recomputation once.
/// </summary>
public sealed class PlayedFixturesRecordedConsumer(ResultRecorder recorder, RatingsDbContext db, RecomputeSignal signal) : IConsumer<PlayedFixturesRecorded>
{
    public async Task Consume(ConsumeContext<PlayedFixturesRecorded> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var results = context.Message.Results;
        var ids = results.Select(r => r.FixtureId).ToList();
        await db.Results.Where(r => ids.Contains(r.FixtureId)).LoadAsync(context.CancellationToken); // one query, not one per result
        var news = false;
        foreach (var result in results)
        {
            news |= await recorder.RecordAsync(FixtureResultedConsumer.Stored(result), context.CancellationToken);
        }

        await db.SaveChangesAsync(context.CancellationToken);
        if (news)
        {
            signal.Raise();
        }
    }
}
