using Statistico.Trader.Strategies;

namespace Statistico.Trader.Positions;

/// <summary>
/// A trade's claim on its strategy's money. Written with the signal, in the same transaction, so the next risk check
/// sees it before the trade's saga has even run; closed once the trade ends, when its net profit joins the bankroll.
/// A partial unique index allows one open position per strategy, fixture, market and selection, across replicas.
/// </summary>
public sealed class Position
{
    public Guid TradeId { get; init; }

    public required string StrategyId { get; init; }

    public Guid FixtureId { get; init; }

    public required string MarketType { get; init; }

    public required string Selection { get; init; }

    public StrategyMode Mode { get; init; }

    /// <summary>The most the trade can lose: the stake of a back, stake × (price − 1) of a lay.</summary>
    public decimal Liability { get; init; }

    public DateTimeOffset OpenedAt { get; init; }

    /// <summary>Null while the trade is open.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The trade's end state once closed.</summary>
    public string? FinalState { get; set; }

    /// <summary>What the trade made after commission (zero unless settled).</summary>
    public decimal NetProfit { get; set; }
}
