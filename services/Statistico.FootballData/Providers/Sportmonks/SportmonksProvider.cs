using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Statistico.FootballData.Ingestion;
using Statistico.FootballDataFiles;

namespace Statistico.FootballData.Providers.Sportmonks;

/// <summary>
/// The Sportmonks v3 football API (and the Simulator, which speaks the same subset): fixtures between two dates with
/// participants, scores and statistics, page by page. It waits out 429s (up to a limit), backs off on 5xx, and turns
/// whatever it cannot get into a located problem, keeping every page already taken.
/// </summary>
public sealed partial class SportmonksProvider(string name, ProviderOptions options, HttpClient http, TimeProvider clock, ILogger<SportmonksProvider> logger)
    : IHistoryProvider
{
    /// <summary>Stable codes of a page that could not be had (the exception's text is only logged).</summary>
    public const string RequestFailed = "request-failed";

    public const string ResponseUnreadable = "response-unreadable";

    private const int MaxDaysPerRequest = 100;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, PropertyNameCaseInsensitive = true };

    public string Name => name;

    public UnknownTeamPolicy UnknownTeams => options.UnknownTeamPolicy;

    public async IAsyncEnumerable<ImportBatch> FetchAsync(IngestionKind kind, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var today = await TodayAsync(cancellationToken);
        var (from, to) = kind switch
        {
            IngestionKind.Fixtures => (today, today.AddDays(options.DaysAhead)),
            IngestionKind.Results => (today.AddDays(-options.ResultsDaysBack), today),
            IngestionKind.History => (today.AddDays(-options.HistoryDaysBack), today.AddDays(-1)),
            _ => (today.AddDays(-options.StatisticsDaysBack), today),
        };
        await foreach (var batch in FetchRangeAsync(from, to, kind, options.Leagues.Keys, cancellationToken))
        {
            yield return batch;
        }
    }

    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken) =>
        DateOnly.FromDateTime((await SourceNowAsync(cancellationToken)).UtcDateTime);

    public IAsyncEnumerable<ImportBatch> FetchBetweenAsync(DateOnly firstDay, DateOnly lastDay, string leagueId, CancellationToken cancellationToken) =>
        FetchRangeAsync(firstDay, lastDay, IngestionKind.History, [leagueId], cancellationToken);

    private async IAsyncEnumerable<ImportBatch> FetchRangeAsync(
        DateOnly from, DateOnly to, IngestionKind kind, IEnumerable<string> leagues, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var leagueIds = leagues.ToList();
        for (var start = from; start <= to; start = start.AddDays(MaxDaysPerRequest))
        {
            var end = start.AddDays(MaxDaysPerRequest - 1) < to ? start.AddDays(MaxDaysPerRequest - 1) : to;
            await foreach (var batch in FetchWindowAsync(start, end, kind, leagueIds, cancellationToken))
            {
                yield return batch;
            }
        }
    }

    private async Task<DateTimeOffset> SourceNowAsync(CancellationToken cancellationToken)
    {
        if (options.SourceClockUrl is not { } url)
        {
            return clock.GetUtcNow();
        }

        using var status = await http.GetFromJsonAsync<JsonDocument>(url, cancellationToken)
            ?? throw new HttpRequestException($"{url} answered nothing");
        return status.RootElement.GetProperty("simulatedTime").GetDateTimeOffset();
    }

    private async IAsyncEnumerable<ImportBatch> FetchWindowAsync(
        DateOnly from, DateOnly to, IngestionKind kind, IReadOnlyList<string> leagues, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var pageNumber = 1; ; pageNumber++)
        {
            var url = PageUrl(from, to, kind, leagues, pageNumber);
            var location = $"{name} {url}";
            var (page, failure) = await GetPageAsync(url, cancellationToken);
            if (page is null)
            {
                yield return new ImportBatch(name, location, [], [new DataProblem(location, null, null, failure! + "; the rest of this window is left for the next run")])
                {
                    Incomplete = true,
                };
                yield break;
            }

            yield return ToBatch(page, location);
            if (page.Pagination is not { HasMore: true })
            {
                yield break;
            }

            if (page.RateLimit is { Remaining: <= 0 } limit)
            {
                var wait = TimeSpan.FromSeconds(limit.ResetsInSeconds);
                if (wait > options.MaxRateLimitWait)
                {
                    yield return new ImportBatch(name, location, [], [new DataProblem(location, null, null,
                        $"hourly request allowance used up for {wait}; the rest of this window is left for the next run")])
                    {
                        Incomplete = true,
                    };
                    yield break;
                }

                await Task.Delay(wait, clock, cancellationToken);
            }
        }
    }

    private Uri PageUrl(DateOnly from, DateOnly to, IngestionKind kind, IReadOnlyList<string> leagues, int page)
    {
        var root = options.BaseUrl ?? throw new InvalidOperationException($"FootballData:Providers:{name}:BaseUrl is not set.");
        var includes = kind == IngestionKind.Fixtures ? "participants;scores;state;league;season" : "participants;scores;statistics;state;league;season";
        var query = string.Create(CultureInfo.InvariantCulture,
            $"fixtures/between/{from:yyyy-MM-dd}/{to:yyyy-MM-dd}?include={includes}&per_page={options.PerPage}&page={page}");
        if (leagues.Count > 0)
        {
            query += "&filters=fixtureLeagues:" + string.Join(',', leagues.Order(StringComparer.Ordinal));
        }

        return new Uri(new Uri(root.AbsoluteUri.TrimEnd('/') + "/"), query);
    }

    private ImportBatch ToBatch(SportmonksPage page, string location)
    {
        var fixtures = new List<IncomingFixture>();
        var problems = new List<DataProblem>();
        foreach (var fixture in page.Data ?? [])
        {
            if (!options.Leagues.TryGetValue(fixture.LeagueId.ToString(CultureInfo.InvariantCulture), out var competitionId))
            {
                problems.Add(new DataProblem(location, null, "league_id",
                    $"fixture {fixture.Id}: league {fixture.LeagueId} ({fixture.League?.Name}) has no competition code in FootballData:Providers:{name}:Leagues; skipped"));
                continue;
            }

            var incoming = SportmonksFixtureMapper.Map(fixture, competitionId, out var problem);
            if (problem is not null)
            {
                problems.Add(new DataProblem(location, null, null, problem));
            }

            if (incoming is not null)
            {
                fixtures.Add(incoming);
            }
        }

        return new ImportBatch(name, location, fixtures, problems);
    }

    /// <summary>One page, retried where retrying is safe (GETs: 429, 5xx, timeouts), or the reason it could not be had.</summary>
    private async Task<(SportmonksPage? Page, string? Failure)> GetPageAsync(Uri url, CancellationToken cancellationToken)
    {
        var failure = "no attempt made";
        for (var attempt = 1; attempt <= Math.Max(1, options.MaxAttempts); attempt++)
        {
            TimeSpan? wait;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (!string.IsNullOrEmpty(options.ApiToken))
                {
                    request.Headers.TryAddWithoutValidation("Authorization", options.ApiToken); // raw token, keeps it out of URLs and logs
                }

                using var response = await http.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return (await response.Content.ReadFromJsonAsync<SportmonksPage>(Json, cancellationToken), null);
                }

                failure = $"HTTP {(int)response.StatusCode} {await Message(response, cancellationToken)}";
                wait = response.StatusCode switch
                {
                    HttpStatusCode.TooManyRequests => await RateLimitWait(response, cancellationToken),
                    >= HttpStatusCode.InternalServerError or HttpStatusCode.RequestTimeout => Backoff(attempt),
                    _ => null, // 400/401/403/404: asking again cannot help
                };
            }
            // The failure is stored with the import run and returned by GET /api/imports: stable words there, the
            // exception's text (hosts, ports, JSON paths) only in the log (issue 22).
            catch (JsonException exception)
            {
                LogUnreadableResponse(exception, name, url.AbsolutePath);
                return (null, $"unreadable response ({ResponseUnreadable}): not the documented JSON; the service's log has the detail");
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                LogRequestFailed(exception, name, url.AbsolutePath, attempt);
                failure = exception is TaskCanceledException
                    ? $"request failed ({RequestFailed}): timed out"
                    : $"request failed ({RequestFailed}): no answer; the service's log has the detail";
                wait = Backoff(attempt);
            }

            if (wait is null || attempt == options.MaxAttempts)
            {
                break;
            }

            if (wait > options.MaxRateLimitWait)
            {
                return (null, $"{failure}; asked to wait {wait}, more than MaxRateLimitWait");
            }

            LogRetry(name, url.AbsolutePath, failure, wait.Value, attempt);
            await Task.Delay(wait.Value, clock, cancellationToken);
        }

        return (null, $"{failure} after {options.MaxAttempts} attempt(s)");
    }

    private TimeSpan Backoff(int attempt) => options.RetryDelay * Math.Pow(2, attempt - 1);

    private async Task<TimeSpan> RateLimitWait(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Headers.RetryAfter?.Delta is { } delta)
        {
            return delta;
        }

        try
        {
            var body = await response.Content.ReadFromJsonAsync<SportmonksPage>(Json, cancellationToken);
            if (body?.RateLimit is { ResetsInSeconds: > 0 } limit)
            {
                return TimeSpan.FromSeconds(limit.ResetsInSeconds);
            }
        }
        catch (JsonException)
        {
            // not the documented body: fall back to backing off
        }

        return options.RetryDelay;
    }

    private static async Task<string> Message(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return text.Length > 200 ? text[..200] : text;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Provider} {Path}: the response is not the documented JSON")]
    private partial void LogUnreadableResponse(Exception exception, string provider, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Provider} {Path}: request failed (attempt {Attempt})")]
    private partial void LogRequestFailed(Exception exception, string provider, string path, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Provider} {Path}: {Failure}; retrying in {Wait} (attempt {Attempt})")]
    private partial void LogRetry(string provider, string path, string failure, TimeSpan wait, int attempt);
}
