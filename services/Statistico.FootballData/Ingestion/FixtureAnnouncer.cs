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
    /// A new fixture not played yet. One that arrives already played (a backfill, an upload) goes to
    /// <see cref="AddedPlayedAsync"/> instead: pricing a finished match as if it were upcoming would be wrong.
    /// </summary>
    public async Task AddedAsync(Fixture fixture, Team home, Team away, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        if (fixture.HasResult)
        {
            throw new ArgumentException($"Fixture {fixture.Id} is played: announce it with {nameof(AddedPlayedAsync)}.", nameof(fixture));
        }

        await publisher.Publish(FixtureEvents.Scheduled(fixture, home.Name, away.Name, now), cancellationToken);
        if (fixture.Status is not FixtureStatus.Scheduled)
        {
            await publisher.Publish(FixtureEvents.Updated(fixture, null, FixtureStatus.Scheduled, now), cancellationToken);
        }
    }

    /// <summary>
    /// New fixtures that arrived already played, as one event (nothing when there are none): a season of history as
    /// one event per match kept every subscriber busy for a minute of a first start.
    /// </summary>
    public async Task AddedPlayedAsync(IReadOnlyCollection<(Fixture Fixture, Team Home, Team Away)> played, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(played);
        if (played.Count == 0)
        {
            return;
        }

        var results = played.Select(p => FixtureEvents.Resulted(p.Fixture, p.Home.Name, p.Away.Name, isCorrection: false, now)).ToList();
        await publisher.Publish(new PlayedFixturesRecorded(results, now), cancellationToken);
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
