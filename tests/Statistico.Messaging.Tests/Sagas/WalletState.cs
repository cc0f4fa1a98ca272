using MassTransit;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>A money-like saga: a balance that events credit, debit, or only read to decide what to publish.</summary>
public sealed class WalletState : SagaStateMachineInstance
{
    public Guid CorrelationId { get; set; }

    public string CurrentState { get; set; } = string.Empty;

    public long Balance { get; set; }
}
