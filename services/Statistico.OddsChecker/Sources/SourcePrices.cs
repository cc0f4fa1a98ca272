using Statistico.Contracts.Odds;

namespace Statistico.OddsChecker.Sources;

/// <summary>What a source shows for one market right now.</summary>
/// <param name="Market">The market.</param>
/// <param name="InPlay">Whether the market is in play.</param>
/// <param name="Status">The market's state at the source: <see cref="MarketStatuses"/>.</param>
/// <param name="TotalMatched">Money matched, when known.</param>
/// <param name="Runners">Prices per runner.</param>
internal sealed record SourcePrices(SourceMarket Market, bool InPlay, string Status, decimal? TotalMatched, IReadOnlyList<ObservedRunner> Runners);
