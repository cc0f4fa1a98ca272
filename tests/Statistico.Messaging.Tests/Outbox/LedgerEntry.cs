namespace Statistico.Messaging.Tests.Outbox;

/// <summary>A consumer's side effect in its own database.</summary>
public sealed class LedgerEntry
{
    public Guid EntryId { get; set; }

    public decimal Amount { get; set; }
}
