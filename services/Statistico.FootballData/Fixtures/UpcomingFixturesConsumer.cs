using MassTransit;
using Statistico.Contracts.FootballData;

namespace Statistico.FootballData.Fixtures;

/// <summary>Keeps the upcoming-fixtures cache in step with <see cref="FixtureScheduled"/> events.</summary>
public sealed class UpcomingFixturesConsumer(UpcomingFixturesCache cache) : IConsumer<FixtureScheduled>
{
    public Task Consume(ConsumeContext<FixtureScheduled> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        return cache.AddAsync(new FixtureResponse(
            message.FixtureId, message.CompetitionId, message.Season, message.HomeTeam, message.AwayTeam, message.KickOff,
            FixtureStatus.Scheduled));
    }
}
