namespace Statistico.Betfair;

/// <summary>
/// The answer was lost and the look-up could not show every order: some may exist. Never place again before
/// <see cref="IBetfairClient.FindOrdersAsync"/> by <see cref="CustomerOrderRefs"/> settles it.
/// </summary>
public sealed record OrdersUnknown(string MarketId, string CustomerRef, IReadOnlyList<string> CustomerOrderRefs, IReadOnlyList<PlacedOrder> Found, string Reason)
    : PlaceOutcome(MarketId, CustomerRef);
