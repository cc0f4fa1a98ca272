namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>Moves a saga's deadline: it schedules its timeout again, from now.</summary>
public sealed record DeadlineExtended(Guid CorrelationId);
