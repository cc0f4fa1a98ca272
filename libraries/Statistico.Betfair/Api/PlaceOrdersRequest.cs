namespace Statistico.Betfair.Api;

/// <summary>Parameters of placeOrders. <see cref="CustomerRef"/> de-duplicates resubmissions.</summary>
public sealed record PlaceOrdersRequest(string MarketId, IReadOnlyList<PlaceInstruction> Instructions, string? CustomerRef = null)
{
    public string? CustomerStrategyRef { get; init; }
}
