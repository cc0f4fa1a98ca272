using System.Globalization;

namespace Statistico.FootballDataFiles;

/// <summary>
/// Turns one data line into a fixture. A cell that makes the row unusable (no team, a bad date, a bad score) skips
/// the row with a located problem; a bad optional cell (time, half-time score, statistic, result letter) is reported
/// and the row kept, so one bad line never costs a whole season and no bad cell passes silently.
/// </summary>
internal static class FootballDataRowParser
{
    private static readonly string[] DateFormats = ["dd/MM/yy", "dd/MM/yyyy", "d/M/yy", "d/M/yyyy"];
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH:mm:ss"];

    public static FootballDataFixture? Parse(CsvCells row, string location, string? divisionHint, List<DataProblem> problems)
    {
        void Problem(string column, string reason) => problems.Add(new DataProblem(location, row.Line, column, reason));

        var division = row.Text("Div") is { Length: > 0 } div ? div : divisionHint;
        var home = row.Text("HomeTeam");
        var away = row.Text("AwayTeam");
        foreach (var (column, value) in new[] { ("Div", division), ("HomeTeam", home), ("AwayTeam", away) })
        {
            if (string.IsNullOrEmpty(value))
            {
                Problem(column, "empty; row skipped");
                return null;
            }
        }

        var dateText = row.Text("Date");
        if (!DateOnly.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Problem("Date", $"'{dateText}' is not dd/mm/yy or dd/mm/yyyy; row skipped");
            return null;
        }

        var timeText = row.Text("Time");
        TimeOnly? time = TimeOnly.TryParseExact(timeText, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
        if (time is null && timeText.Length > 0)
        {
            Problem("Time", $"'{timeText}' is not hh:mm; kick-off taken as 15:00 UK");
        }

        if (!TryScore(row, Problem, out var homeGoals, out var awayGoals))
        {
            return null;
        }

        var referee = row.Text("Referee");
        return new FootballDataFixture(row.Line, division!, date, time, home, away)
        {
            HomeGoals = homeGoals,
            AwayGoals = awayGoals,
            HalfTimeHomeGoals = OptionalCount(row, "HTHG", Problem),
            HalfTimeAwayGoals = OptionalCount(row, "HTAG", Problem),
            HomeStatistics = Statistics(row, "H", Problem),
            AwayStatistics = Statistics(row, "A", Problem),
            Referee = referee.Length > 0 ? referee : null,
        };
    }

    /// <summary>False when the row must be skipped; a row with no full-time goals at all is a fixture still to play.</summary>
    private static bool TryScore(CsvCells row, Action<string, string> problem, out int? homeGoals, out int? awayGoals)
    {
        (homeGoals, awayGoals) = (null, null);
        var homeText = row.Text("FTHG");
        var awayText = row.Text("FTAG");
        if (homeText.Length == 0 && awayText.Length == 0)
        {
            return true;
        }

        if (!TryCount(homeText, out var home) || !TryCount(awayText, out var away))
        {
            var column = TryCount(homeText, out _) ? "FTAG" : "FTHG";
            var text = column == "FTHG" ? homeText : awayText;
            problem(column, text.Length == 0 ? "empty while the other score is given; row skipped" : $"'{text}' is not a goal count; row skipped");
            return false;
        }

        var outcome = row.Text("FTR");
        var expected = home > away ? "H" : home < away ? "A" : "D";
        if (outcome.Length > 0 && outcome != expected)
        {
            problem("FTR", $"'{outcome}' disagrees with the score {home}-{away}; the score is kept");
        }

        (homeGoals, awayGoals) = (home, away);
        return true;
    }

    private static TeamStatistics? Statistics(CsvCells row, string side, Action<string, string> problem)
    {
        var statistics = new TeamStatistics(
            OptionalCount(row, side + "S", problem),
            OptionalCount(row, side + "ST", problem),
            OptionalCount(row, side + "C", problem),
            OptionalCount(row, side + "F", problem),
            OptionalCount(row, side + "Y", problem),
            OptionalCount(row, side + "R", problem));
        return statistics == TeamStatistics.Unknown ? null : statistics;
    }

    /// <summary>An optional count: empty or absent is unknown; anything else that is not a count is reported and dropped.</summary>
    private static int? OptionalCount(CsvCells row, string column, Action<string, string> problem)
    {
        var text = row.Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (TryCount(text, out var value))
        {
            return value;
        }

        problem(column, $"'{text}' is not a count; treated as missing");
        return null;
    }

    private static bool TryCount(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
