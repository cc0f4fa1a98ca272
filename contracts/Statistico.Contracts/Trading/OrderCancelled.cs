namespace Statistico.Contracts.Trading;

/// <summary>The exchange confirmed a cancellation.</summary>
/// <param name="TradeId">The trade the order belongs to.</param>
/// <param name="BetId">The exchange's bet id.</param>
/// <param name="SizeCancelled">Size cancelled.</param>
/// <param name="CancelledAt">When it was cancelled (UTC).</param>
public sealed record OrderCancelled(Guid TradeId, string BetId, decimal SizeCancelled, DateTimeOffset CancelledAt);
