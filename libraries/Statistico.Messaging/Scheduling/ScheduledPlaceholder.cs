namespace Statistico.Messaging.Scheduling;

/// <summary>
/// What the job hands to <c>Send</c>; never on the wire, because <see cref="ScheduledDeliveryPipe"/> replaces the
/// serializer with one that writes the stored envelope.
/// </summary>
public sealed class ScheduledPlaceholder;
