namespace Statistico.OddsWarehouse.Ingestion;

/// <summary>What one write did.</summary>
/// <param name="Stored">Batches stored now.</param>
/// <param name="Skipped">Batches already stored before (redeliveries, duplicate publishes).</param>
/// <param name="Rows">Price rows copied.</param>
/// <param name="Elapsed">Time from the start of the write to its commit (series, partitions, claim, COPY, commit).</param>
internal sealed record WriteOutcome(IReadOnlyList<Guid> Stored, IReadOnlyList<Guid> Skipped, int Rows, TimeSpan Elapsed);
