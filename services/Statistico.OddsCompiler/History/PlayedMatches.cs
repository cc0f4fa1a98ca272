using Microsoft.EntityFrameworkCore;
using Statistico.OddsCompiler.Data;
using Statistico.OddsCompiler.GoalModels;

namespace Statistico.OddsCompiler.History;

/// <summary>The compiler's own store of finished matches, and the training sets read from it.</summary>
public sealed class PlayedMatches(OddsCompilerDbContext db)
{
    /// <summary>
    /// Read this much further back than the window so the window still fits when the latest result is older than the
    /// next fixture (a summer break is about 90 days).
    /// </summary>
    public const int SlackDays = 180;

    /// <summary>
    /// Writes matches (one from a result event, or a history read from Football Data) in one statement, within the
    /// caller's transaction: a match is inserted, or replaces the stored one when that has no revision (0) or an older
    /// one; the same revision told twice (a redelivery, the event and the API agreeing) or an older one changes nothing.
    /// An upsert, so the history read and the result consumer writing the same match at once never fail on its key.
    /// Returns the number that were new or newer.
    /// </summary>
    public async Task<int> UpsertAllAsync(IReadOnlyCollection<PlayedMatch> matches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(matches);
        if (matches.Count == 0)
        {
            return 0;
        }

        // One row per fixture: the API's pages cannot repeat one, but a statement touching a row twice would fail.
        var rows = matches.GroupBy(m => m.FixtureId).Select(g => g.MaxBy(m => m.Revision)!).ToList();
        return await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO played_matches ("FixtureId", "CompetitionId", "HomeTeam", "AwayTeam", "KickOff", "HomeGoals", "AwayGoals",
                "HomeShotsOnTarget", "AwayShotsOnTarget", "HomeCorners", "AwayCorners", "HomeCards", "AwayCards", "Revision")
            SELECT * FROM unnest({rows.Select(m => m.FixtureId).ToArray()}, {rows.Select(m => m.CompetitionId).ToArray()},
                {rows.Select(m => m.HomeTeam).ToArray()}, {rows.Select(m => m.AwayTeam).ToArray()},
                {rows.Select(m => m.KickOff.ToUniversalTime()).ToArray()}, {rows.Select(m => m.HomeGoals).ToArray()},
                {rows.Select(m => m.AwayGoals).ToArray()}, {rows.Select(m => m.HomeShotsOnTarget).ToArray()},
                {rows.Select(m => m.AwayShotsOnTarget).ToArray()}, {rows.Select(m => m.HomeCorners).ToArray()},
                {rows.Select(m => m.AwayCorners).ToArray()}, {rows.Select(m => m.HomeCards).ToArray()},
                {rows.Select(m => m.AwayCards).ToArray()}, {rows.Select(m => m.Revision).ToArray()})
            ON CONFLICT ("FixtureId") DO UPDATE SET
                "CompetitionId" = excluded."CompetitionId", "HomeTeam" = excluded."HomeTeam", "AwayTeam" = excluded."AwayTeam",
                "KickOff" = excluded."KickOff", "HomeGoals" = excluded."HomeGoals", "AwayGoals" = excluded."AwayGoals",
                "HomeShotsOnTarget" = excluded."HomeShotsOnTarget", "AwayShotsOnTarget" = excluded."AwayShotsOnTarget",
                "HomeCorners" = excluded."HomeCorners", "AwayCorners" = excluded."AwayCorners",
                "HomeCards" = excluded."HomeCards", "AwayCards" = excluded."AwayCards", "Revision" = excluded."Revision"
            WHERE played_matches."Revision" = 0 OR excluded."Revision" > played_matches."Revision"
            """,
            cancellationToken);
    }

    /// <summary>
    /// Forgets a match whose fixture is no longer finished as of <paramref name="revision"/> (an annulled result); true
    /// when there was one to forget.
    /// </summary>
    public async Task<bool> ForgetAsync(Guid fixtureId, int revision, CancellationToken cancellationToken)
    {
        if (await db.PlayedMatches.FindAsync([fixtureId], cancellationToken) is not { } stored || stored.Revision >= revision)
        {
            return false;
        }

        db.PlayedMatches.Remove(stored);
        return true;
    }

    /// <summary>
    /// The training set of <paramref name="competitionId"/> for fixtures from <paramref name="nextKickOff"/> on: every
    /// finished match of the <paramref name="windowDays"/> days before the latest result (inclusive), fitted as of the
    /// day after that result. Null when the competition has no result at all.
    /// </summary>
    public async Task<TrainingSet?> ReadAsync(string competitionId, DateTimeOffset nextKickOff, int windowDays, CancellationToken cancellationToken)
    {
        // No upper bound: a finished match is never in the future, and one that kicked off at the same time as the
        // next scheduled fixture (a 15:00 Saturday) must be in the history the moment its result is.
        var from = nextKickOff.AddDays(-(windowDays + SlackDays));
        var rows = await db.PlayedMatches.AsNoTracking()
            .Where(p => p.CompetitionId == competitionId && p.KickOff >= from)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var records = rows.Select(MatchHistory.ToMatchRecord).ToList();
        var asOf = records.Max(r => r.Date).AddDays(1);
        var windowFrom = asOf.AddDays(-windowDays);
        return new TrainingSet(competitionId, asOf, windowFrom, MatchHistory.InFittingOrder(records.Where(r => r.Date >= windowFrom)))
        {
            FinishedFixtureIds = rows.Select(r => r.FixtureId).ToHashSet(),
        };
    }
}
