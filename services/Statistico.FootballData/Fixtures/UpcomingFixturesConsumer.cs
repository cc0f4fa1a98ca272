using MassTransit;
using Statistico.Contracts.FootballData;

namespace Statistico.FootballData.Fixtures;

/// <summary>Keeps the upcoming-fixtures cache in step with the service's own fixture events.</summary>
public sealed class UpcomingFixturesConsumer(UpcomingFixturesCache cache)
    : IConsumer<FixtureScheduled>, IConsumer<FixtureUpdated>, IConsumer<FixtureResulted>
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

    public Task Consume(ConsumeContext<FixtureResulted> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return cache.RemoveAsync(context.Message.FixtureId);
    }
}
