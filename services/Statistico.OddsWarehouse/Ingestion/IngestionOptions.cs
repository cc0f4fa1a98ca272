namespace Statistico.OddsWarehouse.Ingestion;

/// <summary>How the batch consumers gather messages, bound from the <c>Ingestion</c> section (ADR 0302).</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Most messages in one batch (one transaction, one COPY).</summary>
    public int MessageLimit { get; set; } = 200;

    /// <summary>
    /// How long a batch waits to fill after its first message before it is written anyway. Each transaction has a
    /// fixed cost (four round trips and a WAL flush), so fuller batches are cheaper per price; the Trader reads prices
    /// from the messages, not from here, so half a second of storage latency costs nothing (ADR 0302).
    /// </summary>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Batches written at once per endpoint (each on its own connection).</summary>
    public int ConcurrencyLimit { get; set; } = 2;

    /// <summary>Messages the broker may push ahead: enough to fill every concurrent batch, and one more batch.</summary>
    public int PrefetchCount => MessageLimit * (ConcurrencyLimit + 1);
}
