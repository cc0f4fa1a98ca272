using System.Text.Json;
using Statistico.Betfair.Api;
using Statistico.Simulator.Clock;
using Statistico.Simulator.Exchange;

namespace Statistico.Simulator.Apis;

/// <summary>
/// Betfair's JSON-RPC endpoints: /exchange/betting/json-rpc/v1 (SportsAPING) and /exchange/account/json-rpc/v1
/// (AccountAPING), with Betfair's envelope, error codes and exception names.
/// </summary>
internal static class JsonRpcApi
{
    private const string AccountException = "AccountAPINGException";

    public static IEndpointRouteBuilder MapJsonRpcApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/exchange/betting/json-rpc/v1", (HttpContext context, CancellationToken ct) => HandleAsync(context, "SportsAPING/v1.0/", "APINGException", ct))
            .WithTags("Betfair exchange");
        app.MapPost("/exchange/account/json-rpc/v1", (HttpContext context, CancellationToken ct) => HandleAsync(context, "AccountAPING/v1.0/", AccountException, ct))
            .WithTags("Betfair exchange");
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, string prefix, string exceptionName, CancellationToken cancellationToken)
    {
        JsonElement id = default;
        string? method = null;
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
            var root = body.RootElement;
            id = root.TryGetProperty("id", out var given) ? given.Clone() : default;
            method = root.TryGetProperty("method", out var m) ? m.GetString() : null;
            var parameters = root.TryGetProperty("params", out var p) ? p.Clone() : default;
            if (method is null || !method.StartsWith(prefix, StringComparison.Ordinal))
            {
                return Error(id, -32601, "DSC-0021");
            }

            var services = context.RequestServices;
            if (await services.GetRequiredService<SessionCheck>().ErrorAsync(context.Request, cancellationToken) is { } sessionError)
            {
                return Failure(id, exceptionName, sessionError, "session or application key rejected");
            }

            var operation = method[prefix.Length..];
            if (exceptionName != AccountException && operation == "placeOrders")
            {
                // In play, Betfair holds an order for the market's bet delay before it is matched (outside the gate).
                await services.GetRequiredService<InPlayBetDelay>().HoldAsync(parameters, cancellationToken);
            }

            using var entered = await services.GetRequiredService<WorldGate>().EnterAsync(cancellationToken);
            var result = exceptionName == AccountException
                ? await AccountOperations.DispatchAsync(operation, new RpcParameters(parameters), services, cancellationToken)
                : await BettingOperations.DispatchAsync(operation, new RpcParameters(parameters), services, cancellationToken);
            return result is null ? Error(id, -32601, "DSC-0021") : TypedResults.Json(new JsonRpcResponse<object> { Result = result, Id = IdOf(id) }, BetfairJson.Options);
        }
        catch (JsonException) when (method is null)
        {
            return Error(id, -32700, "DSC-0008");
        }
        catch (JsonException exception)
        {
            // Stable codes out, the detail only in the log (issue 22): .NET's text names types and paths.
            Log(context).LogWarning(exception, "{Method}: parameters rejected", method);
            return Error(id, -32602, "DSC-0018");
        }
        catch (MandatoryParameterMissingException)
        {
            // Betfair's MandatoryNotDefined: the same JSON-RPC error as params that cannot be read.
            return Error(id, -32602, "DSC-0018");
        }
        catch (ExchangeFaultException fault)
        {
            return Failure(id, exceptionName, fault.ErrorCode, fault.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log(context).LogError(exception, "{Method} failed unexpectedly", method);
            return Failure(id, exceptionName, ApingErrorCodes.UnexpectedError, "An unexpected internal error occurred.");
        }
    }

    private static ILogger Log(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(JsonRpcApi).FullName!);

    private static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<JsonRpcResponse<object>> Failure(JsonElement id, string exceptionName, string errorCode, string details)
    {
        var exception = new ApingExceptionDetail(errorCode, details) { RequestUuid = Guid.NewGuid().ToString() };
        var data = exceptionName == AccountException
            ? new JsonRpcErrorData { ExceptionName = exceptionName, AccountApingException = exception }
            : new JsonRpcErrorData { ExceptionName = exceptionName, ApingException = exception };
        return TypedResults.Json(new JsonRpcResponse<object> { Error = new JsonRpcError(-32099, "ANGX-0002", data), Id = IdOf(id) }, BetfairJson.Options);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<JsonRpcResponse<object>> Error(JsonElement id, int code, string message) =>
        TypedResults.Json(new JsonRpcResponse<object> { Error = new JsonRpcError(code, message), Id = IdOf(id) }, BetfairJson.Options);

    /// <summary>The request's id echoed as sent (a number of any size or a string); null when it had none.</summary>
    private static JsonElement? IdOf(JsonElement id) => id.ValueKind is JsonValueKind.Number or JsonValueKind.String ? id : null;
}
