using MassTransit;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Data;

namespace Statistico.FootballData.Ingestion;

/// <summary>
/// Which event a stored or changed fixture announces. Publishing goes through the transactional outbox, so an event
/// leaves only if the row it describes commits with it.
/// </summary>
public sealed class FixtureAnnouncer(IPublishEndpoint publisher)
{
    /// <summary>
    /// A new fixture. One that arrives already played (a backfill) is announced by its result alone: pricing a finished
    /// match as if it were upcoming would be wrong, and the result carries everything FixtureScheduled would.
    /// </summary>
    public async Task AddedAsync(Fixture fixture, Team home, Team away, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (fixture.HasResult)
        {
            await publisher.Publish(FixtureEvents.Resulted(fixture, home.Name, away.Name, isCorrection: false, now), cancellationToken);
            return;
        }

        await publisher.Publish(FixtureEvents.Scheduled(fixture, home.Name, away.Name, now), cancellationToken);
        if (fixture.Status is not FixtureStatus.Scheduled)
        {
            await publisher.Publish(FixtureEvents.Updated(fixture, null, FixtureStatus.Scheduled, now), cancellationToken);
        }
    }

    /// <summary>A changed fixture: a new or corrected result wins over a moved kick-off or a new status.</summary>
    public async Task ChangedAsync(
        Fixture fixture, FixtureChange change, Team home, Team away, DateTimeOffset previousKickOff, FixtureStatus previousStatus, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (change.Result)
        {
            await publisher.Publish(FixtureEvents.Resulted(fixture, home.Name, away.Name, change.HadResult, now), cancellationToken);
        }
        else if (change.KickOff || change.Status)
        {
            await publisher.Publish(FixtureEvents.Updated(fixture, change.KickOff ? previousKickOff : null, previousStatus, now), cancellationToken);
        }
    }
}
