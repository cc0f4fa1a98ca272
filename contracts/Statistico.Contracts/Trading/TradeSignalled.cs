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

    /// <summary>The version of the strategy that signalled.</summary>
    public int? StrategyVersion { get; init; }

    /// <summary>True for a paper trade (filled against observed prices), false for an order on the exchange.</summary>
    public bool Paper { get; init; }

    /// <summary>The observed-price source the signal used, e.g. <c>betfair</c>.</summary>
    public string? Source { get; init; }

    /// <summary>The exchange's runner (selection) id, when known.</summary>
    public long? RunnerId { get; init; }

    /// <summary>The commission rate the edge was computed after (paper trades settle with it).</summary>
    public double? CommissionRate { get; init; }

    /// <summary>The price and size observed when the value was found, and when.</summary>
    public decimal? ObservedSize { get; init; }

    /// <summary>The observation time of the price used (the source's clock).</summary>
    public DateTimeOffset? ObservedAt { get; init; }
}
