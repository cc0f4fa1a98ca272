namespace Statistico.OddsWarehouse.Queries;

/// <summary>What one source showed for one runner at one instant.</summary>
/// <param name="Source">The source, e.g. <c>betfair</c>, or <c>statistico:{model}</c> for a compiled book.</param>
/// <param name="Selection">Selection name, e.g. <c>HOME</c>.</param>
/// <param name="Handicap">The runner's handicap or the market's line; 0 when none.</param>
/// <param name="ObservedAt">When the source showed it (UTC).</param>
/// <param name="InPlay">Whether the market was in play.</param>
/// <param name="BackPrice">Best back price (a compiled book's price).</param>
/// <param name="BackSize">Money available at the best back price.</param>
/// <param name="LayPrice">Best lay price.</param>
/// <param name="LaySize">Money available at the best lay price.</param>
/// <param name="LastTradedPrice">Last traded price, when the source reports one.</param>
/// <param name="FairPrice">A compiled book's price without margin.</param>
public sealed record PriceObservation(
    string Source,
    string Selection,
    decimal Handicap,
    DateTimeOffset ObservedAt,
    bool InPlay,
    decimal? BackPrice,
    decimal? BackSize,
    decimal? LayPrice,
    decimal? LaySize,
    decimal? LastTradedPrice,
    decimal? FairPrice)
{
    /// <summary>The exchange's second and third best back offers, best first (empty for one-level sources).</summary>
    public IReadOnlyList<Contracts.Odds.PriceSize> BackDepth { get; init; } = [];

    /// <summary>The exchange's second and third best lay offers, best first (empty for one-level sources).</summary>
    public IReadOnlyList<Contracts.Odds.PriceSize> LayDepth { get; init; } = [];
}
