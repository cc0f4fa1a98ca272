namespace Statistico.Trader.Benchmarks;

/// <summary>An open MATCH_ODDS market of the Simulator and its runners' ids (home, away, draw).</summary>
internal sealed record ExchangeMarket(string MarketId, long Home, long Away, long Draw);
