namespace Statistico.Betfair;

/// <summary>
/// The orders exist. <see cref="Orders"/> holds every order found for the call's customerOrderRefs: more than one per
/// reference means an earlier placement with the same reference exists too, and is real exposure to unwind.
/// <see cref="Refused"/> is empty unless the exchange processed the call with errors (Best Execution off).
/// </summary>
public sealed record OrdersPlaced(string MarketId, string CustomerRef, IReadOnlyList<PlacedOrder> Orders) : PlaceOutcome(MarketId, CustomerRef)
{
    public IReadOnlyList<RefusedInstruction> Refused { get; init; } = [];
}
