using Statistico.FootballDataFiles;

namespace Statistico.Simulator.World;

/// <summary>The full-time result with half-time score and both sides' statistics.</summary>
public sealed record MatchResult(int HomeGoals, int AwayGoals, int? HalfTimeHomeGoals, int? HalfTimeAwayGoals, TeamStatistics Home, TeamStatistics Away)
{
    public int TotalGoals => HomeGoals + AwayGoals;
}
