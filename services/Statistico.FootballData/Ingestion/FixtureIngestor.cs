using MassTransit;
using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Client;
using Statistico.FootballData.Data;
using Statistico.FootballData.Fixtures;

namespace Statistico.FootballData.Ingestion;

/// <summary>
/// The one code path every provider, upload and backfill writes through. It upserts fixtures by (season, home,
/// away), so re-running an import changes and publishes nothing; each change publishes its event through the
/// transactional outbox in the same commit as the row, once. Each season commits on its own, so a failure costs
/// that season's batch (reported) and never the rows already accepted.
/// </summary>
public sealed partial class FixtureIngestor(
    FootballDataDbContext db,
    IPublishEndpoint publisher,
    FinishedFixtureCache finishedFixtures,
    UpcomingFixturesCache upcomingFixtures,
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
                await IngestSeasonAsync(batch, season.Key.CompetitionId, season.Key.SeasonStartYear, [.. season], teams, run, changed, cancellationToken);
                var played = db.Fixtures.Local.Where(f => f.HasResult).Select(f => f.Id).ToHashSet();
                resulted.AddRange(changed.Where(played.Contains));
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception)
            {
                // Typically a concurrent import of the same season won a race: nothing of this season was written
                // (one transaction), the next run will take it.
                LogSeasonFailed(exception, batch.Location, season.Key.CompetitionId, season.Key.SeasonStartYear);
                run.Problems.Add(new ImportProblem(batch.Location, null, null,
                    $"{season.Key.CompetitionId} {SeasonLabel.For(season.Key.SeasonStartYear)} not stored ({SeasonNotStored}): the database refused the batch; retry the import"));
                db.ChangeTracker.Clear();
                teams = await TeamDirectory.LoadAsync(db, batch.Source, unknownTeams, cancellationToken);
                continue;
            }
            finally
            {
                db.ChangeTracker.Clear();
            }

            await finishedFixtures.InvalidateAsync(changed);
            await RemoveFromUpcomingAsync(resulted);
        }

        run.Rows = batch.Fixtures.Count;
        run.FinishedAt = clock.GetUtcNow();
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        LogImported(batch.Source, batch.Location, run.Rows, run.Inserted, run.Updated, run.Unchanged, run.Problems.Count);
        return new ImportReport(run.Id, run.Source, run.Name, run.Rows, run.Inserted, run.Updated, run.Unchanged, run.Problems);
    }

    private async Task RemoveFromUpcomingAsync(List<Guid> resulted)
    {
        try
        {
            foreach (var id in resulted)
            {
                await upcomingFixtures.RemoveAsync(id);
            }
        }
        catch (StackExchange.Redis.RedisException exception)
        {
            LogUpcomingNotUpdated(exception, resulted.Count); // the warmer rebuilds the list at the next start
        }
    }

    private async Task IngestSeasonAsync(
        ImportBatch batch,
        string competitionId,
        int startYear,
        IReadOnlyList<IncomingFixture> fixtures,
        TeamDirectory teams,
        ImportRun run,
        List<Guid> changed,
        CancellationToken cancellationToken)
    {
        var season = await FindOrAddSeasonAsync(competitionId, startYear, cancellationToken);
        var stored = season.Id == 0
            ? []
            : await db.Fixtures.Where(f => f.SeasonId == season.Id).ToDictionaryAsync(f => (f.HomeTeamId, f.AwayTeamId), cancellationToken);
        var seen = new Dictionary<(Guid, Guid), int?>();
        var now = clock.GetUtcNow();
        foreach (var incoming in fixtures)
        {
            var home = Resolve(teams, incoming.HomeTeam, incoming, batch, run, "HomeTeam");
            var away = Resolve(teams, incoming.AwayTeam, incoming, batch, run, "AwayTeam");
            if (home is null || away is null)
            {
                continue;
            }

            if (home.Id == away.Id || !seen.TryAdd((home.Id, away.Id), incoming.Line))
            {
                var reason = home.Id == away.Id
                    ? $"'{incoming.HomeTeam}' cannot play itself; row skipped"
                    : $"{home.Name} v {away.Name} appears twice in one season (first at line {seen[(home.Id, away.Id)]}); row skipped";
                run.Problems.Add(new ImportProblem(batch.Location, incoming.Line, null, reason));
                continue;
            }

            if (!stored.TryGetValue((home.Id, away.Id), out var fixture))
            {
                await AddAsync(batch.Source, season, home, away, incoming, now, cancellationToken);
                run.Inserted++;
            }
            else if (await UpdateAsync(batch.Source, fixture, season, home, away, incoming, now, cancellationToken))
            {
                changed.Add(fixture.Id);
                run.Updated++;
            }
            else
            {
                run.Unchanged++;
            }
        }
    }

    private static Team? Resolve(TeamDirectory teams, string spelling, IncomingFixture incoming, ImportBatch batch, ImportRun run, string column)
    {
        var team = teams.Resolve(spelling, out var problem);
        if (problem is not null)
        {
            run.Problems.Add(new ImportProblem(batch.Location, incoming.Line, column, problem));
        }

        return team;
    }

    private async Task<Season> FindOrAddSeasonAsync(string competitionId, int startYear, CancellationToken cancellationToken)
    {
        if (await db.Competitions.FindAsync([competitionId], cancellationToken) is null)
        {
            var (name, country) = KnownCompetitions.Describe(competitionId);
            db.Competitions.Add(new Competition { Id = competitionId, Name = name, Country = country });
        }

        var season = await db.Seasons.FirstOrDefaultAsync(s => s.CompetitionId == competitionId && s.StartYear == startYear, cancellationToken);
        if (season is null)
        {
            season = new Season { CompetitionId = competitionId, StartYear = startYear, Label = SeasonLabel.For(startYear) };
            db.Seasons.Add(season);
        }

        return season;
    }

    private async Task AddAsync(string source, Season season, Team home, Team away, IncomingFixture incoming, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var fixture = new Fixture
        {
            Id = Guid.NewGuid(),
            CompetitionId = season.CompetitionId,
            Season = season,
            HomeTeamId = home.Id,
            AwayTeamId = away.Id,
            KickOff = incoming.KickOff,
            KickOffTimeKnown = incoming.KickOffTimeKnown,
            Status = incoming.Status,
            Referee = incoming.Referee,
            Revision = 1,
            Source = source,
            CreatedAt = now,
            UpdatedAt = now,
        };
        ApplyResult(fixture, incoming.Result);
        db.Fixtures.Add(fixture);
        // A fixture that arrives already played (a backfill) is announced by its result alone: pricing a finished match
        // as if it were upcoming would be wrong, and the result carries everything FixtureScheduled would.
        if (fixture.HasResult)
        {
            await publisher.Publish(FixtureEvents.Resulted(fixture, home.Name, away.Name, isCorrection: false, now), cancellationToken);
            return;
        }

        await publisher.Publish(FixtureEvents.Scheduled(fixture, home.Name, away.Name, now), cancellationToken);
        if (fixture.Status is not FixtureStatus.Scheduled)
        {
            await publisher.Publish(FixtureEvents.Updated(fixture, null, FixtureStatus.Scheduled, now), cancellationToken);
        }
    }

    private async Task<bool> UpdateAsync(
        string source, Fixture fixture, Season season, Team home, Team away, IncomingFixture incoming, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var change = FixtureChange.Between(fixture, incoming);
        if (!change.Any)
        {
            return false;
        }

        var previousKickOff = fixture.KickOff;
        var previousStatus = fixture.Status;
        if (change.KickOff)
        {
            fixture.KickOff = incoming.KickOff;
            fixture.KickOffTimeKnown = incoming.KickOffTimeKnown;
        }

        if (change.Status)
        {
            fixture.Status = incoming.Status;
        }

        if (change.Result)
        {
            ApplyResult(fixture, incoming.Result);
        }

        if (change.Referee)
        {
            fixture.Referee = incoming.Referee;
        }

        fixture.Revision++;
        fixture.Source = source;
        fixture.UpdatedAt = now;
        fixture.Season = season;
        if (change.Result)
        {
            await publisher.Publish(FixtureEvents.Resulted(fixture, home.Name, away.Name, change.HadResult, now), cancellationToken);
        }
        else if (change.KickOff || change.Status)
        {
            await publisher.Publish(
                FixtureEvents.Updated(fixture, change.KickOff ? previousKickOff : null, previousStatus, now),
                cancellationToken);
        }

        return true;
    }

    private static void ApplyResult(Fixture fixture, IncomingResult? result)
    {
        if (result is null)
        {
            return;
        }

        fixture.HomeGoals = result.HomeGoals;
        fixture.AwayGoals = result.AwayGoals;
        fixture.HalfTimeHomeGoals = result.HalfTimeHomeGoals ?? fixture.HalfTimeHomeGoals;
        fixture.HalfTimeAwayGoals = result.HalfTimeAwayGoals ?? fixture.HalfTimeAwayGoals;
        fixture.HomeStatistics.MergeFrom(result.HomeStatistics);
        fixture.AwayStatistics.MergeFrom(result.AwayStatistics);
        fixture.Status = FixtureStatus.Finished;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Source} {Location}: {Rows} rows, {Inserted} new, {Updated} changed, {Unchanged} unchanged, {Problems} problems")]
    private partial void LogImported(string source, string location, int rows, int inserted, int updated, int unchanged, int problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not take {Count} resulted fixtures out of the upcoming cache")]
    private partial void LogUpcomingNotUpdated(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store {Location} {CompetitionId} season {StartYear}")]
    private partial void LogSeasonFailed(Exception exception, string location, string competitionId, int startYear);
}
