namespace Statistico.OddsWarehouse.Queries;

/// <summary>Which runner's history, over which period, and how coarse.</summary>
/// <param name="FixtureId">The fixture.</param>
/// <param name="MarketType">Betfair market type code.</param>
/// <param name="Selection">Selection name.</param>
/// <param name="Handicap">Handicap or line; 0 when none.</param>
/// <param name="Source">The source.</param>
/// <param name="From">Earliest observation time, inclusive.</param>
/// <param name="To">Latest observation time, inclusive.</param>
/// <param name="Interval">When set, only the last observation of each interval (buckets aligned to 2000-01-01 UTC).</param>
/// <param name="Limit">Most points returned (the earliest first).</param>
public sealed record HistoryRequest(
    Guid FixtureId,
    string MarketType,
    string Selection,
    decimal Handicap,
    string Source,
    DateTimeOffset From,
    DateTimeOffset To,
    TimeSpan? Interval,
    int Limit);
