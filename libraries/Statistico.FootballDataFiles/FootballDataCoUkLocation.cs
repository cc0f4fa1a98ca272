using System.Globalization;

namespace Statistico.FootballDataFiles;

/// <summary>
/// Where football-data.co.uk files come from: a folder (every <c>*.csv</c> below it, e.g. <c>E0/2021-22.csv</c>), one
/// file, one file's URL, or the site's base URL with seasons and divisions (<c>…/mmz4281/2122/E0.csv</c>).
/// </summary>
public static class FootballDataCoUkLocation
{
    /// <summary>The files at <paramref name="location"/>, in a stable order (division, then season).</summary>
    /// <param name="location">A folder, a file, a file URL, or a base URL.</param>
    /// <param name="http">Used for URLs.</param>
    /// <param name="seasons">For a base URL: the site's season folders, e.g. <c>2122</c>.</param>
    /// <param name="divisions">For a base URL: division codes, e.g. <c>E0</c>.</param>
    /// <exception cref="ArgumentException">The location is none of these, or a base URL lacks seasons or divisions.</exception>
    public static IReadOnlyList<CsvFile> Resolve(
        string location, HttpClient http, IReadOnlyCollection<string>? seasons = null, IReadOnlyCollection<string>? divisions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        ArgumentNullException.ThrowIfNull(http);
        if (Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return FromUrl(uri, http, seasons ?? [], divisions ?? []);
        }

        var path = Path.GetFullPath(location);
        if (Directory.Exists(path))
        {
            return [.. Directory.EnumerateFiles(path, "*.csv", SearchOption.AllDirectories)
                .Select(file => Open(file, Path.GetRelativePath(path, file)))
                .OrderBy(file => file.Name, StringComparer.Ordinal)];
        }

        if (File.Exists(path))
        {
            var parent = Path.GetFileName(Path.GetDirectoryName(path)) ?? string.Empty;
            return [Open(path, parent.Length > 0 ? $"{parent}/{Path.GetFileName(path)}" : Path.GetFileName(path))];
        }

        throw new ArgumentException($"'{location}' is not a folder, a file or an http(s) URL.", nameof(location));
    }

    private static CsvFile Open(string path, string name) =>
        new(name.Replace('\\', '/'), _ => Task.FromResult<Stream>(File.OpenRead(path)));

    private static List<CsvFile> FromUrl(Uri uri, HttpClient http, IReadOnlyCollection<string> seasons, IReadOnlyCollection<string> divisions)
    {
        if (uri.AbsolutePath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return [Download(uri, http)];
        }

        if (seasons.Count == 0 || divisions.Count == 0)
        {
            throw new ArgumentException(
                $"'{uri}' is a base URL: name the seasons (e.g. 2122) and divisions (e.g. E0) to fetch from it.", nameof(uri));
        }

        var root = uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        return [.. divisions.SelectMany(division => seasons.Select(season =>
            Download(new Uri(root, string.Create(CultureInfo.InvariantCulture, $"{season}/{division}.csv")), http)))];
    }

    private static CsvFile Download(Uri uri, HttpClient http) => new(uri.AbsoluteUri, async cancellationToken =>
    {
        using var response = await http.GetAsync(uri, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {uri} answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }

        var buffer = new MemoryStream();
        await response.Content.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        return buffer;
    });
}
