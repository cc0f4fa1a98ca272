namespace Statistico.OddsWarehouse.Queries;

/// <summary>The first price a source showed for a runner, and its last before kick-off.</summary>
/// <param name="Source">The source.</param>
/// <param name="Selection">Selection name.</param>
/// <param name="Handicap">Handicap or line; 0 when none.</param>
/// <param name="Opening">The first observation.</param>
/// <param name="Closing">The last observation strictly before kick-off; null while the kick-off is unknown or nothing was seen before it.</param>
public sealed record OpeningClosingPrice(string Source, string Selection, decimal Handicap, PriceObservation Opening, PriceObservation? Closing);
