namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>Work that fails until its message has been redelivered once.</summary>
public sealed record FlakyWork(Guid Id);
