using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Statistico.Betfair.Api;

namespace Statistico.Betfair;

/// <summary>
/// API-NG over JSON-RPC. Reads and cancels are retried on transient failures; placeOrders never is (see
/// <see cref="PlaceOrdersAsync"/>); every call re-logs in once when the exchange rejects the session.
/// </summary>
public sealed class BetfairClient(HttpClient http, BetfairSession session, TransactionBudget budget, IOptions<BetfairOptions> options) : IBetfairClient
{
    private BetfairOptions Settings => options.Value;

    public async Task<IReadOnlyList<EventResult>> ListEventsAsync(MarketFilter filter, CancellationToken cancellationToken = default) =>
        await CallAsync<ListEventsRequest, List<EventResult>>(Settings.BettingEndpoint, BetfairMethods.ListEvents, new(filter), safe: true, cancellationToken);

    public async Task<IReadOnlyList<MarketCatalogue>> ListMarketCatalogueAsync(ListMarketCatalogueRequest request, CancellationToken cancellationToken = default) =>
        await CallAsync<ListMarketCatalogueRequest, List<MarketCatalogue>>(Settings.BettingEndpoint, BetfairMethods.ListMarketCatalogue, request, safe: true, cancellationToken);

    public async Task<IReadOnlyList<MarketBook>> ListMarketBookAsync(ListMarketBookRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var perCall = RequestWeight.MarketsPerCall(request.PriceProjection, Settings.MaxRequestWeight);
        var books = new List<MarketBook>(request.MarketIds.Count);
        foreach (var chunk in request.MarketIds.Chunk(perCall))
        {
            books.AddRange(await CallAsync<ListMarketBookRequest, List<MarketBook>>(
                Settings.BettingEndpoint, BetfairMethods.ListMarketBook, request with { MarketIds = chunk }, safe: true, cancellationToken));
        }

        return books;
    }

    public async Task<PlaceExecutionReport> PlaceOrdersAsync(PlaceOrdersRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Every order gets a reference it can be found by if the answer is lost.
        var tagged = request with
        {
            Instructions = [.. request.Instructions.Select(i => i.CustomerOrderRef is null ? i with { CustomerOrderRef = Guid.NewGuid().ToString("N") } : i)],
        };
        budget.Reserve(tagged.Instructions.Count);
        try
        {
            return await CallAsync<PlaceOrdersRequest, PlaceExecutionReport>(
                Settings.BettingEndpoint, BetfairMethods.PlaceOrders, tagged, safe: false, cancellationToken);
        }
        catch (Exception exception) when (IsAmbiguous(exception) && !cancellationToken.IsCancellationRequested)
        {
            return await ReconcileAsync(tagged, exception, cancellationToken);
        }
    }

    public async Task<CancelExecutionReport> CancelOrdersAsync(CancelOrdersRequest request, CancellationToken cancellationToken = default) =>
        // Retrying a cancel is harmless: a bet already cancelled answers BET_TAKEN_OR_LAPSED and moves no money.
        await CallAsync<CancelOrdersRequest, CancelExecutionReport>(Settings.BettingEndpoint, BetfairMethods.CancelOrders, request, safe: true, cancellationToken);

    public async Task<CurrentOrderSummaryReport> ListCurrentOrdersAsync(ListCurrentOrdersRequest request, CancellationToken cancellationToken = default) =>
        await CallAsync<ListCurrentOrdersRequest, CurrentOrderSummaryReport>(Settings.BettingEndpoint, BetfairMethods.ListCurrentOrders, request, safe: true, cancellationToken);

    public async Task<ClearedOrderSummaryReport> ListClearedOrdersAsync(ListClearedOrdersRequest request, CancellationToken cancellationToken = default) =>
        await CallAsync<ListClearedOrdersRequest, ClearedOrderSummaryReport>(Settings.BettingEndpoint, BetfairMethods.ListClearedOrders, request, safe: true, cancellationToken);

    public async Task<AccountFundsResponse> GetAccountFundsAsync(CancellationToken cancellationToken = default) =>
        await CallAsync<GetAccountFundsRequest, AccountFundsResponse>(Settings.AccountEndpoint, BetfairMethods.GetAccountFunds, new(), safe: true, cancellationToken);

