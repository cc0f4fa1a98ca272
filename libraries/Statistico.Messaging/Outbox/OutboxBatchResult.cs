namespace Statistico.Messaging.Outbox;

/// <summary>One relay batch: rows claimed, rows the broker confirmed, and the failure that looked like the broker's own.</summary>
internal sealed record OutboxBatchResult(int Claimed, int Sent, Exception? BrokerTrouble)
{
    public static OutboxBatchResult Empty { get; } = new(0, 0, null);
}
