namespace Statistico.Simulator.Data;

/// <summary>Crowd liquidity already taken at one price in one refresh period, so nobody can take it twice.</summary>
public sealed class LiquidityTakenRow
{
    public required string MarketId { get; set; }

    public long SelectionId { get; set; }

    /// <summary>The side of the ladder taken from: "BACK" = availableToBack, "LAY" = availableToLay.</summary>
    public required string LadderSide { get; set; }

    public decimal Price { get; set; }

    public long Period { get; set; }

    public decimal Size { get; set; }
}
