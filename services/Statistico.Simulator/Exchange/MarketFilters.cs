using System.Globalization;
using Statistico.Betfair.Api;

namespace Statistico.Simulator.Exchange;

/// <summary>Applies a Betfair <see cref="MarketFilter"/> to a simulated market (every given criterion must hold).</summary>
public static class MarketFilters
{
    public const string SoccerEventTypeId = "1";

    public static bool Matches(MarketFilter? filter, SimMarket market, MarketStatus status, bool inPlay)
    {
        ArgumentNullException.ThrowIfNull(market);
        if (filter is null)
        {
            return true;
        }

        var fixture = market.Fixture;
        return In(filter.EventTypeIds, SoccerEventTypeId)
            && In(filter.EventIds, fixture.Id.ToString(CultureInfo.InvariantCulture))
            && In(filter.CompetitionIds, fixture.League.Id.ToString(CultureInfo.InvariantCulture))
            && In(filter.MarketIds, market.MarketId)
            && In(filter.MarketTypeCodes, market.MarketType)
            && (filter.InPlayOnly != true || status == MarketStatus.Suspended || inPlay)
            && (filter.MarketStartTime?.From is not { } from || fixture.KickOff >= from)
            && (filter.MarketStartTime?.To is not { } to || fixture.KickOff <= to)
            && (string.IsNullOrWhiteSpace(filter.TextQuery) || fixture.Name.Contains(filter.TextQuery, StringComparison.OrdinalIgnoreCase));
    }

    private static bool In(IReadOnlyList<string>? allowed, string value) => allowed is null || allowed.Count == 0 || allowed.Contains(value);
}
