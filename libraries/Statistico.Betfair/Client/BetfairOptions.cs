namespace Statistico.Betfair;

/// <summary>
/// Where and as whom the client talks to an exchange (section "Betfair" of configuration). Only the base URL, app key
/// and credentials differ between the real exchange and the Simulator.
/// </summary>
public sealed class BetfairOptions
{
    public const string SectionName = "Betfair";

    /// <summary>The betting JSON-RPC endpoint, e.g. https://api.betfair.com/exchange/betting/json-rpc/v1.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The accounts JSON-RPC endpoint; by default the base URL with /betting/ replaced by /account/.</summary>
    public Uri? AccountUrl { get; set; }

    /// <summary>The identity (SSO) root holding login/keepAlive/logout; by default identitysso.betfair.com for the real
    /// exchange and the base URL's own host (path /api/) for anything else.</summary>
    public Uri? IdentityUrl { get; set; }

    /// <summary>
    /// One host (besides loopback ones) the client may reach over plain http, named explicitly: the Simulator under
    /// the AppHost, reached by service discovery as <c>world-simulator</c>. Never set for the real exchange. ADR 0206.
    /// </summary>
    public string? AllowHttpHost { get; set; }

    public string AppKey { get; set; } = "";

    public string Username { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>How often the session is kept alive; Betfair sessions last 12–24 h (20 min in Italy).</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Attempts of a safe (read or cancel) call that failed transiently, after the first.</summary>
    public int RetryCount { get; set; } = 3;

    /// <summary>First back-off delay; doubles per attempt.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Betfair's data-weight cap per request (listMarketBook is split to stay under it).</summary>
    public int MaxRequestWeight { get; set; } = 200;

    /// <summary>Placed instructions per clock hour before Betfair starts charging; the client refuses to go past it.</summary>
    public int TransactionsPerHour { get; set; } = 5000;

    /// <summary>Timeout of one HTTP call.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    internal Uri BettingEndpoint => BaseUrl ?? throw new InvalidOperationException("Betfair:BaseUrl is not set.");

    internal Uri AccountEndpoint => AccountUrl ?? new Uri(BettingEndpoint.ToString().Replace("/betting/", "/account/", StringComparison.Ordinal));

    internal Uri IdentityEndpoint => IdentityUrl ?? (BettingEndpoint.Host.EndsWith("api.betfair.com", StringComparison.OrdinalIgnoreCase)
        ? new Uri("https://identitysso.betfair.com/api/")
        : new Uri(BettingEndpoint, "/api/"));
}
