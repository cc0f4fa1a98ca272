namespace Statistico.Betfair.Api;

/// <summary>One order to place. <see cref="CustomerOrderRef"/> is what reconciliation finds it by.</summary>
public sealed record PlaceInstruction(OrderType OrderType, long SelectionId, Side Side, LimitOrder? LimitOrder)
{
    public double Handicap { get; init; }

    public string? CustomerOrderRef { get; init; }
}
