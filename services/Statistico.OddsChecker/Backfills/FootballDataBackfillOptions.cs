namespace Statistico.OddsChecker.Backfills;

/// <summary>
/// The scheduled football-data.co.uk backfill (<c>OddsChecker:FootballDataBackfill</c>): which files, for which
/// competitions, how often. The site's file of the current season grows as matches are played, so reading it again each
/// day picks up every new matchday's closing prices; what was published before is skipped by the change detection.
/// </summary>
internal sealed class FootballDataBackfillOptions
{
    public bool Enabled { get; set; }

    /// <summary>Quartz cron (UTC, seconds first). The site updates its files a few times a week; daily is plenty.</summary>
    public string Cron { get; set; } = "0 0 6 * * ?";

    /// <summary>The site's base URL (seasons and divisions below it), one file's URL, a folder or a file.</summary>
    public string Location { get; set; } = "https://www.football-data.co.uk/mmz4281/";

    /// <summary>The site's season folders to read from a base URL, e.g. <c>2526</c>; empty: the season the clock is in.</summary>
    public List<string> Seasons { get; set; } = [];

    /// <summary>Statistico competition id to the file's division code, e.g. <c>E0</c> to <c>E0</c>.</summary>
    public Dictionary<string, string> Competitions { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
