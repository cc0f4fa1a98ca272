namespace Statistico.Messaging.Outbox;

/// <summary>
/// A batch of messages published outside a consumer (e.g. in an API request) in one database transaction.
/// The relay locks one row at a time (<c>FOR UPDATE SKIP LOCKED</c>), so several replicas share the work.
/// </summary>
public sealed class OutboxState
{
    public Guid OutboxId { get; set; }

    public Guid LockId { get; set; }

    public DateTime Created { get; set; }

    public DateTime? Delivered { get; set; }

    public long? LastSequenceNumber { get; set; }

    public uint Version { get; set; }
}
