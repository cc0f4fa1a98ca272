namespace Statistico.Betfair.Api;

/// <summary>A limit order: size at price, and what its unmatched part does at the turn in-play.</summary>
public sealed record LimitOrder(decimal Size, decimal Price, PersistenceType PersistenceType)
{
    public TimeInForce? TimeInForce { get; init; }

    public decimal? MinFillSize { get; init; }
}
