namespace Statistico.Messaging.Tests.Sagas;

/// <summary>Takes from an open wallet: changes a column.</summary>
public sealed record WalletDebited(Guid WalletId, long Amount);
