using MassTransit;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>
/// A second consumer of <see cref="ChainWork"/> on the same queue, which always succeeds: when its sibling fails,
/// the whole message comes back, and only the inbox keeps this one from running again.
/// </summary>
public sealed class ChainWitness(WitnessJournal journal) : IConsumer<ChainWork>
{
    public Task Consume(ConsumeContext<ChainWork> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        journal.Ran(context.Message.Id);
        return Task.CompletedTask;
    }
}
