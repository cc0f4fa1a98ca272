using MassTransit;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>
/// Credits open the wallet (inserted at once, so two first credits race on the primary key), debits change the
/// balance, balance requests only read it and publish a quote. Each event records its attempt and passes through
/// <see cref="WalletStepHook"/> before acting.
/// </summary>
public sealed class WalletStateMachine : MassTransitStateMachine<WalletState>
{
    public WalletStateMachine()
    {
        InstanceState(x => x.CurrentState);
        Event(() => Credited, e =>
        {
            e.CorrelateById(context => context.Message.WalletId);
            e.InsertOnInitial = true;
        });
        Event(() => Debited, e => e.CorrelateById(context => context.Message.WalletId));
        Event(() => BalanceRequested, e => e.CorrelateById(context => context.Message.WalletId));

        Initially(When(Credited).ThenAsync(Credit).Publish(context => Changed(context.Saga)).TransitionTo(Open));
        During(Open,
            When(Credited).ThenAsync(Credit).Publish(context => Changed(context.Saga)),
            When(Debited).ThenAsync(Debit).Publish(context => Changed(context.Saga)),
            When(BalanceRequested).ThenAsync(BeforeAsync)
                .Publish(context => new WalletBalanceQuoted(context.Saga.CorrelationId, context.Message.RequestId, context.Saga.Balance)));
    }

    public State Open { get; private set; } = null!;

    public Event<WalletCredited> Credited { get; private set; } = null!;

    public Event<WalletDebited> Debited { get; private set; } = null!;

    public Event<WalletBalanceRequested> BalanceRequested { get; private set; } = null!;

    private static WalletBalanceChanged Changed(WalletState saga) => new(saga.CorrelationId, saga.Balance);

    private static async Task Credit(BehaviorContext<WalletState, WalletCredited> context)
    {
        await BeforeAsync(context);
        context.Saga.Balance += context.Message.Amount;
    }

    private static async Task Debit(BehaviorContext<WalletState, WalletDebited> context)
    {
        await BeforeAsync(context);
        context.Saga.Balance -= context.Message.Amount;
    }

    private static Task BeforeAsync<T>(BehaviorContext<WalletState, T> context)
        where T : class
    {
        var attempt = context.GetRetryAttempt();
        context.GetServiceOrCreateInstance<WalletJournal>().Attempted(context.Message, attempt);
        return context.GetServiceOrCreateInstance<WalletStepHook>().Before(context.Message, attempt);
    }
}
