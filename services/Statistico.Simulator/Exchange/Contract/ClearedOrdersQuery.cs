using Statistico.Betfair.Api;

namespace Statistico.Simulator.Exchange.Contract;

/// <summary>listClearedOrders' parameters as Betfair documents them.</summary>
public sealed record ClearedOrdersQuery
{
    public BetStatus? BetStatus { get; init; }

    public IReadOnlyList<string>? EventTypeIds { get; init; }

    public IReadOnlyList<string>? EventIds { get; init; }

    public IReadOnlyList<string>? MarketIds { get; init; }

    public IReadOnlyList<long>? RunnerIds { get; init; }

    public IReadOnlyList<string>? BetIds { get; init; }

    public IReadOnlyList<string>? CustomerOrderRefs { get; init; }

    public IReadOnlyList<string>? CustomerStrategyRefs { get; init; }

    public Side? Side { get; init; }

    public TimeRange? SettledDateRange { get; init; }

    public GroupBy? GroupBy { get; init; }

    public bool? IncludeItemDescription { get; init; }

    public int? FromRecord { get; init; }

    public int? RecordCount { get; init; }
}
