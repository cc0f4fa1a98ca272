namespace Statistico.Betfair.Api;

/// <summary>A price and the amount available or traded at it.</summary>
public sealed record PriceSize(decimal Price, decimal Size);
