namespace Statistico.Betfair.Api;

/// <summary>Parameters of listClearedOrders.</summary>
public sealed record ListClearedOrdersRequest(BetStatus BetStatus)
{
    public IReadOnlyList<string>? EventIds { get; init; }

    public IReadOnlyList<string>? MarketIds { get; init; }

    public IReadOnlyList<string>? BetIds { get; init; }

    public IReadOnlyList<string>? CustomerOrderRefs { get; init; }

    public GroupBy? GroupBy { get; init; }

    public int? FromRecord { get; init; }

    public int? RecordCount { get; init; }
}
