namespace Statistico.Contracts.Odds;

/// <summary>What a source showed for one selection of a market.</summary>
/// <param name="Selection">Selection name in Betfair's vocabulary, e.g. <c>HOME</c>.</param>
/// <param name="Back">Best back offers, best first (up to three).</param>
/// <param name="Lay">Best lay offers, best first (up to three).</param>
public sealed record ObservedRunner(string Selection, IReadOnlyList<PriceSize> Back, IReadOnlyList<PriceSize> Lay)
{
    /// <summary>The exchange's runner id (selection id), when the source has one.</summary>
    public long? RunnerId { get; init; }

    /// <summary>Last traded price, when the source reports one.</summary>
    public decimal? LastTradedPrice { get; init; }

    /// <summary>Handicap of the runner (Asian handicap markets).</summary>
    public decimal? Handicap { get; init; }
}
