namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>Work that fails on every delivery before its <paramref name="SucceedsAtRedelivery"/>-th redelivery.</summary>
public sealed record ChainWork(Guid Id, int SucceedsAtRedelivery);
