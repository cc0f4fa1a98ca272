using Statistico.Contracts.Trading;

namespace Statistico.Trader.Paper;

/// <summary>The unmatched remainder of a paper order, resting until prices cross it, it is cancelled or it lapses.</summary>
public sealed class PaperOrder
{
    public Guid TradeId { get; init; }

    public required string BetId { get; init; }

    public required string Source { get; init; }

    public Guid FixtureId { get; init; }

    public required string MarketType { get; init; }

    public required string Selection { get; init; }

    public Side Side { get; init; }

    public decimal Price { get; init; }

    public decimal Size { get; init; }

    public decimal SizeMatched { get; set; }

    /// <summary>Sum of size × price over the fills so far (average price = this / size matched).</summary>
    public decimal MatchedValue { get; set; }

    public DateTimeOffset PlacedAt { get; init; }
}
