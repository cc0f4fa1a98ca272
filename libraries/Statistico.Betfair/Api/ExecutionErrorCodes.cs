namespace Statistico.Betfair.Api;

/// <summary>Execution-report error codes of placeOrders/cancelOrders used by Statistico.</summary>
public static class ExecutionErrorCodes
{
    public const string BetActionError = "BET_ACTION_ERROR";
    public const string InsufficientFunds = "INSUFFICIENT_FUNDS";
    public const string MarketSuspended = "MARKET_SUSPENDED";
    public const string MarketNotOpenForBetting = "MARKET_NOT_OPEN_FOR_BETTING";
    public const string DuplicateTransaction = "DUPLICATE_TRANSACTION";
    public const string InvalidOrder = "INVALID_ORDER";
    public const string InvalidMarketId = "INVALID_MARKET_ID";
    public const string TooManyInstructions = "TOO_MANY_INSTRUCTIONS";
    public const string ProcessedWithErrors = "PROCESSED_WITH_ERRORS";
}
