namespace Statistico.OddsChecker.Benchmarks;

/// <summary>The best offer to back one runner of one market: what a change moves and what an observation carries.</summary>
internal sealed record LadderTop(string MarketId, long RunnerId, decimal Price, decimal Size);
