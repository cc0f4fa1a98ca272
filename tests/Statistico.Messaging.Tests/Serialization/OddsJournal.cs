using System.Collections.Concurrent;

namespace Statistico.Messaging.Tests.Serialization;

/// <summary>What <see cref="OddsRecorder"/> received, in arrival order.</summary>
public sealed class OddsJournal
{
    private readonly ConcurrentQueue<ReceivedOdds> received = new();

    public IReadOnlyList<ReceivedOdds> Received => [.. received];

    public void Add(ReceivedOdds odds) => received.Enqueue(odds);

    public ReceivedOdds? Batch(Guid batchId) => received.FirstOrDefault(r => r.Message.BatchId == batchId);
}
