namespace Statistico.Messaging.Outbox;

/// <summary>
/// One received message per consumer: whether it was consumed and whether its outgoing messages were delivered.
/// The row is locked (<c>FOR UPDATE</c>) while the message is processed, so a redelivery waits and then sees it done.
/// </summary>
public sealed class InboxState
{
    public long Id { get; set; }

    public Guid MessageId { get; set; }

    /// <summary>MassTransit's stable id of the consumer (or saga) on the endpoint.</summary>
    public Guid ConsumerId { get; set; }

    public Guid LockId { get; set; }

    public DateTime Received { get; set; }

    public int ReceiveCount { get; set; }

    public DateTime? ExpirationTime { get; set; }

    public DateTime? Consumed { get; set; }

    public DateTime? Delivered { get; set; }

    public long? LastSequenceNumber { get; set; }

    /// <summary>Postgres row version (<c>xmin</c>): a concurrent writer fails instead of overwriting.</summary>
    public uint Version { get; set; }
}
