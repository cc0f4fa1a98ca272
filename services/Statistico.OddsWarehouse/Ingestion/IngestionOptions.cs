namespace Statistico.OddsWarehouse.Ingestion;

/// <summary>How the batch consumers gather messages, bound from the <c>Ingestion</c> section (ADR 0302).</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Most messages in one batch (one transaction, one COPY).</summary>
    public int MessageLimit { get; set; } = 200;

    /// <summary>How long a batch waits to fill after its first message before it is written anyway.</summary>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Batches written at once per endpoint (each on its own connection).</summary>
    public int ConcurrencyLimit { get; set; } = 2;

    /// <summary>Messages the broker may push ahead: enough to fill every concurrent batch, and one more batch.</summary>
    public int PrefetchCount => MessageLimit * (ConcurrencyLimit + 1);
}
