using Microsoft.EntityFrameworkCore;
using Statistico.FootballData.Client;
using Statistico.FootballData.Data;
using Statistico.FootballDataFiles;

namespace Statistico.FootballData.Ingestion;

/// <summary>
/// The one code path every provider, upload and backfill writes through, and the owner of its transactions: each
/// season is written (<see cref="SeasonFixtureWriter"/>, which announces each change through the transactional outbox,
/// <see cref="FixtureAnnouncer"/>) and committed on its own, so a failure costs that season's batch (reported) and
/// never the rows already accepted; the caches follow each commit (<see cref="IngestedFixtureCaches"/>). Re-running
/// an import changes and publishes nothing.
/// </summary>
public sealed partial class FixtureIngestor(
    FootballDataDbContext db,
    SeasonFixtureWriter writer,
    IngestedFixtureCaches caches,
    TimeProvider clock,
    ILogger<FixtureIngestor> logger)
{
    /// <summary>
    /// The stable code of a season the database refused. Import runs are readable by any API caller, so they carry
    /// this, never the database's text (hosts, roles, tables, values): that goes to the log only.
    /// </summary>
    public const string SeasonNotStored = "season-not-stored";

    public async Task<ImportReport> IngestAsync(ImportBatch batch, UnknownTeamPolicy unknownTeams, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var run = new ImportRun { Id = Guid.NewGuid(), Source = batch.Source, Name = batch.Location, StartedAt = clock.GetUtcNow() };
        run.Problems.AddRange(batch.Problems);
        var teams = await TeamDirectory.LoadAsync(db, batch.Source, unknownTeams, cancellationToken);
        foreach (var season in batch.Fixtures.GroupBy(f => (f.CompetitionId, f.SeasonStartYear)))
        {
            var changed = new List<Guid>();
            var resulted = new List<Guid>();
            try
            {
                await writer.WriteAsync(
                    batch, season.Key.CompetitionId, season.Key.SeasonStartYear, [.. season], teams, run, changed, clock.GetUtcNow(), cancellationToken);
                var played = db.Fixtures.Local.Where(f => f.HasResult).Select(f => f.Id).ToHashSet();
                resulted.AddRange(changed.Where(played.Contains));
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception)
            {
                // Typically a concurrent import of the same season won a race: nothing of this season was written
                // (one transaction), the next run will take it.
                LogSeasonFailed(exception, batch.Location, season.Key.CompetitionId, season.Key.SeasonStartYear);
                run.Problems.Add(new DataProblem(batch.Location, null, null,
                    $"{season.Key.CompetitionId} {new SeasonName(season.Key.SeasonStartYear).Label} not stored ({SeasonNotStored}): the database refused the batch; retry the import"));
                db.ChangeTracker.Clear();
                teams = await TeamDirectory.LoadAsync(db, batch.Source, unknownTeams, cancellationToken);
                continue;
            }
            finally
            {
                db.ChangeTracker.Clear();
            }

            await caches.AfterCommitAsync(changed, resulted);
        }

        run.Rows = batch.Fixtures.Count;
        run.FinishedAt = clock.GetUtcNow();
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        LogImported(batch.Source, batch.Location, run.Rows, run.Inserted, run.Updated, run.Unchanged, run.Problems.Count);
        return new ImportReport(run.Id, run.Source, run.Name, run.Rows, run.Inserted, run.Updated, run.Unchanged, run.Problems);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Source} {Location}: {Rows} rows, {Inserted} new, {Updated} changed, {Unchanged} unchanged, {Problems} problems")]
    private partial void LogImported(string source, string location, int rows, int inserted, int updated, int unchanged, int problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store {Location} {CompetitionId} season {StartYear}")]
    private partial void LogSeasonFailed(Exception exception, string location, string competitionId, int startYear);
}
