using System.Globalization;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Client;
using Statistico.FootballData.Ingestion;

namespace Statistico.FootballData.Providers.FootballDataCoUk;

/// <summary>
/// Reads one football-data.co.uk season file into fixtures. Every quirk of the real files is handled here: a BOM,
/// 2- and 4-digit years, blank rows, columns that come and go (read by name), missing statistics, files without a
/// <c>Time</c> column. A bad row or cell becomes a located problem (file, line, column, reason) and never stops the file.
/// </summary>
internal static class FootballDataCoUkCsvReader
{
    private static readonly string[] RequiredColumns = ["Date", "HomeTeam", "AwayTeam"];
    private static readonly string[] DateFormats = ["dd/MM/yy", "dd/MM/yyyy", "d/M/yy", "d/M/yyyy"];
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH:mm:ss"];

    public static (List<IncomingFixture> Fixtures, List<ImportProblem> Problems) Read(TextReader reader, string location)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var fixtures = new List<IncomingFixture>();
        var problems = new List<ImportProblem>();
        var header = reader.ReadLine()?.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(header))
        {
            problems.Add(new ImportProblem(location, 1, null, "no header line; file skipped"));
            return (fixtures, problems);
        }

        var columns = IndexColumns(header);
        var divisionHint = FootballDataCoUkFileName.Division(location);
        var missing = RequiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (!columns.ContainsKey("Div") && divisionHint is null)
        {
            missing.Insert(0, "Div");
        }

        if (missing.Count > 0)
        {
            problems.Add(new ImportProblem(location, 1, string.Join(", ", missing), "required column missing; file skipped"));
            return (fixtures, problems);
        }

        var seasonHint = FootballDataCoUkFileName.SeasonStartYear(location);
        int? fileSeason = seasonHint;
        var lineNumber = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            var row = new CsvRow(columns, line.Split(','), lineNumber);
            if (row.IsBlank)
            {
                continue; // older files end with rows of empty fields
            }

            var fixture = ReadRow(row, location, divisionHint, ref fileSeason, problems);
            if (fixture is not null)
            {
                fixtures.Add(fixture);
            }
        }

        return (fixtures, problems);
    }

    private static Dictionary<string, int> IndexColumns(string header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = header.Split(',');
        for (var i = 0; i < names.Length; i++)
        {
            columns.TryAdd(names[i].Trim(), i); // the first of a duplicated name wins: a column never moves silently
        }

        return columns;
    }

    private static IncomingFixture? ReadRow(CsvRow row, string location, string? divisionHint, ref int? fileSeason, List<ImportProblem> problems)
    {
        ImportProblem Problem(string? column, string reason) => new(location, row.Line, column, reason);

        var division = row.Text("Div") is { Length: > 0 } div ? div : divisionHint;
        var home = row.Text("HomeTeam");
        var away = row.Text("AwayTeam");
        foreach (var (column, value) in new[] { ("Div", division), ("HomeTeam", home), ("AwayTeam", away) })
        {
            if (string.IsNullOrEmpty(value))
            {
                problems.Add(Problem(column, "empty; row skipped"));
                return null;
            }
        }

        var dateText = row.Text("Date");
        if (!DateOnly.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add(Problem("Date", $"'{dateText}' is not dd/mm/yy or dd/mm/yyyy; row skipped"));
            return null;
        }

        var timeText = row.Text("Time");
        var timeKnown = TimeOnly.TryParseExact(timeText, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time);
        if (!timeKnown && timeText.Length > 0)
        {
            problems.Add(Problem("Time", $"'{timeText}' is not hh:mm; kick-off taken as 15:00 UK"));
        }

        fileSeason ??= SeasonLabel.StartYearOf(date);
        if (!TryResult(row, problems, Problem, out var result))
        {
            return null;
        }

        var referee = row.Text("Referee");
        return new IncomingFixture(
            division!,
            fileSeason.Value,
            home,
            away,
            UkTime.ToUtc(date, timeKnown ? time : UkTime.NominalKickOff),
            timeKnown,
            result is null ? FixtureStatus.Scheduled : FixtureStatus.Finished,
            result,
            referee.Length > 0 ? referee : null,
            row.Line);
    }

    /// <summary>False when the row must be skipped; a row with no full-time goals at all is a fixture still to play.</summary>
    private static bool TryResult(CsvRow row, List<ImportProblem> problems, Func<string?, string, ImportProblem> problem, out IncomingResult? result)
    {
        result = null;
        var homeText = row.Text("FTHG");
        var awayText = row.Text("FTAG");
        if (homeText.Length == 0 && awayText.Length == 0)
        {
            return true;
        }

        if (!TryCount(homeText, out var homeGoals) || !TryCount(awayText, out var awayGoals))
        {
            var column = TryCount(homeText, out _) ? "FTAG" : "FTHG";
            var text = column == "FTHG" ? homeText : awayText;
            problems.Add(problem(column, text.Length == 0 ? "empty while the other score is given; row skipped" : $"'{text}' is not a goal count; row skipped"));
            return false;
        }

        var outcome = row.Text("FTR");
        var expected = homeGoals > awayGoals ? "H" : homeGoals < awayGoals ? "A" : "D";
        if (outcome.Length > 0 && outcome != expected)
        {
            problems.Add(problem("FTR", $"'{outcome}' disagrees with the score {homeGoals}-{awayGoals}; the score is kept"));
        }

        result = new IncomingResult(
            homeGoals,
            awayGoals,
            OptionalCount(row, "HTHG", problems, problem),
            OptionalCount(row, "HTAG", problems, problem),
            Statistics(row, "H", problems, problem),
            Statistics(row, "A", problems, problem));
        return true;
    }

    private static TeamMatchStatistics? Statistics(CsvRow row, string side, List<ImportProblem> problems, Func<string?, string, ImportProblem> problem)
    {
        var statistics = new TeamMatchStatistics
        {
            Shots = OptionalCount(row, side + "S", problems, problem),
            ShotsOnTarget = OptionalCount(row, side + "ST", problems, problem),
            Corners = OptionalCount(row, side + "C", problems, problem),
            Fouls = OptionalCount(row, side + "F", problems, problem),
            YellowCards = OptionalCount(row, side + "Y", problems, problem),
            RedCards = OptionalCount(row, side + "R", problems, problem),
        };
        return statistics == new TeamMatchStatistics() ? null : statistics;
    }

    /// <summary>An optional count: empty or absent is unknown; anything else that is not a count is reported and dropped.</summary>
    private static int? OptionalCount(CsvRow row, string column, List<ImportProblem> problems, Func<string?, string, ImportProblem> problem)
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

        problems.Add(problem(column, $"'{text}' is not a count; treated as missing"));
        return null;
    }

    private static bool TryCount(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
