namespace Statistico.OddsWarehouse.Data;

/// <summary>A batch whose prices are stored; a redelivered batch with the same id is skipped.</summary>
public sealed class ReceivedBatch
{
    public Guid BatchId { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
