using System.Collections.Concurrent;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>Every time <see cref="ChainWitness"/> ran, by work id.</summary>
public sealed class WitnessJournal
{
    private readonly ConcurrentQueue<Guid> runs = new();

    public void Ran(Guid id) => runs.Enqueue(id);

    public int CountOf(Guid id) => runs.Count(r => r == id);
}
