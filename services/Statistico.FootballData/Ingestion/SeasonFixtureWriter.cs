using Microsoft.EntityFrameworkCore;
using Statistico.FootballData.Data;
using Statistico.FootballDataFiles;

namespace Statistico.FootballData.Ingestion;

/// <summary>
/// Upserts one season's incoming fixtures into the tracked context (the caller commits): fixtures are keyed by
/// (season, home, away), so a row read again changes nothing; rows that cannot be stored are reported on the run.
/// Fixtures that arrive already played are announced together at the end, as one <c>PlayedFixturesRecorded</c>.
/// </summary>
public sealed class SeasonFixtureWriter(FootballDataDbContext db, FixtureAnnouncer announcer)
{
    /// <summary>Adds or updates the fixtures; the ids of stored fixtures that changed are added to <paramref name="changed"/>.</summary>
    public async Task WriteAsync(
        ImportBatch batch, string competitionId, int startYear, IReadOnlyList<IncomingFixture> fixtures, TeamDirectory teams, ImportRun run,
        List<Guid> changed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var season = await FindOrAddSeasonAsync(competitionId, startYear, cancellationToken);
        var stored = season.Id == 0
            ? []
            : await db.Fixtures.Where(f => f.SeasonId == season.Id).ToDictionaryAsync(f => (f.HomeTeamId, f.AwayTeamId), cancellationToken);
        var seen = new Dictionary<(Guid, Guid), int?>();
        var arrivedPlayed = new List<(Fixture, Team, Team)>();
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
                run.Problems.Add(new DataProblem(batch.Location, incoming.Line, null, reason));
                continue;
            }

            if (!stored.TryGetValue((home.Id, away.Id), out var fixture))
            {
                var added = Add(batch.Source, season, home, away, incoming, now);
                if (added.HasResult)
                {
                    arrivedPlayed.Add((added, home, away));
                }
                else
                {
                    await announcer.AddedAsync(added, home, away, now, cancellationToken);
                }

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

        await announcer.AddedPlayedAsync(arrivedPlayed, now, cancellationToken);
    }

    private static Team? Resolve(TeamDirectory teams, string spelling, IncomingFixture incoming, ImportBatch batch, ImportRun run, string column)
    {
        var team = teams.Resolve(spelling, out var problem);
        if (problem is not null)
        {
            run.Problems.Add(new DataProblem(batch.Location, incoming.Line, column, problem));
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
            season = new Season { CompetitionId = competitionId, StartYear = startYear, Label = new SeasonName(startYear).Label };
            db.Seasons.Add(season);
        }

        return season;
    }

    private Fixture Add(string source, Season season, Team home, Team away, IncomingFixture incoming, DateTimeOffset now)
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
        IncomingResults.Apply(fixture, incoming.Result);
        db.Fixtures.Add(fixture);
        return fixture;
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
            IncomingResults.Apply(fixture, incoming.Result);
        }

        if (change.Referee)
        {
            fixture.Referee = incoming.Referee;
        }

        fixture.Revision++;
        fixture.Source = source;
        fixture.UpdatedAt = now;
        fixture.Season = season;
        await announcer.ChangedAsync(fixture, change, home, away, previousKickOff, previousStatus, now, cancellationToken);
        return true;
    }
}
