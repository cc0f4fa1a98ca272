namespace Statistico.Betfair.Api;

/// <summary>Price data a market book can carry.</summary>
public enum PriceData { SpAvailable, SpTraded, ExBestOffers, ExAllOffers, ExTraded }
