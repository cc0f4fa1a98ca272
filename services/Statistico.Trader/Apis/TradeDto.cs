using Statistico.Contracts.Trading;
using Statistico.Trader.Strategies;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Apis;

/// <summary>A trade as the API shows it; the timeline only when one trade is asked for.</summary>
public sealed record TradeDto(
    Guid TradeId,
    string State,
    string StrategyId,
    int StrategyVersion,
    StrategyMode Mode,
    Guid FixtureId,
    string MarketType,
    string Selection,
    Side Side,
    decimal Price,
    decimal Stake,
    double ModelProbability,
    string Source,
    string CustomerOrderRef,
    string? BetId,
    decimal SizeMatched,
    decimal? AveragePriceMatched,
    DateTimeOffset SignalledAt,
    TradeOutcome? Outcome,
    decimal? GrossProfit,
    decimal? Commission,
    decimal? NetProfit,
    DateTimeOffset? SettledAt,
    string? EndReason,
    IReadOnlyList<TradeStep>? Timeline)
{
    public static TradeDto From(TradeState t, bool withTimeline) => new(
        t.CorrelationId, t.CurrentState, t.StrategyId, t.StrategyVersion, t.Mode, t.FixtureId, t.MarketType, t.Selection, t.Side, t.Price,
        t.Stake, t.ModelProbability, t.Source, t.CustomerOrderRef, t.BetId, t.SizeMatched, t.AveragePriceMatched, t.SignalledAt, t.Outcome,
        t.GrossProfit, t.Commission, t.NetProfit, t.SettledAt, t.EndReason, withTimeline ? t.Timeline : null);
}
