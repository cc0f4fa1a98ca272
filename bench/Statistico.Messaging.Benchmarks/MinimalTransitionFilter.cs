using MassTransit;

namespace Statistico.Messaging.Benchmarks;

/// <summary>
/// Runs <see cref="MinimalDurableSql.TransitionAsync"/> for every saga event before the in-memory saga consumes it.
/// Before, not after: the in-memory outbox releases the transition's publish when the saga is done, so the next event
/// can only arrive once this transition's row committed, as with a durable repository. The row written is the state
/// <see cref="BenchStateMachine"/> moves to, worked out from the event (the state machine is deterministic).
/// </summary>
internal sealed class MinimalTransitionFilter(MinimalDurableSql sql) : IFilter<ConsumeContext>
{
    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        if (Transition(context) is { } transition)
        {
            await sql.TransitionAsync(
                context.MessageId ?? NewId.NextGuid(),
                transition.SagaId,
                transition.State,
                transition.Transitions,
                transition.Publishes,
                context.ReceiveContext.Body.GetString(), // an envelope of the size the transition publishes
                context.CancellationToken);
        }

        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("minimalDurableTransition");

    private static (Guid SagaId, string State, int Transitions, string Publishes)? Transition(ConsumeContext context)
    {
        if (context.TryGetMessage<BenchStarted>(out var started))
        {
            return (started.Message.Id, "Running", 1, MessageUrn.ForTypeString<BenchAdvanced>());
        }

        if (context.TryGetMessage<BenchAdvanced>(out var advanced))
        {
            var last = advanced.Message.Step == 3;
            return (advanced.Message.Id, last ? "Finished" : "Running", advanced.Message.Step + 1,
                last ? MessageUrn.ForTypeString<BenchFinished>() : MessageUrn.ForTypeString<BenchAdvanced>());
        }

        return null; // BenchFinished, consumed by the plain counting consumer
    }
}
