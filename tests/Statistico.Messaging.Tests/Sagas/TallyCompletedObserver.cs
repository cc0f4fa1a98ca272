using MassTransit;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>Counts completions downstream of the saga.</summary>
public sealed class TallyCompletedObserver(CompletionJournal journal) : IConsumer<TallyCompleted>
{
    public Task Consume(ConsumeContext<TallyCompleted> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        journal.Completed(context.Message.TallyId);
        return Task.CompletedTask;
    }
}
