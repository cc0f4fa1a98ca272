using Statistico.Contracts.FootballData;
using Statistico.FootballData.Client;
using Statistico.Modelling.Goals;
using Statistico.OddsCompiler.Data;

namespace Statistico.OddsCompiler.History;

/// <summary>Football Data's finished fixtures as the compiler stores them, and as the models see them.</summary>
public static class MatchHistory
{
    /// <summary>The result event as a stored match.</summary>
    public static PlayedMatch FromResult(FixtureResulted result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Create(result.FixtureId, result.CompetitionId, result.HomeTeam, result.AwayTeam, result.KickOff, result.Revision)
            .WithScore(result.HomeGoals, result.AwayGoals, result.HomeStatistics, result.AwayStatistics);
    }

    /// <summary>Football Data's fixture as a stored match; null without a result.</summary>
    public static PlayedMatch? FromFixture(FixtureDto fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        return fixture.Result is { } result
            ? Create(fixture.Id, fixture.CompetitionId, fixture.HomeTeam.Name, fixture.AwayTeam.Name, fixture.KickOff, fixture.Revision)
                .WithScore(result.HomeGoals, result.AwayGoals, result.HomeStatistics, result.AwayStatistics)
            : null;
    }

    /// <summary>The stored match as a <see cref="MatchRecord"/> dated by its UTC kick-off day.</summary>
    public static MatchRecord ToMatchRecord(PlayedMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return new MatchRecord(DateOnly.FromDateTime(match.KickOff.UtcDateTime), match.HomeTeam, match.AwayTeam, match.HomeGoals, match.AwayGoals)
        {
            HomeShotsOnTarget = match.HomeShotsOnTarget,
            AwayShotsOnTarget = match.AwayShotsOnTarget,
            HomeCorners = match.HomeCorners,
            AwayCorners = match.AwayCorners,
            HomeCards = match.HomeCards,
            AwayCards = match.AwayCards,
        };
    }

    /// <summary>
    /// A stable order (day, then home team) so the same history always gives the same fit to the last bit, however
    /// the source happened to order fixtures that kicked off together.
    /// </summary>
    public static List<MatchRecord> InFittingOrder(IEnumerable<MatchRecord> matches) =>
        [.. matches.OrderBy(m => m.Date).ThenBy(m => m.HomeTeam, StringComparer.Ordinal)];

    private static PlayedMatch Create(Guid fixtureId, string competitionId, string homeTeam, string awayTeam, DateTimeOffset kickOff, int revision) =>
        new() { FixtureId = fixtureId, CompetitionId = competitionId, HomeTeam = homeTeam, AwayTeam = awayTeam, KickOff = kickOff, Revision = revision };

    private static PlayedMatch WithScore(this PlayedMatch match, int homeGoals, int awayGoals, TeamMatchStatistics? home, TeamMatchStatistics? away)
    {
        match.HomeGoals = homeGoals;
        match.AwayGoals = awayGoals;
        match.HomeShotsOnTarget = home?.ShotsOnTarget;
        match.AwayShotsOnTarget = away?.ShotsOnTarget;
        match.HomeCorners = home?.Corners;
        match.AwayCorners = away?.Corners;
        match.HomeCards = Cards(home);
        match.AwayCards = Cards(away);
        return match;
    }

    private static int? Cards(TeamMatchStatistics? statistics) =>
        statistics is { YellowCards: { } yellow } ? yellow + (statistics.RedCards ?? 0) : null;
}
