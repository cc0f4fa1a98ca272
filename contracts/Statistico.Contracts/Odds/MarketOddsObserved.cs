namespace Statistico.Contracts.Odds;

/// <summary>A batch of markets whose prices changed at one source.</summary>
/// <param name="BatchId">Unique id of the batch (de-duplicates redeliveries).</param>
/// <param name="Source">The source, e.g. <c>betfair</c>, <c>pinnacle-closing</c>, <c>statistico</c>.</param>
/// <param name="Markets">The changed markets.</param>
public sealed record MarketOddsObserved(Guid BatchId, string Source, IReadOnlyList<ObservedMarket> Markets);
