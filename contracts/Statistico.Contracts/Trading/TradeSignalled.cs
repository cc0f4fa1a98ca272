namespace Statistico.Contracts.Trading;

/// <summary>A strategy found value and wants a trade: the start of a trade's saga.</summary>
/// <param name="TradeId">Unique id of the trade; the saga's correlation id.</param>
/// <param name="StrategyId">The strategy that signalled.</param>
/// <param name="FixtureId">The fixture traded.</param>
/// <param name="MarketType">Betfair market type code.</param>
/// <param name="Selection">Selection name, e.g. <c>HOME</c>.</param>
/// <param name="Side">Back or lay.</param>
/// <param name="Price">Limit price (decimal odds on the tick ladder).</param>
/// <param name="Stake">Stake in the account currency.</param>
/// <param name="ModelProbability">The compiled probability that made the trade look good.</param>
/// <param name="SignalledAt">When the value was found (UTC).</param>
public sealed record TradeSignalled(
    Guid TradeId,
    string StrategyId,
    Guid FixtureId,
    string MarketType,
    string Selection,
    Side Side,
    decimal Price,
    decimal Stake,
    double ModelProbability,
    DateTimeOffset SignalledAt)
{
    /// <summary>The exchange market id, when already known.</summary>
    public string? ExchangeMarketId { get; init; }

    /// <summary>Expected value per unit staked at signal time (after commission).</summary>
    public double? ExpectedValue { get; init; }
}
