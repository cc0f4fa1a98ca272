using Statistico.Betfair.Api;

namespace Statistico.Simulator.Exchange.Contract;

/// <summary>listCompetitions' row.</summary>
public sealed record CompetitionResult(Competition Competition, int MarketCount, string CompetitionRegion);
