namespace Statistico.Betfair.Api;

/// <summary>Parameters of listCurrentOrders.</summary>
public sealed record ListCurrentOrdersRequest
{
    public IReadOnlyList<string>? BetIds { get; init; }

    public IReadOnlyList<string>? MarketIds { get; init; }

    public OrderProjection? OrderProjection { get; init; }

    public IReadOnlyList<string>? CustomerOrderRefs { get; init; }

    public int? FromRecord { get; init; }

    public int? RecordCount { get; init; }
}
