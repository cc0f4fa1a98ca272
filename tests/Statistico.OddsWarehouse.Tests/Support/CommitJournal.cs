using System.Collections.Concurrent;
using Statistico.OddsWarehouse.Ingestion;

namespace Statistico.OddsWarehouse.Tests.Support;

/// <summary>Records every committed write; optionally acts right after a commit, before the acknowledgement.</summary>
internal sealed class CommitJournal : IPriceBatchObserver
{
    private readonly ConcurrentQueue<WriteOutcome> outcomes = new();

    /// <summary>Runs once after the first commit that stored a batch.</summary>
    public Action? AfterFirstStore { get; set; }

    public int TimesStored(Guid batchId) => outcomes.Count(o => o.Stored.Contains(batchId));

    public int TimesSkipped(Guid batchId) => outcomes.Count(o => o.Skipped.Contains(batchId));

    public ValueTask CommittedAsync(WriteOutcome outcome, CancellationToken cancellationToken)
    {
        outcomes.Enqueue(outcome);
        if (outcome.Stored.Count > 0 && AfterFirstStore is { } action)
        {
            AfterFirstStore = null;
            action();
        }

        return ValueTask.CompletedTask;
    }
}
