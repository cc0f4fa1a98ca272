using MassTransit;
using Statistico.Contracts.Trading;
using Statistico.Trader.Strategies;

namespace Statistico.Trader.Trading;

/// <summary>A trade's saga state (design section 5), one row per trade in the Trader's database.</summary>
public sealed class TradeState : SagaStateMachineInstance
{
    /// <summary>The trade id.</summary>
    public Guid CorrelationId { get; set; }

    public string CurrentState { get; set; } = "";

    public string StrategyId { get; set; } = "";

    /// <summary>The strategy version that made the trade.</summary>
    public int StrategyVersion { get; set; }

    public StrategyMode Mode { get; set; }

    public Guid FixtureId { get; set; }

    public string MarketType { get; set; } = "";

    public string Selection { get; set; } = "";

    public Side Side { get; set; }

    /// <summary>Limit price of the order.</summary>
    public decimal Price { get; set; }

    /// <summary>The order's size (backer's stake).</summary>
    public decimal Stake { get; set; }

    public double ModelProbability { get; set; }

    /// <summary>The price source the signal used, e.g. <c>betfair</c>.</summary>
    public string Source { get; set; } = "";

    public string? ExchangeMarketId { get; set; }

    public long? RunnerId { get; set; }

    /// <summary>The reference the exchange knows the order by: derived from the trade id, the same on every attempt.</summary>
    public string CustomerOrderRef { get; set; } = "";

    public string? BetId { get; set; }

    /// <summary>Size matched so far (the exchange reports it cumulatively).</summary>
    public decimal SizeMatched { get; set; }

    public decimal? AveragePriceMatched { get; set; }

    /// <summary>Whether a cancel of the unmatched part has been asked for.</summary>
    public bool CancelRequested { get; set; }

    /// <summary>The scheduled unmatched-timeout message, while one is pending.</summary>
    public Guid? UnmatchedTimeoutTokenId { get; set; }

    public DateTimeOffset SignalledAt { get; set; }

    public TradeOutcome? Outcome { get; set; }

    public decimal? GrossProfit { get; set; }

    public decimal? Commission { get; set; }

    public decimal? NetProfit { get; set; }

    public DateTimeOffset? SettledAt { get; set; }

    /// <summary>Why the trade ended outside settlement (rejection code, cancel or void reason).</summary>
    public string? EndReason { get; set; }

    /// <summary>Commission rate on net winnings for paper settlement (the rate the edge was computed after).</summary>
    public double CommissionRate { get; set; }

    /// <summary>Every transition with its time and cause.</summary>
    public List<TradeStep> Timeline { get; set; } = [];
}
