using MassTransit;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>Collects four steps in any order, then publishes <see cref="TallyCompleted"/> once.</summary>
public sealed class TallyStateMachine : MassTransitStateMachine<TallyState>
{
    public const int AllSteps = 0b1111;

    public TallyStateMachine()
    {
        InstanceState(x => x.CurrentState);
        Event(() => Step, e => e.CorrelateById(context => context.Message.TallyId));

        Initially(When(Step).Then(Apply).TransitionTo(Counting));
        During(Counting,
            When(Step).Then(Apply)
                .If(context => context.Saga.Steps == AllSteps, done => done
                    .Publish(context => new TallyCompleted(context.Saga.CorrelationId, context.Saga.Count))
                    .TransitionTo(Complete)));
        During(Complete, Ignore(Step));
    }

    public State Counting { get; private set; } = null!;

    public State Complete { get; private set; } = null!;

    public Event<TallyStep> Step { get; private set; } = null!;

    private static void Apply(BehaviorContext<TallyState, TallyStep> context)
    {
        context.GetServiceOrCreateInstance<TallyRetries>().Ran(context.GetRetryAttempt());
        var bit = 1 << context.Message.Step;
        if ((context.Saga.Steps & bit) != 0)
        {
            return; // a redelivered step changes nothing
        }

        context.Saga.Steps |= bit;
        context.Saga.Count++;
    }
}
