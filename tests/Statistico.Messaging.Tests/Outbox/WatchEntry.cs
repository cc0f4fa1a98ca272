namespace Statistico.Messaging.Tests.Outbox;

/// <summary>Command: write an entry, and have the consumer's first <paramref name="FailAttempts"/> attempts fail after queuing their after-commit work.</summary>
public sealed record WatchEntry(Guid EntryId, int FailAttempts);
