namespace Statistico.Betfair;

/// <summary>Placing these instructions would pass the configured transactions-per-hour budget; nothing was sent.</summary>
public sealed class BetfairTransactionLimitException : BetfairException
{
    public BetfairTransactionLimitException()
    {
    }

    public BetfairTransactionLimitException(string message)
        : base(message)
    {
    }

    public BetfairTransactionLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
