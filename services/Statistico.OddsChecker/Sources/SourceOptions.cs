namespace Statistico.OddsChecker.Sources;

/// <summary>How one source is polled: which competitions and markets, how often, and how far ahead of kick-off.</summary>
internal sealed class SourceOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Quartz cron of the source's tick; the finest polling granularity (bursts cannot be faster).</summary>
    public string Cron { get; set; } = "0/10 * * * * ?";

    /// <summary>Statistico competition id to the source's competition id, e.g. <c>SIM</c> to <c>9001</c>.</summary>
    public Dictionary<string, string> Competitions { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Betfair market type codes to observe.</summary>
    public List<string> MarketTypes { get; set; } = ["MATCH_ODDS"];

    /// <summary>How far ahead of kick-off a fixture starts being polled.</summary>
    public TimeSpan LookAhead { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long after kick-off a fixture is still polled (in play).</summary>
    public TimeSpan InPlayFor { get; set; } = TimeSpan.FromHours(2.5);

    /// <summary>Interval between polls of a fixture further from kick-off than every burst.</summary>
    public TimeSpan DefaultInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Faster intervals as kick-off nears: the narrowest band containing the time to kick-off wins.</summary>
    public List<BurstBand> Bursts { get; set; } = [];

    /// <summary>
    /// The source's own clock (e.g. the Simulator's <c>/control/status</c>); when unset, the wall clock. Kick-off
    /// distances are measured on the clock of the world the source prices.
    /// </summary>
    public Uri? ClockUrl { get; set; }

    /// <summary>The source's HTTP address, for sources read over HTTP (e.g. the Odds Compiler's, <c>http://odds-compiler</c>).</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// Take prices from the Exchange Stream API ("Betfair:Stream") instead of listMarketBook, and publish as soon as the
    /// stream shows a change (ADR 1001). Betfair sources only; markets the stream has not (yet) got are still polled,
    /// and the schedule keeps running as the fallback.
    /// </summary>
    public bool Stream { get; set; }

    /// <summary>Shortest wait between two stream-driven polls of the source (a burst of changes is published as one batch).</summary>
    public TimeSpan StreamMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Largest number of markets asked for in one price request (the source's request-weight limit).</summary>
    public int MarketsPerRequest { get; set; } = 40;
}
