using Microsoft.Extensions.Options;
using Statistico.Betfair.Api;

namespace Statistico.Betfair;

/// <summary>
/// API-NG over JSON-RPC. Reads are retried on transient failures; calls that change orders never are, except a full
/// cancel (cancelling a cancelled bet answers BET_TAKEN_OR_LAPSED and moves no money). Placing is
/// <see cref="OrderPlacer"/>'s: exactly one of placed, rejected or unknown (ADR 0204).
/// </summary>
internal sealed class BetfairClient(BetfairRpc rpc, OrderPlacer placer, IOptions<BetfairOptions> options) : IBetfairClient
{
    private BetfairOptions Settings => options.Value;

    public async Task<IReadOnlyList<EventResult>> ListEventsAsync(MarketFilter filter, CancellationToken cancellationToken = default) =>
        await rpc.CallAsync<ListEventsRequest, List<EventResult>>(Settings.BettingEndpoint, BetfairMethods.ListEvents, new(filter), retry: true, cancellationToken);

    public async Task<IReadOnlyList<MarketCatalogue>> ListMarketCatalogueAsync(ListMarketCatalogueRequest request, CancellationToken cancellationToken = default) =>
        await rpc.CallAsync<ListMarketCatalogueRequest, List<MarketCatalogue>>(Settings.BettingEndpoint, BetfairMethods.ListMarketCatalogue, request, retry: true, cancellationToken);

    public async Task<IReadOnlyList<MarketBook>> ListMarketBookAsync(ListMarketBookRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var perCall = RequestWeight.MarketsPerCall(request.PriceProjection, Settings.MaxRequestWeight);
        var books = new List<MarketBook>(request.MarketIds.Count);
        foreach (var chunk in request.MarketIds.Chunk(perCall))
        {
            books.AddRange(await rpc.CallAsync<ListMarketBookRequest, List<MarketBook>>(
                Settings.BettingEndpoint, BetfairMethods.ListMarketBook, request with { MarketIds = chunk }, retry: true, cancellationToken));
        }

        return books;
    }

    public Task<PlaceOutcome> PlaceOrdersAsync(PlaceOrdersRequest request, CancellationToken cancellationToken = default) =>
        placer.PlaceAsync(request, cancellationToken);

    public Task<IReadOnlyList<PlacedOrder>> FindOrdersAsync(string marketId, IReadOnlyList<string> customerOrderRefs, CancellationToken cancellationToken = default) =>
        placer.FindAsync(marketId, customerOrderRefs, cancellationToken);

    public async Task<CancelExecutionReport> CancelOrdersAsync(CancelOrdersRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // A size reduction sent twice reduces twice: only a full cancel may be repeated.
        var repeatable = request.Instructions?.All(i => i.SizeReduction is null) ?? true;
        return await rpc.CallAsync<CancelOrdersRequest, CancelExecutionReport>(Settings.BettingEndpoint, BetfairMethods.CancelOrders, request, repeatable, cancellationToken);
    }

    public async Task<CurrentOrderSummaryReport> ListCurrentOrdersAsync(ListCurrentOrdersRequest request, CancellationToken cancellationToken = default) =>
        await rpc.CallAsync<ListCurrentOrdersRequest, CurrentOrderSummaryReport>(Settings.BettingEndpoint, BetfairMethods.ListCurrentOrders, request, retry: true, cancellationToken);

    public async Task<ClearedOrderSummaryReport> ListClearedOrdersAsync(ListClearedOrdersRequest request, CancellationToken cancellationToken = default) =>
        await rpc.CallAsync<ListClearedOrdersRequest, ClearedOrderSummaryReport>(Settings.BettingEndpoint, BetfairMethods.ListClearedOrders, request, retry: true, cancellationToken);

    public async Task<AccountFundsResponse> GetAccountFundsAsync(CancellationToken cancellationToken = default) =>
        await rpc.CallAsync<GetAccountFundsRequest, AccountFundsResponse>(Settings.AccountEndpoint, BetfairMethods.GetAccountFunds, new(), retry: true, cancellationToken);
}
