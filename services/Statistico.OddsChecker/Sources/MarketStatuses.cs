namespace Statistico.OddsChecker.Sources;

/// <summary>A market's state at its source, in Betfair's words (what <c>ObservedMarket.Status</c> publishes).</summary>
internal static class MarketStatuses
{
    /// <summary>Not yet open for betting: nothing to observe, never published.</summary>
    public const string Inactive = "INACTIVE";

    /// <summary>Open: published with a null status.</summary>
    public const string Open = "OPEN";

    public const string Suspended = "SUSPENDED";

    /// <summary>Final: published once, then the market is no longer polled.</summary>
    public const string Closed = "CLOSED";
}
