using System.Collections.Concurrent;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>Every run of the recurring test job: which firing, and which node ran it.</summary>
public sealed class PollingJournal
{
    private readonly ConcurrentQueue<(DateTimeOffset Scheduled, string Instance)> runs = new();

    public IReadOnlyCollection<(DateTimeOffset Scheduled, string Instance)> Runs => runs;

    public void Record(DateTimeOffset scheduled, string instance) => runs.Enqueue((scheduled, instance));
}
