namespace Statistico.OddsChecker.Sources;

/// <summary>A market the source offers on an event, with its runners' selection names.</summary>
/// <param name="MarketId">The source's market id.</param>
/// <param name="MarketType">Betfair market type code.</param>
/// <param name="Event">The event the market belongs to.</param>
/// <param name="Selections">Runner id to selection name in Betfair's vocabulary (e.g. <c>HOME</c>).</param>
internal sealed record SourceMarket(string MarketId, string MarketType, SourceEvent Event, IReadOnlyDictionary<long, string> Selections);
