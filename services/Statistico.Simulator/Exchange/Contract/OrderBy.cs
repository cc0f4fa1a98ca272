namespace Statistico.Simulator.Exchange.Contract;

/// <summary>Betfair's OrderBy of listCurrentOrders (BY_BET, BY_MARKET, BY_MATCH_TIME, BY_PLACE_TIME, …).</summary>
public enum OrderBy { ByBet, ByMarket, ByMatchTime, ByPlaceTime, BySettledTime, ByVoidTime }
