namespace Statistico.OddsWarehouse.Ingestion;

/// <summary>
/// Told after each write commits, before the messages are acknowledged: for metrics, and for tests that need to
/// act exactly between the commit and the acknowledgement (a lost ack makes the broker redeliver).
/// </summary>
internal interface IPriceBatchObserver
{
    ValueTask CommittedAsync(WriteOutcome outcome, CancellationToken cancellationToken);
}
