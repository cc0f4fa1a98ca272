using System.Globalization;
using Microsoft.Extensions.Options;
using Quartz;
using Statistico.FootballDataFiles;

namespace Statistico.OddsChecker.Backfills;

/// <summary>
/// Runs the football-data.co.uk backfill on its schedule: fetches the configured competitions' files (by default the
/// site's current season) and hands each to <see cref="HistoricalPricesBackfill"/>, the same code path as an upload. A file
/// that cannot be fetched or read is logged and the others still run; the next firing tries again.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class FootballDataBackfillJob(
    IServiceScopeFactory scopes,
    IHttpClientFactory httpClients,
    IOptionsMonitor<OddsCheckerOptions> options,
    TimeProvider time,
    ILogger<FootballDataBackfillJob> logger) : IJob
{
    public const string JobName = "odds-backfill.football-data";

    public const string HttpClientName = "football-data-co-uk";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.CurrentValue.FootballDataBackfill;
        if (!settings.Enabled || settings.Competitions.Count == 0)
        {
            LogNothingToDo();
            return;
        }

        IReadOnlyList<CsvFile> files;
        try
        {
            var seasons = settings.Seasons.Count > 0 ? settings.Seasons : [SiteSeason(time.GetUtcNow())];
            var divisions = settings.Competitions.Values.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            files = FootballDataCoUkLocation.Resolve(settings.Location, httpClients.CreateClient(HttpClientName), seasons, divisions);
        }
        catch (ArgumentException exception)
        {
            LogBadLocation(exception, settings.Location);
            return;
        }

        foreach (var file in files)
        {
            foreach (var competition in CompetitionsOf(file.Name, settings))
            {
                try
                {
                    await BackfillAsync(file, competition, cancellationToken);
                }
                catch (Exception exception) when (exception is HttpRequestException or IOException)
                {
                    LogFileFailed(exception, file.Name);
                }
            }
        }
    }

    /// <summary>The site's folder of the season <paramref name="now"/> is in (seasons start in July), e.g. <c>2526</c>.</summary>
    public static string SiteSeason(DateTimeOffset now)
    {
        var start = now.Month >= 7 ? now.Year : now.Year - 1;
        return string.Create(CultureInfo.InvariantCulture, $"{start % 100:00}{(start + 1) % 100:00}");
    }

    private static IEnumerable<string> CompetitionsOf(string fileName, FootballDataBackfillOptions settings)
    {
        var division = FootballDataCoUkFileName.Division(fileName);
        return settings.Competitions.Where(c => string.Equals(c.Value, division, StringComparison.OrdinalIgnoreCase)).Select(c => c.Key);
    }

    private async Task BackfillAsync(CsvFile file, string competition, CancellationToken cancellationToken)
    {
        if (FootballDataCoUkFileName.SeasonStartYear(file.Name) is not { } startYear)
        {
            LogNoSeason(file.Name);
            return;
        }

        FootballDataFileContents contents;
        await using (var stream = await file.OpenAsync(cancellationToken))
        {
            using var reader = FootballDataFileReader.OpenText(stream);
            contents = FootballDataFileReader.Read(reader, file.Name, competition, new SeasonName(startYear));
        }

        await using var scope = scopes.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<HistoricalPricesBackfill>().RunAsync(contents, competition, cancellationToken);
        LogBackfilled(file.Name, competition, report.Rows, report.Matched, report.Published.Values.Sum(), report.Unmatched.Count, report.Problems.Count);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "football-data.co.uk backfill is disabled or names no competition")]
    private partial void LogNothingToDo();

    [LoggerMessage(Level = LogLevel.Error, Message = "football-data.co.uk backfill location {Location} cannot be read")]
    private partial void LogBadLocation(Exception exception, string location);

    [LoggerMessage(Level = LogLevel.Warning, Message = "football-data.co.uk file {File} could not be fetched; the next run tries again")]
    private partial void LogFileFailed(Exception exception, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "football-data.co.uk file {File} names no season (…/2122/E0.csv or E0/2021-22.csv); skipped")]
    private partial void LogNoSeason(string file);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Backfilled {File} for {Competition}: {Rows} rows, {Matched} matched, {Published} markets published, {Unmatched} unmatched, {Problems} problems")]
    private partial void LogBackfilled(string file, string competition, int rows, int matched, int published, int unmatched, int problems);
}
