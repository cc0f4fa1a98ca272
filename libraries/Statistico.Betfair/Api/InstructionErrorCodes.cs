namespace Statistico.Betfair.Api;

/// <summary>Instruction-report error codes used by Statistico.</summary>
public static class InstructionErrorCodes
{
    public const string InvalidBetSize = "INVALID_BET_SIZE";
    public const string InvalidRunner = "INVALID_RUNNER";
    public const string BetTakenOrLapsed = "BET_TAKEN_OR_LAPSED";
    public const string MarketNotOpenForBetting = "MARKET_NOT_OPEN_FOR_BETTING";
    public const string InvalidOdds = "INVALID_ODDS";
    public const string InsufficientFunds = "INSUFFICIENT_FUNDS";
    public const string InvalidPersistenceType = "INVALID_PERSISTENCE_TYPE";
    public const string InvalidBetId = "INVALID_BET_ID";
    public const string ErrorInOrder = "ERROR_IN_ORDER";
    public const string InvalidOrderType = "INVALID_ORDER_TYPE";
    public const string InvalidCustomerOrderRef = "INVALID_CUSTOMER_ORDER_REF";
    public const string InvalidCustomerStrategyRef = "INVALID_CUSTOMER_STRATEGY_REF";
    public const string RelatedActionFailed = "RELATED_ACTION_FAILED";
}
