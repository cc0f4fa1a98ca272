namespace Statistico.Betfair.Streaming;

/// <summary>The <c>fields</c> of a market data filter, and which runner change properties each one fills.</summary>
public static class MarketDataFields
{
    /// <summary>Best offers including virtual bets: <c>bdatb</c>/<c>bdatl</c>.</summary>
    public const string ExBestOffersDisp = "EX_BEST_OFFERS_DISP";

    /// <summary>Best offers: <c>batb</c>/<c>batl</c>.</summary>
    public const string ExBestOffers = "EX_BEST_OFFERS";

    /// <summary>The whole ladder: <c>atb</c>/<c>atl</c>.</summary>
    public const string ExAllOffers = "EX_ALL_OFFERS";

    /// <summary>Traded volume per price: <c>trd</c>.</summary>
    public const string ExTraded = "EX_TRADED";

    /// <summary>Total traded volume of runner and market: <c>tv</c>.</summary>
    public const string ExTradedVol = "EX_TRADED_VOL";

    /// <summary>Last traded price: <c>ltp</c>.</summary>
    public const string ExLtp = "EX_LTP";

    /// <summary>The market definition (status, in play, runners).</summary>
    public const string ExMarketDef = "EX_MARKET_DEF";

    public const string SpTraded = "SP_TRADED";

    public const string SpProjected = "SP_PROJECTED";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ExBestOffersDisp, ExBestOffers, ExAllOffers, ExTraded, ExTradedVol, ExLtp, ExMarketDef, SpTraded, SpProjected,
    };
}