    private async Task<PlaceExecutionReport> ReconcileAsync(PlaceOrdersRequest request, Exception cause, CancellationToken cancellationToken)
    {
        var refs = request.Instructions.Select(i => i.CustomerOrderRef!).ToList();
        var found = await ListCurrentOrdersAsync(
            new ListCurrentOrdersRequest { MarketIds = [request.MarketId], CustomerOrderRefs = refs, OrderProjection = OrderProjection.All },
            cancellationToken);
        var byRef = found.CurrentOrders.Where(o => o.CustomerOrderRef is not null).ToDictionary(o => o.CustomerOrderRef!);
        if (!refs.All(byRef.ContainsKey))
        {
            throw new BetfairOrderStateUnknownException(request.MarketId, refs, found.CurrentOrders, cause);
        }

        return new PlaceExecutionReport
        {
            CustomerRef = request.CustomerRef,
            MarketId = request.MarketId,
            Status = ExecutionReportStatus.Success,
            InstructionReports =
            [
                .. request.Instructions.Select(i => byRef[i.CustomerOrderRef!]).Zip(request.Instructions, (order, instruction) => new PlaceInstructionReport
                {
                    Status = InstructionReportStatus.Success,
                    Instruction = instruction,
                    BetId = order.BetId,
                    OrderStatus = order.Status,
                    PlacedDate = order.PlacedDate,
                    AveragePriceMatched = order.AveragePriceMatched,
                    SizeMatched = order.SizeMatched,
                }),
            ],
        };
    }

    private async Task<TResult> CallAsync<TParams, TResult>(Uri endpoint, string method, TParams parameters, bool safe, CancellationToken cancellationToken)
    {
        var reloggedIn = false;
        for (var attempt = 0; ; attempt++)
        {
            var token = await session.GetTokenAsync(cancellationToken);
            JsonRpcResponse<TResult>? response;
            try
            {
                response = await SendAsync<TParams, TResult>(endpoint, method, parameters, token, cancellationToken);
            }
            catch (Exception exception) when (safe && attempt < Settings.RetryCount && IsAmbiguous(exception) && !cancellationToken.IsCancellationRequested)
            {
                await BackOffAsync(attempt, cancellationToken);
                continue;
            }

            if (response?.Error is not { } error)
            {
                return response is { Result: { } result } ? result : throw new JsonException($"{method} answered with neither result nor error.");
            }

            var code = error.Data?.Exception?.ErrorCode;
            if (code is ApingErrorCodes.InvalidSessionInformation or ApingErrorCodes.NoSession && !reloggedIn)
            {
                // The exchange rejected the call before doing anything, so even placeOrders may go again.
                session.Invalidate(token);
                reloggedIn = true;
                attempt--;
                continue;
            }

            if (safe && attempt < Settings.RetryCount && code is ApingErrorCodes.TooManyRequests or ApingErrorCodes.ServiceBusy or ApingErrorCodes.TimeoutError)
            {
                await BackOffAsync(attempt, cancellationToken);
                continue;
            }

            throw BetfairErrors.ToException(method, error);
        }
    }

    private async Task<JsonRpcResponse<TResult>?> SendAsync<TParams, TResult>(
        Uri endpoint, string method, TParams parameters, string token, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Settings.RequestTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(new JsonRpcRequest<TParams>(method, parameters), options: BetfairJson.Options),
        };
        request.Headers.Add("X-Application", Settings.AppKey);
        request.Headers.Add("X-Authentication", token);
        request.Headers.Add("Accept", "application/json");
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            if ((int)response.StatusCode >= 500 && response.Content.Headers.ContentType?.MediaType != "application/json")
            {
                throw new HttpRequestException($"{method}: HTTP {(int)response.StatusCode}", null, response.StatusCode);
            }

            // The body is authoritative: JSON-RPC errors may come with any HTTP status.
            return await response.Content.ReadFromJsonAsync<JsonRpcResponse<TResult>>(BetfairJson.Options, timeout.Token);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{method} had no answer within {Settings.RequestTimeout}.", exception);
        }
    }

    private Task BackOffAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(Settings.RetryDelay * Math.Pow(2, attempt), cancellationToken);

    /// <summary>Failures after which the exchange may or may not have acted on the request.</summary>
    private static bool IsAmbiguous(Exception exception) =>
        exception is HttpRequestException or TimeoutException or JsonException or IOException
        || exception is BetfairThrottledException { ErrorCode: ApingErrorCodes.TimeoutError };
}
