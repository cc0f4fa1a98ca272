using Statistico.Betfair;
using Statistico.Betfair.Api;

namespace Statistico.Trader.Benchmarks;

/// <summary>The Simulator's open MATCH_ODDS markets, read with the Trader's own Betfair client.</summary>
internal static class ExchangeMarkets
{
    public static async Task<IReadOnlyList<ExchangeMarket>> OpenAsync(IBetfairClient exchange)
    {
        var catalogue = await exchange.ListMarketCatalogueAsync(new ListMarketCatalogueRequest(
            new MarketFilter { MarketTypeCodes = ["MATCH_ODDS"] }, [MarketProjection.RunnerDescription, MarketProjection.MarketStartTime], MarketSort.FirstToStart));
        var books = await exchange.ListMarketBookAsync(new ListMarketBookRequest([.. catalogue.Take(40).Select(m => m.MarketId)], new PriceProjection([PriceData.ExBestOffers])));
        var open = books.Where(b => b.Status == MarketStatus.Open).Select(b => b.MarketId).ToHashSet(StringComparer.Ordinal);
        return [.. catalogue.Where(m => open.Contains(m.MarketId))
            .Select(m => new ExchangeMarket(m.MarketId, m.Runners![0].SelectionId, m.Runners[1].SelectionId, m.Runners[2].SelectionId))];
    }
}
