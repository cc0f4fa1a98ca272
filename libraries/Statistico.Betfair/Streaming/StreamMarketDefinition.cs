namespace Statistico.Betfair.Streaming;

/// <summary>A market's definition as the stream sends it (whole, whenever any of it changes).</summary>
public sealed record StreamMarketDefinition
{
    /// <summary>INACTIVE, OPEN, SUSPENDED or CLOSED.</summary>
    public required string Status { get; init; }

    public bool InPlay { get; init; }

    public int BetDelay { get; init; }

    public string? EventId { get; init; }

    public string? EventTypeId { get; init; }

    public string? MarketType { get; init; }

    public string? CountryCode { get; init; }

    public string? Timezone { get; init; }

    public string? BettingType { get; init; }

    public DateTimeOffset? MarketTime { get; init; }

    public DateTimeOffset? SuspendTime { get; init; }

    public DateTimeOffset? OpenDate { get; init; }

    public bool TurnInPlayEnabled { get; init; }

    public bool BspMarket { get; init; }

    public bool PersistenceEnabled { get; init; }

    public bool CrossMatching { get; init; }

    public bool RunnersVoidable { get; init; }

    public bool Complete { get; init; }

    public bool DiscountAllowed { get; init; }

    public decimal MarketBaseRate { get; init; }

    public int NumberOfWinners { get; init; }

    public int NumberOfActiveRunners { get; init; }

    public long Version { get; init; }

    public IReadOnlyList<StreamRunnerDefinition> Runners { get; init; } = [];
}
