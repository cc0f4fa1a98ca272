using System.Globalization;
using System.Text;
using Statistico.Modelling.Goals;

namespace Statistico.FootballDataFiles;

/// <summary>
/// Reads one football-data.co.uk season file. The files are unquoted comma-separated text with a
/// header line; older ones have two-digit years and blank trailing rows, some start with a BOM,
/// and columns come and go between seasons. A row that cannot be a match is reported with its
/// line number and skipped so one bad line never costs a whole season.
/// </summary>
public static class FootballDataFileReader
{
    private static readonly string[] RequiredColumns = ["Date", "HomeTeam", "AwayTeam", "FTHG", "FTAG"];
    private static readonly string[] DateFormats = ["dd/MM/yy", "dd/MM/yyyy", "d/M/yy", "d/M/yyyy"];

    /// <summary>Reads <paramref name="path"/>; a missing or unreadable file comes back as a problem, not an exception.</summary>
    public static FootballDataFileContents Read(string path, string league, SeasonName season)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return new([], [new DataProblem(path, null, "file not found")]);
        }

        try
        {
            // detectEncodingFromByteOrderMarks strips a UTF-8 BOM, which would otherwise glue itself to "Div".
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return Read(reader, path, league, season);
        }
        catch (IOException e)
        {
            return new([], [new DataProblem(path, null, $"cannot be read: {e.Message}")]);
        }
        catch (UnauthorizedAccessException e)
        {
            return new([], [new DataProblem(path, null, $"cannot be read: {e.Message}")]);
        }
    }

    /// <summary>Reads already-opened text; <paramref name="path"/> only labels problems.</summary>
    public static FootballDataFileContents Read(TextReader reader, string path, string league, SeasonName season)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var problems = new List<DataProblem>();
        var header = reader.ReadLine();
        if (string.IsNullOrWhiteSpace(header))
        {
            return new([], [new DataProblem(path, 1, "no header line; file skipped")]);
        }

        var columns = IndexColumns(header.TrimStart('\uFEFF'));
        var missing = RequiredColumns.Where(c => !columns.ContainsKey(c)).ToArray();
        if (missing.Length > 0)
        {
            return new([], [new DataProblem(path, 1, $"missing column(s) {string.Join(", ", missing)}; file skipped")]);
        }

        var matches = new List<FootballDataMatch>();
        var lineNumber = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            var row = new FootballDataRow(columns, line.Split(','));
            if (row.IsBlank)
            {
                continue;
            }

            var problem = ParseMatch(row, league, season, out var match);
            if (problem is not null)
            {
                problems.Add(new DataProblem(path, lineNumber, problem + "; row skipped"));
                continue;
            }

            matches.Add(WithPrices(match!, row, path, lineNumber, problems));
        }

        return new(matches, problems);
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

    /// <summary>The match, or a description of why the row is not one.</summary>
    private static string? ParseMatch(FootballDataRow row, string league, SeasonName season, out FootballDataMatch? match)
    {
        match = null;
        var home = row.Text("HomeTeam");
        var away = row.Text("AwayTeam");
        if (home.Length == 0 || away.Length == 0)
        {
            return "no HomeTeam or AwayTeam";
        }

        var dateText = row.Text("Date");
        if (!DateOnly.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return $"Date '{dateText}' is not dd/mm/yy or dd/mm/yyyy";
        }

        if (!TryGoals(row, "FTHG", out var homeGoals, out var error) || !TryGoals(row, "FTAG", out var awayGoals, out error))
        {
            return error;
        }

        var record = new MatchRecord(date, home, away, homeGoals, awayGoals)
        {
            HomeShotsOnTarget = Count(row, "HST"),
            AwayShotsOnTarget = Count(row, "AST"),
            HomeCorners = Count(row, "HC"),
            AwayCorners = Count(row, "AC"),
            HomeCards = Count(row, "HY") + Count(row, "HR"),
            AwayCards = Count(row, "AY") + Count(row, "AR"),
        };
        match = new FootballDataMatch(league, season, record);
        return null;
    }

    private static bool TryGoals(FootballDataRow row, string column, out int goals, out string? error)
    {
        var text = row.Text(column);
        error = null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out goals))
        {
            return true;
        }

        error = text.Length == 0 ? $"{column} is empty" : $"{column} '{text}' is not a goal count";
        return false;
    }

    /// <summary>Match statistics are optional extra signal: anything but a whole number reads as unknown.</summary>
    private static int? Count(FootballDataRow row, string column) =>
        int.TryParse(row.Text(column), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static FootballDataMatch WithPrices(FootballDataMatch match, FootballDataRow row, string path, int line, List<DataProblem> problems)
    {
        MatchOddsPrices? Triple(string home, string draw, string away) =>
            Price(home) is { } h && Price(draw) is { } d && Price(away) is { } a ? new MatchOddsPrices(h, d, a) : null;

        OverUnderPrices? Pair(string over, string under) =>
            Price(over) is { } o && Price(under) is { } u ? new OverUnderPrices(o, u) : null;

        // A garbled price is worth a warning but not the match: the models still learn from the result.
        double? Price(string column)
        {
            var value = row.Number(column, out var valid);
            if (!valid || value is <= 1)
            {
                problems.Add(new DataProblem(path, line, $"{column} '{row.Text(column)}' is not a decimal price; treated as missing"));
                return null;
            }

            return value;
        }

        return match with
        {
            Line = line,
            PinnacleClosing = Triple("PSCH", "PSCD", "PSCA"),
            Pinnacle = Triple("PSH", "PSD", "PSA"),
            Bet365 = Triple("B365H", "B365D", "B365A"),
            PinnacleClosingOverUnder25 = Pair("PC>2.5", "PC<2.5"),
            PinnacleOverUnder25 = Pair("P>2.5", "P<2.5"),
            KickOffUkTime = TimeOnly.TryParseExact(row.Text("Time"), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
                ? time
                : null,
            HalfTimeHomeGoals = Count(row, "HTHG"),
            HalfTimeAwayGoals = Count(row, "HTAG"),
            HomeStatistics = new TeamStatistics(Count(row, "HS"), Count(row, "HST"), Count(row, "HC"), Count(row, "HF"), Count(row, "HY"), Count(row, "HR")),
            AwayStatistics = new TeamStatistics(Count(row, "AS"), Count(row, "AST"), Count(row, "AC"), Count(row, "AF"), Count(row, "AY"), Count(row, "AR")),
        };
    }
}
