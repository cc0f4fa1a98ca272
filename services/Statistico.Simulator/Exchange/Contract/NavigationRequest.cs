using Statistico.Betfair.Api;

namespace Statistico.Simulator.Exchange.Contract;

/// <summary>The parameters of listEventTypes, listCompetitions, listCountries, listMarketTypes, listTimeRanges and listVenues.</summary>
public sealed record NavigationRequest(MarketFilter Filter)
{
    public string? Locale { get; init; }

    public TimeGranularity? Granularity { get; init; }
}
