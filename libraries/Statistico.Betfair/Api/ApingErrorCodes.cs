namespace Statistico.Betfair.Api;

/// <summary>API-NG operation error codes (APINGException.errorCode).</summary>
public static class ApingErrorCodes
{
    public const string TooMuchData = "TOO_MUCH_DATA";
    public const string InvalidInputData = "INVALID_INPUT_DATA";
    public const string InvalidSessionInformation = "INVALID_SESSION_INFORMATION";
    public const string NoAppKey = "NO_APP_KEY";
    public const string NoSession = "NO_SESSION";
    public const string UnexpectedError = "UNEXPECTED_ERROR";
    public const string InvalidAppKey = "INVALID_APP_KEY";
    public const string TooManyRequests = "TOO_MANY_REQUESTS";
    public const string ServiceBusy = "SERVICE_BUSY";
    public const string TimeoutError = "TIMEOUT_ERROR";
    public const string RequestSizeExceedsLimit = "REQUEST_SIZE_EXCEEDS_LIMIT";
    public const string AccessDenied = "ACCESS_DENIED";
}
