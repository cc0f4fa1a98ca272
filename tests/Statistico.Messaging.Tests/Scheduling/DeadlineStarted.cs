namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>Starts a deadline saga.</summary>
public sealed record DeadlineStarted(Guid CorrelationId);
