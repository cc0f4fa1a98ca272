namespace Statistico.Betfair;

/// <summary>The request itself is wrong (INVALID_INPUT_DATA, TOO_MUCH_DATA, REQUEST_SIZE_EXCEEDS_LIMIT, bad JSON-RPC): do not retry.</summary>
public sealed class BetfairInvalidRequestException : BetfairApiException
{
    public BetfairInvalidRequestException()
    {
    }

    public BetfairInvalidRequestException(string message)
        : base(message)
    {
    }

    public BetfairInvalidRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BetfairInvalidRequestException(string method, Api.JsonRpcError error)
        : base(method, error)
    {
    }
}
