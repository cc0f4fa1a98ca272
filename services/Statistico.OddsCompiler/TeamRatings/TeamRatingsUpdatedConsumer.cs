using MassTransit;
using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.FootballData;
using Statistico.Contracts.Ratings;
using Statistico.FootballData.Client;
using Statistico.Messaging.Outbox;
using Statistico.OddsCompiler.Data;
using Statistico.OddsCompiler.Refits;

namespace Statistico.OddsCompiler.TeamRatings;

/// <summary>
/// Keeps the latest ratings of both teams, and asks for a refit of every other competition with a scheduled fixture of
/// either team: the team's last league elsewhere (and so its prior there) may have changed. The rated competition
/// itself is not asked: its own ratings never feed its priors, and the result behind them already asked for its refit.
/// </summary>
public sealed class TeamRatingsUpdatedConsumer(OddsCompilerDbContext db, FootballDataClient footballData, TeamRatingsStore store, RefreshRequests refreshes, AfterCommit afterCommit)
    : IConsumer<TeamRatingsUpdated>
{
    public async Task Consume(ConsumeContext<TeamRatingsUpdated> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        // Ratings recomputes a competition's history in one go, so OccurredAt says nothing about when the match was
        // played; the fixture's kick-off does. The event carries it; an older publisher's event does not, and can
        // overtake the fixture's own event, so only then ask Football Data (mixing the two clocks would let one update
        // dated "now" hide every later match). A backfilled history is thousands of updates: one HTTP call each was
        // the slowest part of a first start.
        var kickOff = message.KickOff ?? await db.Fixtures.Where(f => f.Id == message.FixtureId).Select(f => (DateTimeOffset?)f.KickOff).FirstOrDefaultAsync(context.CancellationToken)
            ?? (await footballData.GetFixtureAsync(message.FixtureId, context.CancellationToken))?.KickOff;
        if (kickOff is null)
        {
            throw new InvalidOperationException($"Fixture {message.FixtureId} of a ratings update is unknown to Football Data; retried, then parked in _error.");
        }

        await store.UpsertAllAsync(
            [.. new[] { message.Home, message.Away }.Select(rating => new TeamRatingRecord
            {
                CompetitionId = message.CompetitionId,
                Team = rating.Team,
                Attack = rating.Attack,
                Defence = rating.Defence,
                Elo = rating.Elo,
                PiHome = rating.PiHome,
                PiAway = rating.PiAway,
                LastFixtureId = message.FixtureId,
                LastKickOff = kickOff.Value,
                RatedAt = message.OccurredAt,
            })],
            context.CancellationToken);
        var teams = new[] { message.Home.Team, message.Away.Team };
        var competitions = await db.Fixtures
            .Where(f => f.Status == FixtureStatus.Scheduled && f.CompetitionId != message.CompetitionId
                && (teams.Contains(f.HomeTeam) || teams.Contains(f.AwayTeam)))
            .Select(f => f.CompetitionId).Distinct().ToListAsync(context.CancellationToken);
        foreach (var competition in competitions)
        {
            refreshes.RequestAfterCommit(afterCommit, competition, refit: true);
        }
    }
}
