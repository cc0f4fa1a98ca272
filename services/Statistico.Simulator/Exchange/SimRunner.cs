using Statistico.Simulator.World;

namespace Statistico.Simulator.Exchange;

/// <summary>A selection of a simulated market: its world price and whether it wins a given result.</summary>
public sealed record SimRunner(long SelectionId, string Name, int SortPriority, Func<FixturePrices, double> Price, Func<MatchResult, bool> Wins);
