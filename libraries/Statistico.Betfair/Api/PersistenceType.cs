namespace Statistico.Betfair.Api;

/// <summary>What happens to the unmatched part of an order when the market turns in-play.</summary>
public enum PersistenceType { Lapse, Persist, MarketOnClose }
