using System.Collections.Concurrent;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>The sagas whose timeout reached them.</summary>
public sealed class DeadlineJournal
{
    private readonly ConcurrentQueue<Guid> expired = new();

    public IReadOnlyCollection<Guid> Expired => expired;

    public void Record(Guid correlationId) => expired.Enqueue(correlationId);
}
