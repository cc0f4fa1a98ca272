using MassTransit;

namespace Statistico.Messaging.Benchmarks;

/// <summary>A saga with four transitions, like a trade's signalled → placed → matched → settled.</summary>
public sealed class BenchState : SagaStateMachineInstance
{
    public Guid CorrelationId { get; set; }

    public string CurrentState { get; set; } = string.Empty;

    public int Transitions { get; set; }
}
