using System.Collections.Concurrent;
using MassTransit;

namespace Statistico.Messaging.Tests.Outbox;

/// <summary>
/// Every <see cref="EntryRecorded"/> that reaches a host WITHOUT an inbox, counted per message id: the only way to
/// see a duplicate the relay sent (an inbox would hide it).
/// </summary>
public sealed class RawDeliveries : IConsumer<EntryRecorded>
{
    private static readonly ConcurrentDictionary<Guid, int> Counts = new();

    public static int Of(Guid entryId) => Counts.GetValueOrDefault(entryId);

    public Task Consume(ConsumeContext<EntryRecorded> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Counts.AddOrUpdate(context.Message.EntryId, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }
}
