namespace Statistico.Messaging.Tests.Outbox;

/// <summary>Command: write an entry to the ledger.</summary>
public sealed record RecordEntry(Guid EntryId, decimal Amount);
