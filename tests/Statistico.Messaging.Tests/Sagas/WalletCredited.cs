namespace Statistico.Messaging.Tests.Sagas;

/// <summary>Adds to a wallet; opens it when it does not exist yet (inserted at once: the saga's InsertOnInitial).</summary>
public sealed record WalletCredited(Guid WalletId, long Amount);
