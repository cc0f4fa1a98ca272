namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>The work got done in time: the saga cancels its timeout.</summary>
public sealed record DeadlineMet(Guid CorrelationId);
