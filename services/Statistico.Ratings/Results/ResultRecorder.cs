using Statistico.Ratings.Data;

namespace Statistico.Ratings.Results;

/// <summary>
/// Stores a result if it is news (a new fixture, or a higher revision with a different score) and marks its competition
/// for recomputation from that kick-off. A redelivered or replayed result changes nothing, so it can never apply twice.
/// </summary>
public sealed class ResultRecorder(RatingsDbContext db)
{
    /// <returns>True when the result was news.</returns>
    public async Task<bool> RecordAsync(StoredResult incoming, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var stored = await db.Results.FindAsync([incoming.FixtureId], cancellationToken);
        if (stored is null)
        {
            db.Results.Add(incoming);
        }
        else if (incoming.Revision < stored.Revision
            || (stored.HomeGoals == incoming.HomeGoals && stored.AwayGoals == incoming.AwayGoals && stored.KickOff == incoming.KickOff))
        {
            return false; // stale, or nothing that moves a rating
        }
        else
        {
            var earliest = stored.KickOff < incoming.KickOff ? stored.KickOff : incoming.KickOff;
            (stored.HomeGoals, stored.AwayGoals, stored.KickOff, stored.Revision) = (incoming.HomeGoals, incoming.AwayGoals, incoming.KickOff, incoming.Revision);
            MarkDirty(incoming.CompetitionId, earliest);
            return true;
        }

        MarkDirty(incoming.CompetitionId, incoming.KickOff);
        return true;
    }

    /// <summary>Marks the competition for recomputation from <paramref name="from"/>, saved with the caller's changes.</summary>
    public void MarkDirty(string competitionId, DateTimeOffset from) =>
        db.DirtyMarks.Add(new DirtyMark { CompetitionId = competitionId, KickOff = from });
}
