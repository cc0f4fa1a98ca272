using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Statistico.Betfair.Api;

namespace Statistico.Betfair;

/// <summary>
/// One JSON-RPC call to the exchange: session header, timeout, error mapping, one re-login when the session is
/// rejected (the exchange refused the call before doing anything) and, only when <c>retry</c> is set, back-off retries
/// of transient failures. A request that changes orders is marked so the pipeline cannot send it twice.
/// </summary>
internal sealed class BetfairRpc(HttpClient http, BetfairSession session, IOptions<BetfairOptions> options)
{
    private BetfairOptions Settings => options.Value;

    public async Task<TResult> CallAsync<TParams, TResult>(Uri endpoint, string method, TParams parameters, bool retry, CancellationToken cancellationToken)
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
            catch (Exception exception) when (retry && attempt < Settings.RetryCount && IsTransient(exception) && !cancellationToken.IsCancellationRequested)
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
                session.Invalidate(token);
                reloggedIn = true;
                attempt--;
                continue;
            }

            if (retry && attempt < Settings.RetryCount && code is ApingErrorCodes.TooManyRequests or ApingErrorCodes.ServiceBusy or ApingErrorCodes.TimeoutError)
            {
                await BackOffAsync(attempt, cancellationToken);
                continue;
            }

            throw BetfairErrors.ToException(method, error);
        }
    }

    /// <summary>Failures after which the exchange may or may not have acted on the request.</summary>
    public static bool IsTransient(Exception exception) =>
        exception is HttpRequestException or TimeoutException or JsonException or IOException;

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
        request.Options.Set(BetfairRequestOptions.Method, method);
        if (BetfairMethods.ChangesOrders(method))
        {
            OrderSendGuard.Mark(request);
        }

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
}
