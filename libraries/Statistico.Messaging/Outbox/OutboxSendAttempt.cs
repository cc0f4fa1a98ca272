namespace Statistico.Messaging.Outbox;

/// <summary>One row the relay tried to send, and why it failed (null when the broker confirmed it).</summary>
internal sealed record OutboxSendAttempt(OutboxMessage Message, Exception? Failure);
