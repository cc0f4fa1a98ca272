namespace Statistico.Simulator.Exchange;

/// <summary>An operation refused with a Betfair APINGException error code (sent as JSON-RPC error -32099).</summary>
public sealed class ExchangeFaultException : Exception
{
    public ExchangeFaultException()
    {
    }

    public ExchangeFaultException(string message)
        : base(message)
    {
    }

    public ExchangeFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ExchangeFaultException(string errorCode, string details)
        : base(details) => ErrorCode = errorCode;

    public string ErrorCode { get; } = "UNEXPECTED_ERROR";
}
