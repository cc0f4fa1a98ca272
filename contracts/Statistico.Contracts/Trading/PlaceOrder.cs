namespace Statistico.Contracts.Trading;

/// <summary>Command to the exchange adapter: place one limit order.</summary>
/// <param name="TradeId">The trade the order belongs to.</param>
/// <param name="CustomerReference">Derived from the trade id; the exchange de-duplicates on it so a retry never places twice.</param>
/// <param name="ExchangeMarketId">The exchange's market id.</param>
/// <param name="Selection">Selection name.</param>
/// <param name="Side">Back or lay.</param>
/// <param name="Price">Limit price.</param>
/// <param name="Size">Stake.</param>
public sealed record PlaceOrder(
    Guid TradeId,
    string CustomerReference,
    string ExchangeMarketId,
    string Selection,
    Side Side,
    decimal Price,
    decimal Size)
{
    /// <summary>The exchange's runner (selection) id, when known.</summary>
    public long? RunnerId { get; init; }

    /// <summary>Keep the unmatched part in play at kick-off (Betfair PERSIST) rather than lapse it.</summary>
    public bool PersistInPlay { get; init; }
}
