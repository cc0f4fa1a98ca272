namespace Statistico.Betfair.Api;

/// <summary>Betfair order types; Statistico places LIMIT orders only.</summary>
public enum OrderType { Limit, LimitOnClose, MarketOnClose }
