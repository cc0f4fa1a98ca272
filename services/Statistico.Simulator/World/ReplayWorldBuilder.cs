using Statistico.FootballDataFiles;
using Statistico.Modelling.Goals;

namespace Statistico.Simulator.World;

/// <summary>
/// Real seasons from football-data.co.uk files: real fixtures, results and statistics. MATCH_ODDS open at the
/// pre-closing Pinnacle price (Bet365 when missing) and close at Pinnacle's closing price; OVER_UNDER_25 uses
/// Pinnacle's prices where the file has them; otherwise those markets and BOTH_TEAMS_TO_SCORE come from a score
/// matrix reshaped to the 1X2 probabilities, so all markets of a match agree.
/// </summary>
public static class ReplayWorldBuilder
{
    public static WorldDefinition Build(IReadOnlyList<FootballDataMatch> matches, TimeSpan priceMoveWindow)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var teamIds = matches.SelectMany(m => new[] { m.Match.HomeTeam, m.Match.AwayTeam })
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((name, i) => new WorldTeam(i + 1, name)).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var fixtures = matches
            .Select(m => (Match: m, KickOff: KickOffUtc(m)))
            .OrderBy(x => x.KickOff).ThenBy(x => x.Match.League, StringComparer.Ordinal).ThenBy(x => x.Match.Match.HomeTeam, StringComparer.Ordinal)
            .Select((x, i) => ToFixture(WorldIds.FirstFixtureId + i, x.Match, x.KickOff, teamIds));
        return new WorldDefinition(fixtures, priceMoveWindow);
    }

    /// <summary>Kick-off in UTC: the file's date and UK time (15:00 before 2019/20, when there is no Time column).</summary>
    public static DateTimeOffset KickOffUtc(FootballDataMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return UkTime.KickOffUtc(match.Match.Date, match.KickOffUkTime);
    }

    private static WorldFixture ToFixture(int id, FootballDataMatch m, DateTimeOffset kickOff, Dictionary<string, WorldTeam> teams)
    {
        var (leagueId, leagueName) = WorldIds.Leagues.TryGetValue(m.League, out var known) ? known : (9000 + Math.Abs(m.League.GetHashCode(StringComparison.Ordinal) % 999), m.League);
        var league = new WorldLeague(leagueId, m.League, leagueName);
        var season = new WorldSeason((leagueId * 10000) + m.Season.StartYear, $"{m.Season.StartYear}/{m.Season.StartYear + 1}");
        var result = new MatchResult(
            m.Match.HomeGoals, m.Match.AwayGoals, m.HalfTimeHomeGoals, m.HalfTimeAwayGoals, m.HomeStatistics ?? TeamStatistics.Unknown, m.AwayStatistics ?? TeamStatistics.Unknown);
        var closing1X2 = m.PinnacleClosing ?? m.Pinnacle ?? m.Bet365;
        var opening1X2 = m.Pinnacle ?? m.Bet365 ?? closing1X2;
        return new WorldFixture(id, league, season, teams[m.Match.HomeTeam], teams[m.Match.AwayTeam], kickOff, result)
        {
            Opening = opening1X2 is null ? null : Prices(opening1X2, m.PinnacleOverUnder25),
            Closing = closing1X2 is null ? null : Prices(closing1X2, m.PinnacleClosingOverUnder25),
        };
    }

    private static FixturePrices Prices(MatchOddsPrices matchOdds, OverUnderPrices? overUnder)
    {
        // A typical scoreline shape, reshaped to the bookmaker's 1X2, prices the goal markets when the file has none.
        var derived = FixturePrices.FromMatrix(ScoreMatrix.IndependentPoisson(1.45, 1.15)
            .WithMatchOdds(1 / matchOdds.Home, 1 / matchOdds.Draw, 1 / matchOdds.Away));
        return derived with
        {
            Home = matchOdds.Home,
            Draw = matchOdds.Draw,
            Away = matchOdds.Away,
            Over25 = overUnder?.Over ?? derived.Over25,
            Under25 = overUnder?.Under ?? derived.Under25,
        };
    }
}
