namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>A reminder as its consumer saw it, with what the scheduler added to the envelope.</summary>
public sealed record DeliveredReminder(Guid Id, Guid? MessageId, Guid? SchedulingTokenId, string? Tag, DateTime ReceivedUtc);
