namespace Statistico.Messaging.Tests.Sagas;

/// <summary>Published with every credit and debit; it reaches a consumer only after the change committed.</summary>
public sealed record WalletBalanceChanged(Guid WalletId, long Balance);
