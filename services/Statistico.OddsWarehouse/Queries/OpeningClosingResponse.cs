namespace Statistico.OddsWarehouse.Queries;

/// <summary>Opening and closing prices of one market, per source and runner.</summary>
/// <param name="FixtureId">The fixture.</param>
/// <param name="MarketType">Betfair market type code.</param>
/// <param name="KickOff">The kick-off the closing prices are measured against; null when no fixture event told it yet.</param>
/// <param name="Prices">One entry per source and runner.</param>
public sealed record OpeningClosingResponse(Guid FixtureId, string MarketType, DateTimeOffset? KickOff, IReadOnlyList<OpeningClosingPrice> Prices);
