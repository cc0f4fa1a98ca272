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
    /// Places orders. Never retried blindly: when the answer is lost the orders are looked up by their
    /// customerOrderRef (filled in when missing); if that cannot settle what happened,
    /// <see cref="BetfairOrderStateUnknownException"/> is thrown for the caller's reconciliation.
    /// </summary>
    Task<PlaceExecutionReport> PlaceOrdersAsync(PlaceOrdersRequest request, CancellationToken cancellationToken = default);

    Task<CancelExecutionReport> CancelOrdersAsync(CancelOrdersRequest request, CancellationToken cancellationToken = default);

    Task<CurrentOrderSummaryReport> ListCurrentOrdersAsync(ListCurrentOrdersRequest request, CancellationToken cancellationToken = default);

    Task<ClearedOrderSummaryReport> ListClearedOrdersAsync(ListClearedOrdersRequest request, CancellationToken cancellationToken = default);

    Task<AccountFundsResponse> GetAccountFundsAsync(CancellationToken cancellationToken = default);
}
