using MassTransit;

namespace Statistico.Messaging.Benchmarks;

/// <summary>
/// Four transitions per instance, each one publishing the next step (as a trade saga sends a command per
/// transition): Started → Advanced(1) → Advanced(2) → Advanced(3) → publishes <see cref="BenchFinished"/>.
/// </summary>
public sealed class BenchStateMachine : MassTransitStateMachine<BenchState>
{
    public BenchStateMachine()
    {
        InstanceState(x => x.CurrentState);
        Event(() => Started, e => e.CorrelateById(c => c.Message.Id));
        Event(() => Advanced, e => e.CorrelateById(c => c.Message.Id));

        Initially(When(Started)
            .Then(c => c.Saga.Transitions++)
            .Publish(c => new BenchAdvanced(c.Saga.CorrelationId, 1))
            .TransitionTo(Running));
        During(Running,
            When(Advanced)
                .Then(c => c.Saga.Transitions++)
                .IfElse(c => c.Message.Step == 3,
                    done => done.Publish(c => new BenchFinished(c.Saga.CorrelationId)).TransitionTo(Finished),
                    next => next.Publish(c => new BenchAdvanced(c.Saga.CorrelationId, c.Message.Step + 1))));
    }

    public State Running { get; private set; } = null!;

    public State Finished { get; private set; } = null!;

    public Event<BenchStarted> Started { get; private set; } = null!;

    public Event<BenchAdvanced> Advanced { get; private set; } = null!;
}
