using Statistico.FootballDataFiles;

namespace Statistico.Simulator.World;

/// <summary>Reads the matches of a replay from a folder, one file or a URL.</summary>
public static class ReplaySource
{
    public static async Task<IReadOnlyList<FootballDataMatch>> LoadAsync(ReplayOptions options, HttpClient http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(http);
        var source = options.Source;
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var text = await http.GetStringAsync(uri, cancellationToken);
            var (league, season) = Identify(uri.AbsolutePath, options);
            using var reader = new StringReader(text);
            return Checked(FootballDataFileReader.Read(reader, source, league, season));
        }

        if (File.Exists(source))
        {
            var (league, season) = Identify(Path.GetFullPath(source), options);
            return Checked(FootballDataFileReader.Read(source, league, season));
        }

        if (!Directory.Exists(source))
        {
            throw new InvalidOperationException($"Simulator:Replay:Source '{source}' is neither a folder, a file nor an http(s) URL.");
        }

        var leagues = options.Leagues.Count > 0 ? options.Leagues : ["E0"];
        var matches = new List<FootballDataMatch>();
        foreach (var league in leagues)
        {
            var files = FootballDataFolder.Seasons(Path.Combine(source, league));
            var wanted = options.Seasons.Count > 0 ? options.Seasons.Select(SeasonName.Parse) : files.Keys.TakeLast(1);
            foreach (var season in wanted)
            {
                if (!files.TryGetValue(season, out var path))
                {
                    throw new InvalidOperationException($"No {league}/{season}.csv under '{source}'.");
                }

                matches.AddRange(Checked(FootballDataFileReader.Read(path, league, season)));
            }
        }

        return matches;
    }

    private static (string League, SeasonName Season) Identify(string path, ReplayOptions options)
    {
        var season = options.Season ?? Path.GetFileNameWithoutExtension(path);
        var league = options.League ?? Path.GetFileName(Path.GetDirectoryName(path)) ?? "E0";
        return (league, SeasonName.TryParse(season, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"Cannot tell the season of '{path}': set Simulator:Replay:Season (e.g. 2021-22)."));
    }

    private static IReadOnlyList<FootballDataMatch> Checked(FootballDataFileContents contents) =>
        contents.Matches.Count > 0
            ? contents.Matches
            : throw new InvalidOperationException("The replay source has no matches: " + string.Join("; ", contents.Problems));
}
