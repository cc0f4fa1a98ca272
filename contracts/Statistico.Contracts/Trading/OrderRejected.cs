namespace Statistico.Contracts.Trading;

/// <summary>The exchange (or the risk check) refused an order.</summary>
/// <param name="TradeId">The trade the order belongs to.</param>
/// <param name="ErrorCode">The exchange's error code, e.g. Betfair's <c>INSUFFICIENT_FUNDS</c>.</param>
/// <param name="RejectedAt">When it was refused (UTC).</param>
public sealed record OrderRejected(Guid TradeId, string ErrorCode, DateTimeOffset RejectedAt)
{
    /// <summary>Human-readable detail, when any.</summary>
    public string? Detail { get; init; }
}
