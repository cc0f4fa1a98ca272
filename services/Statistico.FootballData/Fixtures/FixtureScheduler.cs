using MassTransit;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Data;

namespace Statistico.FootballData.Fixtures;

/// <summary>Stores a new fixture and tells the platform about it.</summary>
public sealed class FixtureScheduler(FootballDataDbContext db, IPublishEndpoint publisher, TimeProvider clock)
{
    /// <summary>
    /// Schedules the fixture, or returns the existing one when the same pairing and kick-off is already known
    /// (so a retried request neither duplicates the fixture nor the event).
    /// </summary>
    public async Task<(Fixture Fixture, bool Created)> ScheduleAsync(ScheduleFixtureRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Kick-offs are whole minutes in every source; dropping sub-second noise keeps the stored value, the event
        // and the de-duplication key identical (Postgres keeps microseconds, .NET ticks are 100 ns).
        var kickOff = new DateTimeOffset(request.KickOff.UtcTicks - (request.KickOff.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var existing = await FindAsync(request, kickOff, cancellationToken);
        if (existing is not null)
        {
            return (existing, false);
        }

        var fixture = new Fixture
        {
            Id = Guid.NewGuid(),
            CompetitionId = request.CompetitionId.Trim(),
            Season = request.Season.Trim(),
            HomeTeam = request.HomeTeam.Trim(),
            AwayTeam = request.AwayTeam.Trim(),
            KickOff = kickOff,
            Status = FixtureStatus.Scheduled,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Fixtures.Add(fixture);
        // The publish goes through the transactional outbox: it is stored by the same SaveChanges as the fixture and
        // delivered by the relay after the commit, so the fixture and its event exist together or not at all.
        await publisher.Publish(
            new FixtureScheduled(fixture.Id, fixture.CompetitionId, fixture.Season, fixture.HomeTeam, fixture.AwayTeam, fixture.KickOff, fixture.CreatedAt),
            cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent request won the race: theirs is the fixture, and theirs is the event (ours was rolled back).
            db.ChangeTracker.Clear();
            return (await FindAsync(request, kickOff, cancellationToken) ?? throw new InvalidOperationException("Fixture vanished after a unique violation.", exception), false);
        }

        return (fixture, true);
    }

    private Task<Fixture?> FindAsync(ScheduleFixtureRequest request, DateTimeOffset kickOff, CancellationToken cancellationToken) =>
        db.Fixtures.AsNoTracking().FirstOrDefaultAsync(
            f => f.CompetitionId == request.CompetitionId.Trim()
                && f.HomeTeam == request.HomeTeam.Trim()
                && f.AwayTeam == request.AwayTeam.Trim()
                && f.KickOff == kickOff,
            cancellationToken);
}
