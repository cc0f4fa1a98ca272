using Statistico.Contracts.FootballData;

namespace Statistico.FootballData.Ingestion;

/// <summary>A full-time result as a provider reports it.</summary>
public sealed record IncomingResult(
    int HomeGoals,
    int AwayGoals,
    int? HalfTimeHomeGoals,
    int? HalfTimeAwayGoals,
    TeamMatchStatistics? HomeStatistics,
    TeamMatchStatistics? AwayStatistics);
