using Statistico.Contracts.FootballData;
using Statistico.FootballData.Ingestion;
using Statistico.FootballDataFiles;

namespace Statistico.FootballData.Providers.FootballDataCoUk;

/// <summary>A football-data.co.uk row as Football Data ingests it: kick-off in UTC, the season named once per file.</summary>
internal static class FootballDataCoUkFixtureMapper
{
    /// <summary>
    /// The file's fixtures. The season comes from the file's name when it gives one (2019/20 ran into August 2020,
    /// which a guess from dates would put in the next season), else from the first row's date.
    /// </summary>
    public static List<IncomingFixture> ToIncoming(IReadOnlyList<FootballDataFixture> rows, string location)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var season = FootballDataCoUkFileName.SeasonStartYear(location) ?? SeasonName.Of(rows[0].Date).StartYear;
        return [.. rows.Select(row => ToIncoming(row, season))];
    }

    private static IncomingFixture ToIncoming(FootballDataFixture row, int seasonStartYear) => new(
        row.Division,
        seasonStartYear,
        row.HomeTeam,
        row.AwayTeam,
        UkTime.KickOffUtc(row.Date, row.KickOffUkTime),
        row.KickOffUkTime is not null,
        row.IsPlayed ? FixtureStatus.Finished : FixtureStatus.Scheduled,
        row.IsPlayed
            ? new IncomingResult(
                row.HomeGoals!.Value, row.AwayGoals!.Value, row.HalfTimeHomeGoals, row.HalfTimeAwayGoals, Statistics(row.HomeStatistics), Statistics(row.AwayStatistics))
            : null,
        row.Referee,
        row.Line);

    private static TeamMatchStatistics? Statistics(TeamStatistics? statistics) => statistics is null
        ? null
        : new TeamMatchStatistics
        {
            Shots = statistics.Shots,
            ShotsOnTarget = statistics.ShotsOnTarget,
            Corners = statistics.Corners,
            Fouls = statistics.Fouls,
            YellowCards = statistics.YellowCards,
            RedCards = statistics.RedCards,
        };
}
