using Microsoft.EntityFrameworkCore;
using Statistico.OddsCompiler.Data;

namespace Statistico.OddsCompiler.TeamRatings;

/// <summary>
/// Keeps the latest ratings per team and competition: those after the latest kick-off, and for the same kick-off the
/// latest computation; an older update never overwrites a newer one.
/// </summary>
public sealed class TeamRatingsStore(OddsCompilerDbContext db)
{
    /// <summary>Records <paramref name="update"/> (not saved); true when it was newer than what was stored.</summary>
    public async Task<bool> UpsertAsync(TeamRatingRecord update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var stored = await db.TeamRatings.FindAsync([update.CompetitionId, update.Team], cancellationToken);
        if (stored is null)
        {
            db.TeamRatings.Add(update);
            return true;
        }

        if (update.LastKickOff < stored.LastKickOff || (update.LastKickOff == stored.LastKickOff && update.RatedAt < stored.RatedAt))
        {
            return false;
        }

        stored.Attack = update.Attack;
        stored.Defence = update.Defence;
        stored.Elo = update.Elo;
        stored.PiHome = update.PiHome;
        stored.PiAway = update.PiAway;
        stored.LastFixtureId = update.LastFixtureId;
        stored.LastKickOff = update.LastKickOff;
        stored.RatedAt = update.RatedAt;
        return true;
    }

    /// <summary>The competition each team last played in other than <paramref name="excludedCompetitionId"/>.</summary>
    public async Task<Dictionary<string, string>> LastOtherCompetitionAsync(
        IReadOnlyCollection<string> teams, string excludedCompetitionId, CancellationToken cancellationToken)
    {
        var rows = await db.TeamRatings.AsNoTracking()
            .Where(r => teams.Contains(r.Team) && r.CompetitionId != excludedCompetitionId)
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Team, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.LastKickOff).Last().CompetitionId, StringComparer.Ordinal);
    }
}
