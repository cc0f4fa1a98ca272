namespace Statistico.OddsWarehouse.Retention;

/// <summary>How long prices are kept, bound from the <c>Retention</c> section (ADR 0300).</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>
    /// Raw ticks are kept at least this long. A whole month partition is down-sampled and dropped once its last
    /// instant is older than this, so ticks live up to a month longer.
    /// </summary>
    public TimeSpan RawTicks { get; set; } = TimeSpan.FromDays(90);

    /// <summary>The down-sampled series keeps the last tick of each interval (plus each runner's opening and closing tick).</summary>
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Down-sampled ticks older than this are deleted.</summary>
    public TimeSpan DownSampled { get; set; } = TimeSpan.FromDays(3 * 365);

    /// <summary>Batch ids are remembered this long: a redelivery later than this would be stored again.</summary>
    public TimeSpan ReceivedBatches { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromHours(1);
}
