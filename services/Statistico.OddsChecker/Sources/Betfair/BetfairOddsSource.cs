using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Contracts.Odds;
using Statistico.OddsChecker.Data;

namespace Statistico.OddsChecker.Sources.Betfair;

/// <summary>The Betfair Exchange (real or the Simulator) through <see cref="IBetfairClient"/>.</summary>
internal sealed class BetfairOddsSource(IBetfairClient client, BetfairPriceStream stream) : IOddsSource
{
    public const string SourceName = "betfair";

    private const string SoccerEventTypeId = "1";

    private static readonly MarketProjection[] CatalogueProjection =
    [
        MarketProjection.Competition, MarketProjection.Event, MarketProjection.MarketStartTime,
        MarketProjection.MarketDescription, MarketProjection.RunnerDescription,
    ];

    public string Name => SourceName;

    public async Task<IReadOnlyList<SourceMarket>> ListMarketsAsync(
        SourceOptions options, IReadOnlyList<TrackedFixture> fixtures, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var filter = new MarketFilter
        {
            EventTypeIds = [SoccerEventTypeId],
            CompetitionIds = options.Competitions.Count > 0 ? [.. options.Competitions.Values] : null,
            MarketTypeCodes = options.MarketTypes,
            MarketStartTime = new TimeRange(from, to),
        };
        var catalogue = await client.ListMarketCatalogueAsync(
            new ListMarketCatalogueRequest(filter, CatalogueProjection, MarketSort.FirstToStart), cancellationToken);
        return [.. catalogue.Where(m => m.Event is not null).Select(ToSourceMarket).OfType<SourceMarket>()];
    }

    public async Task<IReadOnlyList<SourcePrices>> ReadPricesAsync(
        SourceOptions options, IReadOnlyList<SourceMarket> markets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(markets);
        var streamed = new List<SourcePrices>();
        if (options.Stream)
        {
            await stream.WatchAsync([.. markets.Select(m => m.MarketId)], cancellationToken);
            streamed = stream.Live ? [.. markets.Select(stream.Read).OfType<SourcePrices>()] : [];
            // What the stream has not got (not connected, or no image yet) is read the polling way.
            var missing = streamed.Select(p => p.Market.MarketId).ToHashSet();
            markets = [.. markets.Where(m => !missing.Contains(m.MarketId))];
        }

        var byId = markets.ToDictionary(m => m.MarketId);
        var projection = new PriceProjection([PriceData.ExBestOffers], new ExBestOffersOverrides(3));
        var prices = new List<SourcePrices>(streamed);
        // Best offers weigh 5 per market against Betfair's 200 per request: ask in chunks the source accepts.
        foreach (var chunk in markets.Chunk(Math.Max(1, options.MarketsPerRequest)))
        {
            var books = await client.ListMarketBookAsync(new ListMarketBookRequest([.. chunk.Select(m => m.MarketId)], projection), cancellationToken);
            prices.AddRange(books.Where(b => byId.ContainsKey(b.MarketId)).Select(b => ToPrices(byId[b.MarketId], b)));
        }

        return prices;
    }

    private static SourceMarket? ToSourceMarket(MarketCatalogue market)
    {
        var betfairEvent = market.Event!;
        if (EventName.Split(betfairEvent.Name) is not { } teams)
        {
            return null;
        }

        var (home, away) = teams;

        var sourceEvent = new SourceEvent(
            betfairEvent.Id, betfairEvent.Name, market.Competition?.Id, home, away,
            betfairEvent.OpenDate ?? market.MarketStartTime ?? DateTimeOffset.MinValue);
        var marketType = market.Description?.MarketType ?? market.MarketName;
        var selections = (market.Runners ?? []).ToDictionary(r => r.SelectionId, r => SelectionName(marketType, r));
        return new SourceMarket(market.MarketId, marketType, sourceEvent, selections);
    }

    /// <summary>Betfair orders MATCH_ODDS runners home, away, draw; other markets keep the runner's own name.</summary>
    private static string SelectionName(string marketType, RunnerCatalog runner) =>
        marketType == "MATCH_ODDS"
            ? runner.SortPriority switch { 1 => "HOME", 2 => "AWAY", 3 => "DRAW", _ => runner.RunnerName.ToUpperInvariant() }
            : runner.RunnerName.ToUpperInvariant();

    private static SourcePrices ToPrices(SourceMarket market, MarketBook book) =>
        new(market, book.Inplay, StatusOf(book.Status), book.TotalMatched, [.. book.Runners.Select(r => ToRunner(market, r))]);

    private static string StatusOf(MarketStatus status) => status switch
    {
        MarketStatus.Open => MarketStatuses.Open,
        MarketStatus.Suspended => MarketStatuses.Suspended,
        MarketStatus.Closed => MarketStatuses.Closed,
        _ => MarketStatuses.Inactive,
    };

    private static ObservedRunner ToRunner(SourceMarket market, Runner runner) =>
        new(
            market.Selections.TryGetValue(runner.SelectionId, out var name) ? name : runner.SelectionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Top3(runner.Exchange?.AvailableToBack),
            Top3(runner.Exchange?.AvailableToLay))
        {
            RunnerId = runner.SelectionId,
            LastTradedPrice = runner.LastPriceTraded,
            Handicap = runner.Handicap == 0 ? null : (decimal)runner.Handicap,
        };

    private static List<Contracts.Odds.PriceSize> Top3(IReadOnlyList<Statistico.Betfair.Api.PriceSize>? offers) =>
        [.. (offers ?? []).Take(3).Select(o => new Contracts.Odds.PriceSize(o.Price, o.Size))];
}
