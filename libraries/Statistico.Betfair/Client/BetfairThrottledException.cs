namespace Statistico.Betfair;

/// <summary>The exchange was too busy or rate-limited the call (TOO_MANY_REQUESTS, SERVICE_BUSY, TIMEOUT_ERROR) after retries.</summary>
public sealed class BetfairThrottledException : BetfairApiException
{
    public BetfairThrottledException()
    {
    }

    public BetfairThrottledException(string message)
        : base(message)
    {
    }

    public BetfairThrottledException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BetfairThrottledException(string method, Api.JsonRpcError error)
        : base(method, error)
    {
    }
}
