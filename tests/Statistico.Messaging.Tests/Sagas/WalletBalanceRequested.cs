namespace Statistico.Messaging.Tests.Sagas;

/// <summary>
/// Asks an open wallet for its balance: the saga reads its state and publishes a decision, changing no column, as a
/// trade saga does when it sends a command based on what it knows.
/// </summary>
public sealed record WalletBalanceRequested(Guid WalletId, Guid RequestId);
