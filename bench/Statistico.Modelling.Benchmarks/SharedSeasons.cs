using Statistico.FootballDataFiles;
using Statistico.Modelling.Goals;

namespace Statistico.Modelling.Benchmarks;

/// <summary>Reads seasons of the shared football-data files (never copied into the repository).</summary>
internal static class SharedSeasons
{
    public static IReadOnlyList<MatchRecord> Read(string league, params string[] seasons)
    {
        var folder = Path.Combine(DataFolder(), league);
        return [.. seasons
            .SelectMany(season => FootballDataFileReader.Read(Path.Combine(folder, season + ".csv"), league, SeasonName.Parse(season)).Matches)
            .Select(match => match.Match)
            .OrderBy(match => match.Date)];
    }

    /// <summary><c>STATISTICO_DATA</c>, else the first <c>shared/data/football-data</c> found walking up from here.</summary>
    private static string DataFolder()
    {
        if (Environment.GetEnvironmentVariable("STATISTICO_DATA") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(directory.FullName, "shared", "data", "football-data"), Path.Combine(directory.FullName, "..", "shared", "data", "football-data") })
            {
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException("shared/data/football-data not found above " + AppContext.BaseDirectory + "; set STATISTICO_DATA.");
    }
}
