using Statistico.Betfair.Api;

namespace Statistico.Simulator.Exchange.Contract;

/// <summary>
/// listCurrentOrders' parameters as Betfair documents them (the client's request carries only what Statistico sends;
/// the Simulator answers every client, so it reads every field).
/// </summary>
public sealed record CurrentOrdersQuery
{
    public IReadOnlyList<string>? BetIds { get; init; }

    public IReadOnlyList<string>? MarketIds { get; init; }

    public OrderProjection? OrderProjection { get; init; }

    public IReadOnlyList<string>? CustomerOrderRefs { get; init; }

    public IReadOnlyList<string>? CustomerStrategyRefs { get; init; }

    public TimeRange? DateRange { get; init; }

    public OrderBy? OrderBy { get; init; }

    public SortDir? SortDir { get; init; }

    public int? FromRecord { get; init; }

    public int? RecordCount { get; init; }
}
