using Statistico.Betfair.Api;

namespace Statistico.Betfair;

/// <summary>The Betfair Exchange API-NG operations Statistico uses. Sessions, rate limits and safe retries are handled inside.</summary>
public interface IBetfairClient
{
    Task<IReadOnlyList<EventResult>> ListEventsAsync(MarketFilter filter, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MarketCatalogue>> ListMarketCatalogueAsync(ListMarketCatalogueRequest request, CancellationToken cancellationToken = default);

    /// <summary>Market books; a request heavier than Betfair's data-weight cap is split into several calls.</summary>
    Task<IReadOnlyList<MarketBook>> ListMarketBookAsync(ListMarketBookRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Places orders and says exactly one of: <see cref="OrdersPlaced"/>, <see cref="OrdersRejected"/> (certainly not
    /// placed) or <see cref="OrdersUnknown"/> (look up by customerOrderRef before anything is sent again). Requires a
    /// customerRef and a customerOrderRef on every instruction (<see cref="TradeReferences"/>); never retried, never
    /// sent twice by the HTTP pipeline. Throws only when nothing was sent (bad arguments, transaction budget).
    /// </summary>
    Task<PlaceOutcome> PlaceOrdersAsync(PlaceOrdersRequest request, CancellationToken cancellationToken = default);

    /// <summary>The orders on <paramref name="marketId"/> carrying these customerOrderRefs (an order can take ~15 s to appear).</summary>
    Task<IReadOnlyList<PlacedOrder>> FindOrdersAsync(string marketId, IReadOnlyList<string> customerOrderRefs, CancellationToken cancellationToken = default);

    Task<CancelExecutionReport> CancelOrdersAsync(CancelOrdersRequest request, CancellationToken cancellationToken = default);

    Task<CurrentOrderSummaryReport> ListCurrentOrdersAsync(ListCurrentOrdersRequest request, CancellationToken cancellationToken = default);

    Task<ClearedOrderSummaryReport> ListClearedOrdersAsync(ListClearedOrdersRequest request, CancellationToken cancellationToken = default);

    Task<AccountFundsResponse> GetAccountFundsAsync(CancellationToken cancellationToken = default);
}
