using MassTransit;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>Inserts the account on its first event (InsertOnInitial), then names the holder.</summary>
public sealed class AccountStateMachine : MassTransitStateMachine<AccountState>
{
    public AccountStateMachine()
    {
        InstanceState(x => x.CurrentState);
        Event(() => Opened, e =>
        {
            e.CorrelateById(context => context.Message.AccountId);
            e.InsertOnInitial = true;
        });

        Initially(When(Opened).Then(context => context.Saga.Holder = context.Message.Holder).TransitionTo(Open));
    }

    public State Open { get; private set; } = null!;

    public Event<AccountOpened> Opened { get; private set; } = null!;
}
