using System.Collections.Concurrent;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>The sagas whose timeout reached them.</summary>
public sealed class DeadlineJournal
{
    private readonly ConcurrentQueue<(Guid CorrelationId, DateTime AtUtc)> expired = new();

    public IReadOnlyCollection<Guid> Expired => [.. expired.Select(e => e.CorrelationId)];

    public DateTime ExpiredAt(Guid correlationId) => expired.Single(e => e.CorrelationId == correlationId).AtUtc;

    public void Record(Guid correlationId) => expired.Enqueue((correlationId, DateTime.UtcNow));
}
