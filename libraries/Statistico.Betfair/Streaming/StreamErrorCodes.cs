namespace Statistico.Betfair.Streaming;

/// <summary>The <c>errorCode</c>s of a FAILURE status (Betfair's ESA schema).</summary>
public static class StreamErrorCodes
{
    public const string NoAppKey = "NO_APP_KEY";
    public const string InvalidAppKey = "INVALID_APP_KEY";
    public const string NoSession = "NO_SESSION";
    public const string InvalidSessionInformation = "INVALID_SESSION_INFORMATION";
    public const string NotAuthorized = "NOT_AUTHORIZED";
    public const string InvalidInput = "INVALID_INPUT";
    public const string InvalidClock = "INVALID_CLOCK";
    public const string UnexpectedError = "UNEXPECTED_ERROR";
    public const string Timeout = "TIMEOUT";
    public const string SubscriptionLimitExceeded = "SUBSCRIPTION_LIMIT_EXCEEDED";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string MaxConnectionLimitExceeded = "MAX_CONNECTION_LIMIT_EXCEEDED";
}
