using Statistico.Contracts.Odds;

namespace Statistico.OddsChecker.Benchmarks;

/// <summary>A MarketOddsObserved as the probe received it, with the Stopwatch timestamp of its delivery.</summary>
internal sealed record Arrival(long At, MarketOddsObserved Message);
