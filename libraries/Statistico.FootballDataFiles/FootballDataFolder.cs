namespace Statistico.FootballDataFiles;

/// <summary>
/// A folder in football-data.co.uk's <c>&lt;LEAGUE&gt;/&lt;SEASON&gt;.csv</c> layout. Leagues are
/// independent, so each is read on its own; a gap in a league's run of seasons is reported as a
/// missing file because the walk-forward would otherwise train across it unnoticed.
/// </summary>
public static class FootballDataFolder
{
    /// <summary>League codes found in <paramref name="folder"/> (sub-folders holding at least one season file).</summary>
    public static IReadOnlyList<string> Leagues(string folder) =>
        [.. Directory.EnumerateDirectories(folder)
            .Where(d => Seasons(d).Count > 0)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    /// <summary>Season files of one league folder, keyed by season (files not named like a season are ignored).</summary>
    public static IReadOnlyDictionary<SeasonName, string> Seasons(string leagueFolder)
    {
        var seasons = new SortedDictionary<SeasonName, string>();
        if (!Directory.Exists(leagueFolder))
        {
            return seasons;
        }

        foreach (var file in Directory.EnumerateFiles(leagueFolder, "*.csv"))
        {
            if (SeasonName.TryParse(Path.GetFileNameWithoutExtension(file), out var season))
            {
                seasons.TryAdd(season, file);
            }
        }

        return seasons;
    }

    /// <summary>
    /// Reads <paramref name="leagues"/> (default: every league found), every season up to
    /// <paramref name="toSeason"/> inclusive (default: the last one present).
    /// </summary>
    public static FootballDataSet Load(string folder, IReadOnlyList<string>? leagues = null, SeasonName? toSeason = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var problems = new List<DataProblem>();
        if (!Directory.Exists(folder))
        {
            return new(new Dictionary<string, IReadOnlyList<FootballDataMatch>>(), [new DataProblem(folder, null, null, "data folder not found")]);
        }

        var result = new SortedDictionary<string, IReadOnlyList<FootballDataMatch>>(StringComparer.Ordinal);
        foreach (var league in leagues ?? Leagues(folder))
        {
            var leagueFolder = Path.Combine(folder, league);
            var files = Seasons(leagueFolder);
            if (files.Count == 0)
            {
                problems.Add(new DataProblem(leagueFolder, null, null, "no <SEASON>.csv files for this league; league skipped"));
                continue;
            }

            var first = files.Keys.First();
            var last = toSeason ?? files.Keys.Last();
            var matches = new List<FootballDataMatch>();
            for (var season = first; season <= last; season = new SeasonName(season.StartYear + 1))
            {
                if (!files.TryGetValue(season, out var path))
                {
                    problems.Add(new DataProblem(Path.Combine(leagueFolder, season + ".csv"), null, null, "file not found; season skipped"));
                    continue;
                }

                var contents = FootballDataFileReader.Read(path, league, season);
                matches.AddRange(contents.Matches);
                problems.AddRange(contents.Problems);
            }

            // Files are in date order already, but a stable sort makes that an invariant, not an assumption.
            result[league] = [.. matches.OrderBy(m => m.Match.Date)];
        }

        return new(result, problems);
    }
}
