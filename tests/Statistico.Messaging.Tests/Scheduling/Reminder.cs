namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>A message sent later through the scheduler.</summary>
public sealed record Reminder(Guid Id, string Text);
