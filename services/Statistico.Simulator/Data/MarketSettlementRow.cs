namespace Statistico.Simulator.Data;

/// <summary>A settled market: exists once per market, which is what makes settlement happen once.</summary>
public sealed class MarketSettlementRow
{
    public required string MarketId { get; set; }

    public int FixtureId { get; set; }

    public DateTimeOffset SettledAt { get; set; }

    public decimal GrossProfit { get; set; }

    public decimal Commission { get; set; }
}
