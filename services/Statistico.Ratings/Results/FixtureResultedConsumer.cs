using MassTransit;
using Statistico.Contracts.FootballData;
using Statistico.Ratings.Data;
using Statistico.Ratings.Recompute;

namespace Statistico.Ratings.Results;

/// <summary>
/// Records each result (behind the inbox, so a redelivery is recognised even before the revision check) and wakes the
/// recomputation, which works per competition in kick-off order however the results arrive.
/// </summary>
public sealed class FixtureResultedConsumer(ResultRecorder recorder, RatingsDbContext db, RecomputeSignal signal) : IConsumer<FixtureResulted>
{
    public async Task Consume(ConsumeContext<FixtureResulted> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var news = await recorder.RecordAsync(Stored(context.Message), context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
        if (news)
        {
            signal.Raise();
        }
    }

    /// <summary>The result as Ratings stores it.</summary>
    public static StoredResult Stored(FixtureResulted message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new StoredResult
        {
            FixtureId = message.FixtureId,
            CompetitionId = message.CompetitionId,
            KickOff = message.KickOff,
            HomeTeam = message.HomeTeam,
            AwayTeam = message.AwayTeam,
            HomeGoals = message.HomeGoals,
            AwayGoals = message.AwayGoals,
            Revision = message.Revision,
        };
    }
}
