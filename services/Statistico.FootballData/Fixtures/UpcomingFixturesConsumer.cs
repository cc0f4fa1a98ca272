using MassTransit;
using Statistico.Contracts.FootballData;

namespace Statistico.FootballData.Fixtures;

/// <summary>
/// Keeps the upcoming-fixtures cache in step with the service's own fixture events. Results are not consumed here:
/// a backfill publishes tens of thousands of them for fixtures that were never upcoming, so the ingestor takes a
/// resulted fixture out of the cache itself after its commit.
/// </summary>
public sealed class UpcomingFixturesConsumer(UpcomingFixturesCache cache)
    : IConsumer<FixtureScheduled>, IConsumer<FixtureUpdated>
{
    public Task Consume(ConsumeContext<FixtureScheduled> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        return cache.AddAsync(new UpcomingFixture(
            message.FixtureId, message.CompetitionId, message.Season, message.HomeTeam, message.AwayTeam, message.KickOff));
    }

    public Task Consume(ConsumeContext<FixtureUpdated> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        return message.Status == FixtureStatus.Scheduled
            ? cache.MoveAsync(message.FixtureId, message.KickOff)
            : cache.RemoveAsync(message.FixtureId);
    }
}
