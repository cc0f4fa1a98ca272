namespace Statistico.Betfair.Api;

/// <summary>A market's state: OPEN for betting, SUSPENDED (here: in play), CLOSED (settled).</summary>
public enum MarketStatus { Inactive, Open, Suspended, Closed }
