using MassTransit;

namespace Statistico.Messaging.Tests;

/// <summary>Refuses the probe called "poison" every time; takes every other.</summary>
public sealed class PickyConsumer(ConsumerJournal journal) : IConsumer<Probe>
{
    public Task Consume(ConsumeContext<Probe> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        journal.Attempted(context.Message.Name);
        if (context.Message.Name == "poison")
        {
            throw new InvalidOperationException($"The probe '{context.Message.Name}' is unacceptable");
        }

        journal.Succeeded(context.Message.Name);
        return Task.CompletedTask;
    }
}
