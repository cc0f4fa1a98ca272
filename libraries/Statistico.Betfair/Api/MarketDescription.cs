namespace Statistico.Betfair.Api;

/// <summary>Static details of a market (MARKET_DESCRIPTION projection).</summary>
public sealed record MarketDescription
{
    public bool PersistenceEnabled { get; init; }

    public bool BspMarket { get; init; }

    public DateTimeOffset MarketTime { get; init; }

    public DateTimeOffset SuspendTime { get; init; }

    public DateTimeOffset? SettleTime { get; init; }

    public string BettingType { get; init; } = "ODDS";

    public bool TurnInPlayEnabled { get; init; }

    public string MarketType { get; init; } = "";

    public string? Regulator { get; init; }

    /// <summary>Commission rate in percent (5.0 = 5 %).</summary>
    public decimal MarketBaseRate { get; init; }

    public bool DiscountAllowed { get; init; }

    public string? Wallet { get; init; }

    public PriceLadderDescription? PriceLadderDescription { get; init; }
}
