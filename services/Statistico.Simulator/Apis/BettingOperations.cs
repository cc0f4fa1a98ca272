using Statistico.Betfair.Api;
using Statistico.Simulator.Exchange;
using Statistico.Simulator.Exchange.Contract;

namespace Statistico.Simulator.Apis;

/// <summary>The SportsAPING operations the Simulator answers; null for any other (JSON-RPC -32601).</summary>
internal static class BettingOperations
{
    public static async Task<object?> DispatchAsync(string operation, RpcParameters parameters, IServiceProvider services, CancellationToken ct)
    {
        T Get<T>()
            where T : notnull => services.GetRequiredService<T>();
        return operation switch
        {
            "listEventTypes" => await Get<NavigationQueries>().ListEventTypesAsync(parameters.Read<NavigationRequest>(), ct),
            "listCompetitions" => await Get<NavigationQueries>().ListCompetitionsAsync(parameters.Read<NavigationRequest>(), ct),
            "listCountries" => await Get<NavigationQueries>().ListCountriesAsync(parameters.Read<NavigationRequest>(), ct),
            "listMarketTypes" => await Get<NavigationQueries>().ListMarketTypesAsync(parameters.Read<NavigationRequest>(), ct),
            "listTimeRanges" => await Get<NavigationQueries>().ListTimeRangesAsync(parameters.Read<NavigationRequest>(), ct),
            "listVenues" => await Get<NavigationQueries>().ListVenuesAsync(parameters.Read<NavigationRequest>(), ct),
            "listEvents" => await Get<ExchangeQueries>().ListEventsAsync(parameters.Read<ListEventsRequest>(), ct),
            "listMarketCatalogue" => await Get<ExchangeQueries>().ListMarketCatalogueAsync(parameters.Read<ListMarketCatalogueRequest>(), ct),
            "listMarketBook" => await Get<ExchangeQueries>().ListMarketBookAsync(parameters.Read<ListMarketBookRequest>(), ct),
            "listRunnerBook" => await Get<ExchangeQueries>().ListRunnerBookAsync(parameters.Read<RunnerBookRequest>(), ct),
            "listMarketProfitAndLoss" => await Get<OrderQueries>().ListMarketProfitAndLossAsync(parameters.Read<ProfitAndLossRequest>(), ct),
            "listCurrentOrders" => await Get<OrderQueries>().ListCurrentOrdersAsync(parameters.ReadOr(new CurrentOrdersQuery()), ct),
            "listClearedOrders" => await Get<OrderQueries>().ListClearedOrdersAsync(parameters.Read<ClearedOrdersQuery>(), ct),
            "placeOrders" => await Get<OrderPlacement>().PlaceAsync(parameters.Read<PlaceOrdersRequest>(), ct),
            "cancelOrders" => await Get<OrderCancellation>().CancelAsync(parameters.ReadOr(new CancelOrdersRequest()), ct),
            "replaceOrders" => await Get<OrderReplacement>().ReplaceAsync(parameters.Read<ReplaceOrdersRequest>(), ct),
            "updateOrders" => await Get<OrderUpdate>().UpdateAsync(parameters.Read<UpdateOrdersRequest>(), ct),
            _ => null,
        };
    }
}
