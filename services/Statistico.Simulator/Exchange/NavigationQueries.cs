using System.Globalization;
using Statistico.Betfair.Api;
using Statistico.Simulator.Exchange.Contract;

namespace Statistico.Simulator.Exchange;

/// <summary>
/// Betfair's navigation operations over the markets a filter selects: listEventTypes, listCompetitions,
/// listCountries, listMarketTypes, listTimeRanges and listVenues, each row with its market count.
/// </summary>
public sealed class NavigationQueries(ExchangeQueries markets)
{
    private const string Country = "GB";

    public async Task<List<EventTypeResult>> ListEventTypesAsync(NavigationRequest request, CancellationToken cancellationToken)
    {
        var found = await MarketsAsync(request, cancellationToken);
        return found.Count == 0 ? [] : [new EventTypeResult(new EventType(MarketFilters.SoccerEventTypeId, "Soccer"), found.Count)];
    }

    public async Task<List<CompetitionResult>> ListCompetitionsAsync(NavigationRequest request, CancellationToken cancellationToken) =>
        [.. (await MarketsAsync(request, cancellationToken)).GroupBy(m => m.Fixture.League.Id).OrderBy(g => g.Key)
            .Select(g => new CompetitionResult(new Competition(g.Key.ToString(CultureInfo.InvariantCulture), g.First().Fixture.League.Name), g.Count(), "GBR"))];

    public async Task<List<CountryCodeResult>> ListCountriesAsync(NavigationRequest request, CancellationToken cancellationToken)
    {
        var found = await MarketsAsync(request, cancellationToken);
        return found.Count == 0 ? [] : [new CountryCodeResult(Country, found.Count)];
    }

    public async Task<List<MarketTypeResult>> ListMarketTypesAsync(NavigationRequest request, CancellationToken cancellationToken) =>
        [.. (await MarketsAsync(request, cancellationToken)).GroupBy(m => m.MarketType).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MarketTypeResult(g.Key, g.Count()))];

    /// <summary>
    /// Venues of the selected markets. Betfair ties venues to racing only (its docs: "Currently only Horse Racing
    /// markets are associated with a Venue"), so a football exchange answers an empty list, not "no such method":
    /// clients that call it to build their navigation (betfair-node exports it) must get Betfair's answer.
    /// </summary>
    public async Task<List<VenueResult>> ListVenuesAsync(NavigationRequest request, CancellationToken cancellationToken)
    {
        await MarketsAsync(request, cancellationToken);
        return [];
    }

    /// <summary>Markets per day, hour or minute of their start (UTC), the bucket as from and to.</summary>
    public async Task<List<TimeRangeResult>> ListTimeRangesAsync(NavigationRequest request, CancellationToken cancellationToken)
    {
        var granularity = request.Granularity
            ?? throw new MandatoryParameterMissingException("granularity");
        var size = granularity switch { TimeGranularity.Days => TimeSpan.FromDays(1), TimeGranularity.Hours => TimeSpan.FromHours(1), _ => TimeSpan.FromMinutes(1) };
        return [.. (await MarketsAsync(request, cancellationToken))
            .GroupBy(m => new DateTimeOffset(m.Fixture.KickOff.UtcTicks - (m.Fixture.KickOff.UtcTicks % size.Ticks), TimeSpan.Zero))
            .OrderBy(g => g.Key).Select(g => new TimeRangeResult(new TimeRange(g.Key, g.Key + size), g.Count()))];
    }

    private async Task<List<SimMarket>> MarketsAsync(NavigationRequest request, CancellationToken cancellationToken)
    {
        if (request.Filter is null)
        {
            throw new MandatoryParameterMissingException("filter");
        }

        return await markets.MarketsAsync(request.Filter, cancellationToken);
    }
}
