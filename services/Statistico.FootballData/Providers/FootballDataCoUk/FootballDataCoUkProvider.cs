using System.Runtime.CompilerServices;
using Statistico.FootballData.Ingestion;
using Statistico.FootballDataFiles;

namespace Statistico.FootballData.Providers.FootballDataCoUk;

/// <summary>
/// football-data.co.uk season files from a folder, a file or the site. The files hold played matches (and the site's
/// current season grows weekly), so every kind reads the same files; the upsert makes re-reading them free.
/// </summary>
public sealed partial class FootballDataCoUkProvider(string name, ProviderOptions options, HttpClient http, ILogger<FootballDataCoUkProvider> logger) : IFootballDataProvider
{
    /// <summary>The stable code of a file that could not be fetched or opened (its exception's text is only logged).</summary>
    public const string FileUnreadable = "file-unreadable";

    public string Name => name;

    public UnknownTeamPolicy UnknownTeams => options.UnknownTeamPolicy;

    public async IAsyncEnumerable<ImportBatch> FetchAsync(IngestionKind kind, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        IReadOnlyList<CsvFile> files;
        string? problem = null;
        try
        {
            files = FootballDataCoUkLocation.Resolve(
                options.Location ?? throw new ArgumentException($"FootballData:Providers:{name}:Location is not set."),
                http,
                options.Seasons,
                options.Divisions);
        }
        catch (ArgumentException exception)
        {
            files = [];
            problem = exception.Message;
        }

        if (problem is not null)
        {
            yield return new ImportBatch(name, options.Location ?? name, [], [new DataProblem(options.Location ?? name, null, null, problem)]);
            yield break;
        }

        foreach (var file in files)
        {
            yield return await ReadAsync(name, file, logger, cancellationToken);
        }
    }

    /// <summary>
    /// Reads one file into a batch; a file that cannot be opened is a batch holding that problem. The problem is stored
    /// with the import run and returned by GET /api/imports, so it says what happened in stable words (an HTTP status, a
    /// missing file); the exception's own text, which can name local paths, hosts and ports, goes only to the log.
    /// </summary>
    public static async Task<ImportBatch> ReadAsync(string source, CsvFile file, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            await using var stream = await file.OpenAsync(cancellationToken);
            return Read(source, file.Name, stream);
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException or UnauthorizedAccessException)
        {
            LogUnreadable(logger, exception, source, file.Name);
            var what = exception switch
            {
                HttpRequestException { StatusCode: { } status } => $"HTTP {(int)status}",
                FileNotFoundException or DirectoryNotFoundException => "no such file",
                UnauthorizedAccessException => "access denied",
                _ => "the source did not answer; the service's log has the detail",
            };
            return new ImportBatch(source, file.Name, [], [new DataProblem(file.Name, null, null, $"cannot be read ({FileUnreadable}): {what}")]);
        }
    }

    /// <summary>Parses already-opened bytes (an upload); a UTF-8 BOM is dropped.</summary>
    public static ImportBatch Read(string source, string location, Stream content)
    {
        using var reader = FootballDataFileReader.OpenText(content);
        var file = FootballDataFileReader.ReadFixtures(reader, location);
        return new ImportBatch(source, location, FootballDataCoUkFixtureMapper.ToIncoming(file.Fixtures, location), file.Problems);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Source}: {File} cannot be read")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, string source, string file);
}
