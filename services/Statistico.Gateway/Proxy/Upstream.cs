namespace Statistico.Gateway.Proxy;

/// <summary>
/// A service the gateway reads from: <c>/api/{Prefix}/…</c> is forwarded to the service's <c>/api/…</c> at the address
/// in the setting <see cref="UrlKey"/> (a service-discovery name under Aspire, a Service's DNS name in a cluster).
/// </summary>
internal sealed record Upstream(string Prefix, string UrlKey)
{
    // The settings, as constants so the chart tests can see the gateway reads them.
    public const string TraderUrlKey = "Trader:BaseUrl";
    public const string WarehouseUrlKey = "OddsWarehouse:BaseUrl";
    public const string CompilerUrlKey = "OddsCompiler:BaseUrl";
    public const string CheckerUrlKey = "OddsChecker:BaseUrl";
    public const string FootballDataUrlKey = "FootballData:BaseUrl";
    public const string RatingsUrlKey = "Ratings:BaseUrl";

    /// <summary>Every service with an HTTP API worth reading; the Simulator is not one (it is the outside world).</summary>
    public static IReadOnlyList<Upstream> All { get; } =
    [
        new("trader", TraderUrlKey),
        new("warehouse", WarehouseUrlKey),
        new("compiler", CompilerUrlKey),
        new("checker", CheckerUrlKey),
        new("football-data", FootballDataUrlKey),
        new("ratings", RatingsUrlKey),
    ];

    public static Upstream Trader => All[0];

    public static Upstream Warehouse => All[1];
}
