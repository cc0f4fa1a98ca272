namespace Statistico.Betfair;

/// <summary>
/// What became of a placeOrders call: <see cref="OrdersPlaced"/>, <see cref="OrdersRejected"/> or
/// <see cref="OrdersUnknown"/>, nothing else. Only "unknown" leaves the caller in doubt. ADR 0204.
/// </summary>
public abstract record PlaceOutcome(string MarketId, string CustomerRef);
