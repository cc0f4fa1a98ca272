using System.Globalization;
using Statistico.Betfair.Streaming;
using Statistico.Simulator.Exchange;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Streaming;

/// <summary>Which simulated markets a stream market filter covers at a moment (every given criterion must hold).</summary>
public static class StreamMarketFilters
{
    public const string CountryCode = "GB";

    /// <summary>
    /// The markets open or in play now that match, plus those named by id whatever their state (a client watching a
    /// market by id sees it close).
    /// </summary>
    public static IEnumerable<SimMarket> Resolve(WorldDefinition world, DateTimeOffset now, ExchangeOptions exchange, StreamMarketFilter filter)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(filter);
        var named = (filter.MarketIds ?? []).Select(id => MarketCatalog.Find(world, id)).OfType<SimMarket>();
        var visible = filter.MarketIds is { Count: > 0 }
            ? named
            : world.Fixtures.Where(f => f.KickOff - exchange.MarketsOpenBefore <= now && now < f.KickOff + exchange.MatchDuration).SelectMany(MarketCatalog.For);
        return visible.Where(m => Matches(filter, m)).DistinctBy(m => m.MarketId);
    }

    public static bool Matches(StreamMarketFilter filter, SimMarket market)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(market);
        return In(filter.MarketIds, market.MarketId)
            && In(filter.EventTypeIds, MarketFilters.SoccerEventTypeId)
            && In(filter.EventIds, market.Fixture.Id.ToString(CultureInfo.InvariantCulture))
            && In(filter.MarketTypes, market.MarketType)
            && In(filter.CountryCodes, CountryCode)
            && In(filter.BettingTypes, "ODDS")
            && filter.Venues is not { Count: > 0 } // football has no venues: a venue filter matches nothing
            && filter.TurnInPlayEnabled is null or true
            && filter.BspMarket is null or false;
    }

    private static bool In(IReadOnlyList<string>? allowed, string value) => allowed is not { Count: > 0 } || allowed.Contains(value);
}
