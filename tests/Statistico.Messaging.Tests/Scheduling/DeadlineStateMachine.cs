using MassTransit;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>
/// Schedules a timeout on start; the timeout expires the saga unless the deadline was met first, which
/// unschedules it, and an extension schedules it again. The way the Trader's trade saga uses <c>Schedule(...)</c>.
/// </summary>
public sealed class DeadlineStateMachine : MassTransitStateMachine<DeadlineState>
{
    public DeadlineStateMachine(DeadlineJournal journal)
    {
        InstanceState(x => x.CurrentState);
        Event(() => Started, e => e.CorrelateById(m => m.Message.CorrelationId));
        Event(() => Met, e => e.CorrelateById(m => m.Message.CorrelationId));
        Event(() => Extended, e => e.CorrelateById(m => m.Message.CorrelationId));
        Schedule(() => Deadline, x => x.DeadlineTokenId, schedule =>
        {
            schedule.Delay = TimeSpan.FromSeconds(5);
            schedule.Received = e => e.CorrelateById(m => m.Message.CorrelationId);
        });

        Initially(When(Started)
            .Schedule(Deadline, context => new DeadlinePassed(context.Saga.CorrelationId))
            .TransitionTo(Waiting));
        During(Waiting,
            When(Met).Unschedule(Deadline).TransitionTo(Done),
            When(Extended).Schedule(Deadline, context => new DeadlinePassed(context.Saga.CorrelationId)),
            When(Deadline!.Received).Then(context => journal.Record(context.Saga.CorrelationId)).TransitionTo(Expired));
    }

    public State? Waiting { get; private set; }

    public State? Done { get; private set; }

    public State? Expired { get; private set; }

    public Event<DeadlineStarted>? Started { get; private set; }

    public Event<DeadlineMet>? Met { get; private set; }

    public Event<DeadlineExtended>? Extended { get; private set; }

    public Schedule<DeadlineState, DeadlinePassed>? Deadline { get; private set; }
}
