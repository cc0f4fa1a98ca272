using Statistico.Contracts.FootballData;
using Statistico.FootballData.Client;
using Statistico.Ratings.Data;
using Statistico.Ratings.Results;

namespace Statistico.Ratings.Rebuild;

/// <summary>
/// Pulls a competition's finished fixtures from Football Data over HTTP and records them as if their events had
/// arrived (idempotent: only missing or newer results count), e.g. after a backfill imported with the bus down, or
/// to fill gaps. A forced rebuild recomputes the whole history even when nothing was missing.
/// </summary>
public sealed class MissedResultsBackfill(FootballDataClient footballData, ResultRecorder recorder, RatingsDbContext db)
{
    public async Task<BackfillReport> RunAsync(string competitionId, bool force, CancellationToken cancellationToken)
    {
        int fetched = 0, recorded = 0;
        await foreach (var fixture in footballData.GetAllFixturesAsync(
            new FixtureQuery { Competition = competitionId, Status = FixtureStatus.Finished, PageSize = 500 }, cancellationToken))
        {
            fetched++;
            if (fixture.Result is { } result && await recorder.RecordAsync(
                new StoredResult
                {
                    FixtureId = fixture.Id,
                    CompetitionId = fixture.CompetitionId,
                    KickOff = fixture.KickOff,
                    HomeTeam = fixture.HomeTeam.Name,
                    AwayTeam = fixture.AwayTeam.Name,
                    HomeGoals = result.HomeGoals,
                    AwayGoals = result.AwayGoals,
                    Revision = fixture.Revision,
                },
                cancellationToken))
            {
                recorded++;
            }
        }

        if (force)
        {
            recorder.MarkDirty(competitionId, DateTimeOffset.UnixEpoch);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new BackfillReport(competitionId, fetched, recorded);
    }
}
