namespace Statistico.Betfair.Api;

/// <summary>The dynamic state of a market: status, version, runners with prices and orders.</summary>
public sealed record MarketBook
{
    public required string MarketId { get; init; }

    public bool IsMarketDataDelayed { get; init; }

    public MarketStatus Status { get; init; }

    public int BetDelay { get; init; }

    public bool BspReconciled { get; init; }

    public bool Complete { get; init; }

    public bool Inplay { get; init; }

    public int NumberOfWinners { get; init; }

    public int NumberOfRunners { get; init; }

    public int NumberOfActiveRunners { get; init; }

    public DateTimeOffset? LastMatchTime { get; init; }

    public decimal TotalMatched { get; init; }

    public decimal TotalAvailable { get; init; }

    public bool CrossMatching { get; init; }

    public bool RunnersVoidable { get; init; }

    public long Version { get; init; }

    public IReadOnlyList<Runner> Runners { get; init; } = [];
}
