namespace Statistico.OddsWarehouse.Ingestion;

/// <summary>The rows of one message, under the id that recognises its redeliveries.</summary>
internal sealed record IncomingBatch(Guid BatchId, IReadOnlyList<PriceRow> Rows);
