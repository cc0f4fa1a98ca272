namespace Statistico.Messaging.Tests.Sagas;

/// <summary>The wallet's answer to <see cref="WalletBalanceRequested"/>.</summary>
public sealed record WalletBalanceQuoted(Guid WalletId, Guid RequestId, long Balance);
