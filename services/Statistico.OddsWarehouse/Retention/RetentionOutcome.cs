namespace Statistico.OddsWarehouse.Retention;

/// <summary>What one retention pass did.</summary>
/// <param name="DroppedPartitions">Raw month partitions down-sampled and dropped.</param>
/// <param name="DeletedSamples">Down-sampled ticks deleted for age.</param>
/// <param name="ForgottenBatches">Batch ids forgotten for age.</param>
internal sealed record RetentionOutcome(IReadOnlyList<string> DroppedPartitions, int DeletedSamples, int ForgottenBatches)
{
    /// <summary>Another replica held the retention lock; nothing was done.</summary>
    public static RetentionOutcome Busy { get; } = new([], 0, 0);
}
