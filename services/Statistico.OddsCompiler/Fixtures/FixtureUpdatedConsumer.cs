using MassTransit;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Client;
using Statistico.Messaging.Outbox;
using Statistico.OddsCompiler.Data;
using Statistico.OddsCompiler.History;
using Statistico.OddsCompiler.Refits;

namespace Statistico.OddsCompiler.Fixtures;

/// <summary>
/// A postponed fixture stops being priced until it has a new date; a rescheduled one is re-priced (and re-published)
/// for its new kick-off; abandoned, live or finished fixtures are no longer priced.
/// </summary>
public sealed class FixtureUpdatedConsumer(OddsCompilerDbContext db, FootballDataClient footballData, PlayedMatches played, RefreshRequests refreshes, AfterCommit afterCommit) : IConsumer<FixtureUpdated>
{
    public async Task Consume(ConsumeContext<FixtureUpdated> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        var fixture = await db.Fixtures.FindAsync([message.FixtureId], context.CancellationToken);
        if (fixture is null)
        {
            // Announced before the compiler subscribed: Football Data knows the teams and competition.
            if (await footballData.GetFixtureAsync(message.FixtureId, context.CancellationToken) is not { } known)
            {
                return;
            }

            fixture = new PricedFixture
            {
                Id = known.Id,
                CompetitionId = known.CompetitionId,
                Season = known.Season,
                HomeTeam = known.HomeTeam.Name,
                AwayTeam = known.AwayTeam.Name,
                KickOff = known.KickOff,
                Status = known.Status,
                Revision = 0,
            };
            db.Fixtures.Add(fixture);
        }

        if (message.Revision != 0 && message.Revision <= fixture.Revision)
        {
            return; // an older change arriving late
        }

        var moved = fixture.KickOff != message.KickOff || fixture.Status != message.Status;
        fixture.Status = message.Status;
        fixture.KickOff = message.KickOff;
        fixture.Revision = message.Revision;
        fixture.NeedsPublish |= moved && message.Status == FixtureStatus.Scheduled;
        // A fixture that is no longer finished (a result annulled, a match to be replayed) leaves the history.
        var forgotten = message.Status != FixtureStatus.Finished && await played.ForgetAsync(fixture.Id, message.Revision, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
        if (message.Status == FixtureStatus.Scheduled || forgotten)
        {
            refreshes.RequestAfterCommit(afterCommit, fixture.CompetitionId, refit: forgotten);
        }
    }
}
