using MassTransit;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>
/// Saga state that makes lost updates visible: <see cref="Count"/> is read, incremented and written by every step,
/// so two steps applied on the same stale copy would leave it short of the number of distinct steps seen.
/// </summary>
public sealed class TallyState : SagaStateMachineInstance
{
    public Guid CorrelationId { get; set; }

    public string CurrentState { get; set; } = string.Empty;

    /// <summary>One bit per step seen.</summary>
    public int Steps { get; set; }

    /// <summary>Steps applied (a duplicate step is not applied).</summary>
    public int Count { get; set; }
}
