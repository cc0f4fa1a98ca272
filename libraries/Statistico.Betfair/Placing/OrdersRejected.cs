namespace Statistico.Betfair;

/// <summary>
/// The exchange refused the call and no order of it exists: <see cref="ErrorCode"/> is its execution or APING code,
/// <see cref="Instructions"/> the instruction codes it gave (e.g. INVALID_ODDS under BET_ACTION_ERROR).
/// </summary>
public sealed record OrdersRejected(string MarketId, string CustomerRef, string ErrorCode, IReadOnlyList<RefusedInstruction> Instructions)
    : PlaceOutcome(MarketId, CustomerRef);
