using Statistico.Contracts.FootballData;
using Statistico.FootballData.Data;

namespace Statistico.FootballData.Ingestion;

/// <summary>How a provider's result lands on a stored fixture: goals replace, half-time and statistics only fill in.</summary>
internal static class IncomingResults
{
    public static void Apply(Fixture fixture, IncomingResult? result)
    {
        if (result is null)
        {
            return;
        }

        fixture.HomeGoals = result.HomeGoals;
        fixture.AwayGoals = result.AwayGoals;
        // A provider that omits half-time or a statistic must not erase what another provider gave.
        fixture.HalfTimeHomeGoals = result.HalfTimeHomeGoals ?? fixture.HalfTimeHomeGoals;
        fixture.HalfTimeAwayGoals = result.HalfTimeAwayGoals ?? fixture.HalfTimeAwayGoals;
        fixture.HomeStatistics.MergeFrom(result.HomeStatistics);
        fixture.AwayStatistics.MergeFrom(result.AwayStatistics);
        fixture.Status = FixtureStatus.Finished;
    }
}
