using Statistico.FootballData.Client;
using Statistico.Modelling.Goals;

namespace Statistico.OddsCompiler.GoalModels;

/// <summary>Football Data's finished fixtures as the models see them.</summary>
public static class MatchHistory
{
    /// <summary>The fixture as a <see cref="MatchRecord"/> dated by its UTC kick-off day; null without a result.</summary>
    public static MatchRecord? ToMatchRecord(FixtureDto fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        if (fixture.Result is not { } result)
        {
            return null;
        }

        var home = result.HomeStatistics;
        var away = result.AwayStatistics;
        return new MatchRecord(DateOnly.FromDateTime(fixture.KickOff.UtcDateTime), fixture.HomeTeam.Name, fixture.AwayTeam.Name, result.HomeGoals, result.AwayGoals)
        {
            HomeShotsOnTarget = home?.ShotsOnTarget,
            AwayShotsOnTarget = away?.ShotsOnTarget,
            HomeCorners = home?.Corners,
            AwayCorners = away?.Corners,
            HomeCards = Cards(home),
            AwayCards = Cards(away),
        };
    }

    /// <summary>
    /// A stable order (day, then home team) so the same history always gives the same fit to the last bit, however
    /// the source happened to order fixtures that kicked off together.
    /// </summary>
    public static List<MatchRecord> InFittingOrder(IEnumerable<MatchRecord> matches) =>
        [.. matches.OrderBy(m => m.Date).ThenBy(m => m.HomeTeam, StringComparer.Ordinal)];

    private static int? Cards(Contracts.FootballData.TeamMatchStatistics? statistics) =>
        statistics is { YellowCards: { } yellow } ? yellow + (statistics.RedCards ?? 0) : null;
}
