namespace Statistico.Messaging.Tests.Outbox;

/// <summary>Event: the ledger has the entry.</summary>
public sealed record EntryRecorded(Guid EntryId, decimal Amount);
