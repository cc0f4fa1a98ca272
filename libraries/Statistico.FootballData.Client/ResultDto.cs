using Statistico.Contracts.FootballData;

namespace Statistico.FootballData.Client;

/// <summary>A fixture's result and statistics.</summary>
public sealed record ResultDto(
    int HomeGoals,
    int AwayGoals,
    int? HalfTimeHomeGoals,
    int? HalfTimeAwayGoals,
    TeamMatchStatistics? HomeStatistics,
    TeamMatchStatistics? AwayStatistics);
