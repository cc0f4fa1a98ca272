using Statistico.FootballData.Ingestion;

namespace Statistico.FootballData.Providers;

/// <summary>One provider, bound from <c>FootballData:Providers:{name}</c>.</summary>
public sealed class ProviderOptions
{
    public const string FootballDataCoUk = "football-data-co-uk";

    public const string Sportmonks = "sportmonks";

    /// <summary><c>football-data-co-uk</c> or <c>sportmonks</c> (the Simulator speaks Sportmonks, so it is a <c>sportmonks</c> provider).</summary>
    public string Type { get; set; } = FootballDataCoUk;

    public bool Enabled { get; set; } = true;

    /// <summary>Defaults: football-data.co.uk names teams canonically (Create); other sources must be aliased (Report).</summary>
    public UnknownTeamPolicy? UnknownTeams { get; set; }

    public ProviderSchedules Schedules { get; set; } = new();

    /// <summary>CSV: a folder, a file, a file URL or the site's base URL (then <see cref="Seasons"/> and <see cref="Divisions"/>).</summary>
    public string? Location { get; set; }

    /// <summary>CSV base URL: the site's season folders, e.g. <c>2122</c>.</summary>
    public List<string> Seasons { get; set; } = [];

    /// <summary>CSV base URL: division codes, e.g. <c>E0</c>.</summary>
    public List<string> Divisions { get; set; } = [];

    /// <summary>Sportmonks: the API root, e.g. <c>https://api.sportmonks.com/v3/football</c> or the Simulator's.</summary>
    public Uri? BaseUrl { get; set; }

    public string? ApiToken { get; set; }

    /// <summary>Sportmonks league id → competition code, e.g. <c>8</c> → <c>E0</c>; only these leagues are fetched.</summary>
    public Dictionary<string, string> Leagues { get; set; } = [];

    public int PerPage { get; set; } = 50;

    /// <summary>
    /// Sportmonks-type sources on a clock of their own (the Simulator's accelerated world): a URL answering JSON with
    /// <c>simulatedTime</c> (the Simulator's <c>/control/status</c>). The date windows are then the source's, not this
    /// machine's. Unset for real providers.
    /// </summary>
    public Uri? SourceClockUrl { get; set; }

    public int DaysAhead { get; set; } = 14;

    public int ResultsDaysBack { get; set; } = 3;

    public int StatisticsDaysBack { get; set; } = 7;

    /// <summary>
    /// Sportmonks-type sources: days of history (before the source's today) read once per league at first start, so
    /// ratings and the compiler have past seasons to work on (e.g. 1200 for the Simulator's three past seasons); 0 reads none.
    /// </summary>
    public int HistoryDaysBack { get; set; }

    /// <summary>Attempts of one request (429 and 5xx are retried; 4xx otherwise are not).</summary>
    public int MaxAttempts { get; set; } = 5;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest a rate-limited provider is waited for before the run gives up (and reports it).</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromMinutes(5);

    public UnknownTeamPolicy UnknownTeamPolicy =>
        UnknownTeams ?? (Type == FootballDataCoUk ? UnknownTeamPolicy.Create : UnknownTeamPolicy.Report);
}
