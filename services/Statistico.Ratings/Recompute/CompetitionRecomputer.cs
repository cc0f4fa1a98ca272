using MassTransit;
using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.Ratings;
using Statistico.Ratings.Data;

namespace Statistico.Ratings.Recompute;

/// <summary>
/// Brings one dirty competition's history up to date in one transaction: it locks the competition's state row (so
/// replicas and consumers wait their turn), replays the results, rewrites the history rows from the dirty kick-off on that changed, and
/// publishes <see cref="TeamRatingsUpdated"/> through the outbox for each fixture whose ratings are new or changed.
/// </summary>
public sealed partial class CompetitionRecomputer(RatingsDbContext db, IPublishEndpoint publisher, TimeProvider clock, ILogger<CompetitionRecomputer> logger)
{
    /// <returns>The competition recomputed, or null when none was waiting (or all were locked by other replicas).</returns>
    public async Task<string?> RecomputeNextAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var dirty = await db.DirtyMarks.Select(m => m.CompetitionId).Distinct().ToListAsync(cancellationToken);
        foreach (var competitionId in dirty)
        {
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO competition_state ("CompetitionId") VALUES ({competitionId}) ON CONFLICT DO NOTHING""", cancellationToken);
        }

        // One competition whose row no other replica holds; consumers never take this lock, so they never wait for it.
        // The one recomputed longest ago goes first: while one league's results keep arriving (a backfill), taking any
        // row would take that league every time and starve the others.
        var state = await db.Competitions
            .FromSql($"""SELECT * FROM competition_state WHERE "CompetitionId" = ANY({dirty.ToArray()}) ORDER BY "RecomputedAt" NULLS FIRST LIMIT 1 FOR UPDATE SKIP LOCKED""")
            .AsTracking()
            .FirstOrDefaultAsync(cancellationToken);
        if (state is null)
        {
            await transaction.CommitAsync(cancellationToken);
            return null;
        }

        // Take the marks visible now; a result committed later leaves its mark for the next round.
        var marks = await db.Database
            .SqlQuery<DateTimeOffset>($"""DELETE FROM dirty_marks WHERE "CompetitionId" = {state.CompetitionId} RETURNING "KickOff" AS "Value" """)
            .ToListAsync(cancellationToken);
        if (marks.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return state.CompetitionId;
        }

        var from = marks.Min();
        var results = await db.Results.AsNoTracking().Where(r => r.CompetitionId == state.CompetitionId).ToListAsync(cancellationToken);
        var replayed = RatingsReplay.Run(results).Where(e => e.KickOff >= from).ToList();
        var previous = await db.History.AsNoTracking()
            .Where(h => h.CompetitionId == state.CompetitionId && h.KickOff >= from)
            .ToDictionaryAsync(h => (h.FixtureId, h.Team), cancellationToken);
        var changed = replayed
            .Where(e => !previous.TryGetValue((e.FixtureId, e.Team), out var old) || !old.SameRatingsAs(e))
            .Select(e => e.FixtureId)
            .ToHashSet();

        // Rewrite only the fixtures whose rows the replay does not reproduce exactly (and any row it no longer has):
        // results arriving in kick-off order, as a backfill's mostly do, then cost their own rows and no more.
        var rewritten = replayed.Where(e => !previous.TryGetValue((e.FixtureId, e.Team), out var old) || !old.SameRowAs(e)).Select(e => e.FixtureId)
            .Concat(previous.Keys.Select(k => k.FixtureId).Except(replayed.Select(e => e.FixtureId)))
            .ToHashSet();
        await db.History.Where(h => h.CompetitionId == state.CompetitionId && rewritten.Contains(h.FixtureId)).ExecuteDeleteAsync(cancellationToken);
        db.History.AddRange(replayed.Where(e => rewritten.Contains(e.FixtureId)));
        var now = clock.GetUtcNow();
        foreach (var fixture in replayed.Where(e => e.AtHome && changed.Contains(e.FixtureId)))
        {
            var away = replayed.First(e => e.FixtureId == fixture.FixtureId && !e.AtHome);
            await publisher.Publish(new TeamRatingsUpdated(fixture.FixtureId, fixture.CompetitionId, ToContract(fixture), ToContract(away), now) { KickOff = fixture.KickOff }, cancellationToken);
        }

        state.RecomputedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogRecomputed(state.CompetitionId, from, replayed.Count / 2, changed.Count);
        return state.CompetitionId;
    }

    private static TeamRating ToContract(RatingHistoryEntry entry) =>
        new(entry.Team, entry.AttackAfter, entry.DefenceAfter) { Elo = entry.EloAfter, PiHome = entry.PiHomeAfter, PiAway = entry.PiAwayAfter };

    [LoggerMessage(Level = LogLevel.Information, Message = "Ratings of {CompetitionId} recomputed from {From}: {Fixtures} fixtures replayed, {Changed} changed")]
    private partial void LogRecomputed(string competitionId, DateTimeOffset from, int fixtures, int changed);
}
