using Statistico.Betfair.Api;

namespace Statistico.Simulator.Exchange.Contract;

/// <summary>listRunnerBook's parameters: one runner of one market.</summary>
public sealed record RunnerBookRequest(string MarketId, long SelectionId)
{
    public double? Handicap { get; init; }

    public PriceProjection? PriceProjection { get; init; }

    public OrderProjection? OrderProjection { get; init; }
}
