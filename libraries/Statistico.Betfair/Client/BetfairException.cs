namespace Statistico.Betfair;

/// <summary>Base of every error the Betfair client raises; <see cref="ErrorCode"/> is Betfair's code when there is one.</summary>
public class BetfairException : Exception
{
    public BetfairException()
    {
    }

    public BetfairException(string message)
        : base(message)
    {
    }

    public BetfairException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BetfairException(string? errorCode, string message, Exception? innerException = null)
        : base(message, innerException) => ErrorCode = errorCode;

    public string? ErrorCode { get; }
}
