using Microsoft.EntityFrameworkCore;
using Statistico.OddsCompiler.Data;

namespace Statistico.OddsCompiler.TeamRatings;

/// <summary>
/// Fills the compiler's ratings table from the Ratings API for every competition the compiler has heard of: for a
/// compiler that started after Ratings published (or missed events), so a promoted team's last league is still known.
/// </summary>
public sealed partial class RatingsBackfill(OddsCompilerDbContext db, RatingsClient ratings, TeamRatingsStore store, TimeProvider clock, ILogger<RatingsBackfill> logger)
{
    /// <summary>Rows stored or updated; Ratings being away is logged and counts as nothing learned.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var competitions = await db.Fixtures.Select(f => f.CompetitionId)
            .Union(db.TeamRatings.Select(r => r.CompetitionId))
            .Distinct().ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var competition in competitions)
        {
            // Read before the request: an event computed after this instant is at least as new as the table.
            var readAt = clock.GetUtcNow();
            IReadOnlyList<RatingsTableRow> table;
            try
            {
                table = await ratings.GetTableAsync(competition, cancellationToken);
            }
            catch (HttpRequestException exception)
            {
                LogRatingsAway(exception, competition);
                continue;
            }

            changed += await store.UpsertAllAsync(
                [.. table.Select(row => new TeamRatingRecord
                {
                    CompetitionId = competition,
                    Team = row.Team,
                    Attack = row.Attack,
                    Defence = row.Defence,
                    Elo = row.Elo,
                    PiHome = row.PiHome,
                    PiAway = row.PiAway,
                    LastFixtureId = row.LastFixtureId,
                    LastKickOff = row.LastKickOff,
                    RatedAt = readAt,
                })],
                cancellationToken);
        }

        return changed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ratings could not be read for {Competition}; priors fall back to what the compiler already knows")]
    private partial void LogRatingsAway(Exception exception, string competition);
}
