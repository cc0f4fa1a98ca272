using MassTransit;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>A saga with a deadline, like a trade waiting to be matched before kick-off.</summary>
public sealed class DeadlineState : SagaStateMachineInstance
{
    public Guid CorrelationId { get; set; }

    public string CurrentState { get; set; } = string.Empty;

    /// <summary>The token of the pending timeout; MassTransit's <c>Schedule</c> keeps it to cancel or match it.</summary>
    public Guid? DeadlineTokenId { get; set; }
}
