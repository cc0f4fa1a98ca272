namespace Statistico.Messaging.Tests.Sagas;

/// <summary>Opens an account for a holder.</summary>
public sealed record AccountOpened(Guid AccountId, string Holder);
