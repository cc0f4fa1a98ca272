using System.Text;
using Statistico.Modelling.Goals;

namespace Statistico.FootballDataFiles;

/// <summary>
/// The one reader of football-data.co.uk season files. The files are unquoted comma-separated text with a header
/// line; older ones have two-digit years and blank trailing rows, some start with a BOM, and columns come and go
/// between seasons (so cells are read by header name). A row that cannot be used is reported with its location,
/// line and column and skipped, so one bad line never costs a whole season.
/// </summary>
public static class FootballDataFileReader
{
    private static readonly string[] FixtureColumns = ["Date", "HomeTeam", "AwayTeam"];
    private static readonly string[] MatchColumns = [.. FixtureColumns, "FTHG", "FTAG"];

    /// <summary>
    /// Every fixture of a file, played or still to play (Football Data's import). The division comes from the
    /// <c>Div</c> column, or from the file's name (<paramref name="location"/>) when a file has no such column.
    /// </summary>
    public static FootballDataFixtures ReadFixtures(TextReader reader, string location)
    {
        var problems = new List<DataProblem>();
        var fixtures = ReadRows(reader, location, FootballDataCoUkFileName.Division(location), FixtureColumns, problems, (fixture, _) => fixture);
        return new(fixtures, problems);
    }

    /// <summary>Played matches of one league's season; a missing or unreadable file comes back as a problem, not an exception.</summary>
    public static FootballDataFileContents Read(string path, string league, SeasonName season)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return new([], [new DataProblem(path, null, null, "file not found")]);
        }

        try
        {
            using var reader = OpenText(File.OpenRead(path));
            return Read(reader, path, league, season);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new([], [new DataProblem(path, null, null, $"cannot be read: {e.Message}")]);
        }
    }

    /// <summary>Played matches from already-opened text; <paramref name="location"/> only labels problems.</summary>
    public static FootballDataFileContents Read(TextReader reader, string location, string league, SeasonName season)
    {
        var problems = new List<DataProblem>();
        var matches = ReadRows(reader, location, league, MatchColumns, problems, (fixture, row) =>
        {
            if (!fixture.IsPlayed)
            {
                problems.Add(new DataProblem(location, fixture.Line, "FTHG", "empty (a match still to play); row skipped"));
                return null;
            }

            return FootballDataPrices.With(ToMatch(fixture, league, season), row, location, problems);
        });
        return new(matches, problems);
    }

    /// <summary>Text of a file's bytes; detectEncodingFromByteOrderMarks strips a UTF-8 BOM, which would otherwise glue itself to the first column.</summary>
    public static StreamReader OpenText(Stream content) => new(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

    private static List<T> ReadRows<T>(
        TextReader reader, string location, string? divisionHint, string[] required, List<DataProblem> problems, Func<FootballDataFixture, CsvCells, T?> use)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(location);
        var rows = new List<T>();
        var header = reader.ReadLine()?.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(header))
        {
            problems.Add(new DataProblem(location, 1, null, "no header line; file skipped"));
            return rows;
        }

        var columns = IndexColumns(header);
        var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
        if (!columns.ContainsKey("Div") && divisionHint is null)
        {
            missing.Insert(0, "Div");
        }

        if (missing.Count > 0)
        {
            problems.Add(new DataProblem(location, 1, string.Join(", ", missing), "required column missing; file skipped"));
            return rows;
        }

        var lineNumber = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            var row = new CsvCells(columns, line.Split(','), lineNumber);
            if (!row.IsBlank && FootballDataRowParser.Parse(row, location, divisionHint, problems) is { } fixture && use(fixture, row) is { } used)
            {
                rows.Add(used);
            }
        }

        return rows;
    }

    private static Dictionary<string, int> IndexColumns(string header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = header.Split(',');
        for (var i = 0; i < names.Length; i++)
        {
            // First occurrence wins: a duplicated header name must not silently move a column.
            columns.TryAdd(names[i].Trim(), i);
        }

        return columns;
    }

    private static FootballDataMatch ToMatch(FootballDataFixture fixture, string league, SeasonName season)
    {
        var home = fixture.HomeStatistics ?? TeamStatistics.Unknown;
        var away = fixture.AwayStatistics ?? TeamStatistics.Unknown;
        var record = new MatchRecord(fixture.Date, fixture.HomeTeam, fixture.AwayTeam, fixture.HomeGoals!.Value, fixture.AwayGoals!.Value)
        {
            HomeShotsOnTarget = home.ShotsOnTarget,
            AwayShotsOnTarget = away.ShotsOnTarget,
            HomeCorners = home.Corners,
            AwayCorners = away.Corners,
            HomeCards = home.YellowCards + home.RedCards,
            AwayCards = away.YellowCards + away.RedCards,
        };
        return new FootballDataMatch(league, season, record)
        {
            Line = fixture.Line,
            KickOffUkTime = fixture.KickOffUkTime,
            HalfTimeHomeGoals = fixture.HalfTimeHomeGoals,
            HalfTimeAwayGoals = fixture.HalfTimeAwayGoals,
            HomeStatistics = home,
            AwayStatistics = away,
        };
    }
}
