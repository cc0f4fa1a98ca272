using System.Collections.Concurrent;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>Every reminder delivered, by any host of a test.</summary>
public sealed class ReminderJournal
{
    private readonly ConcurrentQueue<DeliveredReminder> delivered = new();

    public IReadOnlyCollection<DeliveredReminder> Delivered => delivered;

    public void Record(DeliveredReminder reminder) => delivered.Enqueue(reminder);

    public int CountOf(Guid id) => delivered.Count(r => r.Id == id);
}
