using Statistico.Betfair.Api;

namespace Statistico.Simulator.Exchange.Contract;

/// <summary>Change what a bet's unmatched part does at the turn in-play.</summary>
public sealed record UpdateInstruction(string BetId, PersistenceType NewPersistenceType);
