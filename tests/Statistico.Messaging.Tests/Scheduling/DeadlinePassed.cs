namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>The saga's timeout message, sent later by the scheduler.</summary>
public sealed record DeadlinePassed(Guid CorrelationId);
