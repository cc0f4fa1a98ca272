namespace Statistico.Betfair.Api;

/// <summary>One market of listMarketCatalogue; parts not asked for by a projection are null.</summary>
public sealed record MarketCatalogue
{
    public required string MarketId { get; init; }

    public required string MarketName { get; init; }

    public DateTimeOffset? MarketStartTime { get; init; }

    public MarketDescription? Description { get; init; }

    public decimal? TotalMatched { get; init; }

    public IReadOnlyList<RunnerCatalog>? Runners { get; init; }

    public EventType? EventType { get; init; }

    public Competition? Competition { get; init; }

    public BetfairEvent? Event { get; init; }
}
