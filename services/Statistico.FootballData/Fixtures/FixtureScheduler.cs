using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Client;
using Statistico.FootballData.Data;
using Statistico.FootballData.Ingestion;
using Statistico.FootballDataFiles;

namespace Statistico.FootballData.Fixtures;

/// <summary>Stores a fixture entered by hand through the same ingestion path as every provider (source <c>manual</c>).</summary>
public sealed class FixtureScheduler(FixtureIngestor ingestor, FootballDataDbContext db)
{
    public const string Source = "manual";

    /// <summary>
    /// Schedules the fixture, or returns the existing one for the same season and pairing (a retried request duplicates
    /// neither the fixture nor its event; a new kick-off moves it, announced by <see cref="FixtureUpdated"/>).
    /// </summary>
    public async Task<(FixtureDto Fixture, bool Created)> ScheduleAsync(ScheduleFixtureRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!SeasonName.TryParse(request.Season, out var seasonName))
        {
            throw new ArgumentException($"'{request.Season}' is not a season such as 2021/22 (validate the request first).", nameof(request));
        }

        // Kick-offs are whole minutes in every source; dropping sub-second noise keeps the stored value and the event equal.
        var kickOff = new DateTimeOffset(request.KickOff.UtcTicks - (request.KickOff.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var incoming = new IncomingFixture(
            request.CompetitionId.Trim(), seasonName.StartYear, request.HomeTeam.Trim(), request.AwayTeam.Trim(), kickOff, true,
            FixtureStatus.Scheduled, null, null, null);
        var report = await ingestor.IngestAsync(new ImportBatch(Source, "POST /api/fixtures", [incoming], []), UnknownTeamPolicy.Create, cancellationToken);
        var fixture = await db.Fixtures.AsNoTracking()
            .Include(f => f.Season).Include(f => f.HomeTeam).Include(f => f.AwayTeam)
            .SingleOrDefaultAsync(
                f => f.CompetitionId == incoming.CompetitionId && f.Season.StartYear == seasonName.StartYear
                    && f.HomeTeam.Name == incoming.HomeTeam && f.AwayTeam.Name == incoming.AwayTeam,
                cancellationToken)
            ?? throw new InvalidOperationException($"The fixture was not stored: {string.Join("; ", report.Problems)}");
        return (fixture.ToDto(), report.Inserted == 1);
    }
}
