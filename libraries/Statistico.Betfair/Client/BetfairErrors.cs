using Statistico.Betfair.Api;

namespace Statistico.Betfair;

/// <summary>Maps a JSON-RPC error to the exception type that says what the caller should do about it.</summary>
internal static class BetfairErrors
{
    public static BetfairApiException ToException(string method, JsonRpcError error) =>
        (error.Data?.Exception?.ErrorCode, error.Code) switch
        {
            (ApingErrorCodes.InvalidSessionInformation or ApingErrorCodes.NoSession or ApingErrorCodes.NoAppKey or ApingErrorCodes.InvalidAppKey, _)
                => new BetfairSessionException(method, error),
            (ApingErrorCodes.TooManyRequests or ApingErrorCodes.ServiceBusy or ApingErrorCodes.TimeoutError, _)
                => new BetfairThrottledException(method, error),
            (ApingErrorCodes.InvalidInputData or ApingErrorCodes.TooMuchData or ApingErrorCodes.RequestSizeExceedsLimit, _)
                => new BetfairInvalidRequestException(method, error),
            (null, -32700 or -32601 or -32602) => new BetfairInvalidRequestException(method, error),
            _ => new BetfairApiException(method, error),
        };
}
