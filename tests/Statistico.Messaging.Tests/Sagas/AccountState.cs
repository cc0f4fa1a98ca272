using MassTransit;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>
/// A saga whose row needs a holder (NOT NULL) that only its first activity sets: the instance MassTransit inserts
/// up front for InsertOnInitial has none, so that insert breaks a constraint other than the primary key.
/// </summary>
public sealed class AccountState : SagaStateMachineInstance
{
    public Guid CorrelationId { get; set; }

    public string CurrentState { get; set; } = string.Empty;

    public string? Holder { get; set; }
}
