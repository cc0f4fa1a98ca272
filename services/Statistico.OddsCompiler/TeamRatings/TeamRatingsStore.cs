using Microsoft.EntityFrameworkCore;
using Statistico.OddsCompiler.Data;

namespace Statistico.OddsCompiler.TeamRatings;

/// <summary>
/// Keeps the latest ratings per team and competition: those after the latest kick-off, and for the same kick-off the
/// latest computation; an older update never overwrites a newer one.
/// </summary>
public sealed class TeamRatingsStore(OddsCompilerDbContext db)
{
    /// <summary>
    /// Writes <paramref name="updates"/> in one statement, within the caller's transaction, and returns how many were
    /// new or newer than what was stored. An upsert decided by the database, not read-then-write: on a first start
    /// Ratings replays whole seasons, so several consumers and the API backfill write the same teams at once, and a
    /// read-then-write lost those races (a duplicate key on insert, a row-version conflict on update) and failed the
    /// whole refit with them. Rows go in key order so two writers of the same teams lock them in the same order.
    /// </summary>
    public async Task<int> UpsertAllAsync(IReadOnlyCollection<TeamRatingRecord> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        // One row per team: a statement that touches a row twice fails. The newest of the batch stands for it.
        var rows = updates.GroupBy(r => (r.CompetitionId, r.Team))
            .Select(g => g.OrderBy(r => r.LastKickOff).ThenBy(r => r.RatedAt).Last())
            .OrderBy(r => r.CompetitionId, StringComparer.Ordinal).ThenBy(r => r.Team, StringComparer.Ordinal)
            .ToList();
        if (rows.Count == 0)
        {
            return 0;
        }

        return await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO team_ratings ("CompetitionId", "Team", "Attack", "Defence", "Elo", "PiHome", "PiAway", "LastFixtureId", "LastKickOff", "RatedAt")
            SELECT * FROM unnest({rows.Select(r => r.CompetitionId).ToArray()}, {rows.Select(r => r.Team).ToArray()},
                {rows.Select(r => r.Attack).ToArray()}, {rows.Select(r => r.Defence).ToArray()}, {rows.Select(r => r.Elo).ToArray()},
                {rows.Select(r => r.PiHome).ToArray()}, {rows.Select(r => r.PiAway).ToArray()}, {rows.Select(r => r.LastFixtureId).ToArray()},
                {rows.Select(r => r.LastKickOff.ToUniversalTime()).ToArray()}, {rows.Select(r => r.RatedAt.ToUniversalTime()).ToArray()})
            ON CONFLICT ("CompetitionId", "Team") DO UPDATE SET
                "Attack" = excluded."Attack", "Defence" = excluded."Defence", "Elo" = excluded."Elo", "PiHome" = excluded."PiHome",
                "PiAway" = excluded."PiAway", "LastFixtureId" = excluded."LastFixtureId", "LastKickOff" = excluded."LastKickOff",
                "RatedAt" = excluded."RatedAt"
            WHERE excluded."LastKickOff" > team_ratings."LastKickOff"
                OR (excluded."LastKickOff" = team_ratings."LastKickOff" AND excluded."RatedAt" >= team_ratings."RatedAt")
            """,
            cancellationToken);
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
