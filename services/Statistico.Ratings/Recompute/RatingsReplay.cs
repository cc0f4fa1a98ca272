using Statistico.Modelling.Ratings;
using Statistico.Ratings.Data;

namespace Statistico.Ratings.Recompute;

/// <summary>
/// A competition's rating history from its results, replayed in kick-off order with the modelling library's seed
/// attack/defence ratings, Elo and pi-ratings. Replaying from the first result makes the history a pure function of
/// the results: arrival order, redeliveries and corrections cannot leave a trace.
/// </summary>
public static class RatingsReplay
{
    public static List<RatingHistoryEntry> Run(IEnumerable<StoredResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var attackDefence = new AttackDefenceRatings();
        var elo = new EloRatings();
        var pi = new PiRatings();
        var history = new List<RatingHistoryEntry>();
        foreach (var result in results.OrderBy(r => r.KickOff).ThenBy(r => r.FixtureId))
        {
            var home = Before(result, result.HomeTeam, result.AwayTeam, true, attackDefence, elo, pi);
            var away = Before(result, result.AwayTeam, result.HomeTeam, false, attackDefence, elo, pi);
            var (homePoints, awayPoints) = attackDefence.Update(
                RatedMatch.FromScore(result.CompetitionId, result.HomeTeam, result.AwayTeam, result.HomeGoals, result.AwayGoals));
            elo.Update(result.HomeTeam, result.AwayTeam, result.HomeGoals, result.AwayGoals);
            pi.Update(result.HomeTeam, result.AwayTeam, result.HomeGoals - result.AwayGoals);
            history.Add(After(home, homePoints, attackDefence, elo, pi));
            history.Add(After(away, awayPoints, attackDefence, elo, pi));
        }

        return history;
    }

    private static RatingHistoryEntry Before(
        StoredResult result, string team, string opponent, bool atHome, AttackDefenceRatings attackDefence, EloRatings elo, PiRatings pi)
    {
        var rating = attackDefence[team];
        var piRating = pi[team];
        return new RatingHistoryEntry
        {
            FixtureId = result.FixtureId,
            Team = team,
            Opponent = opponent,
            CompetitionId = result.CompetitionId,
            KickOff = result.KickOff,
            AtHome = atHome,
            GoalsFor = atHome ? result.HomeGoals : result.AwayGoals,
            GoalsAgainst = atHome ? result.AwayGoals : result.HomeGoals,
            AttackBefore = rating.Attack,
            DefenceBefore = rating.Defence,
            EloBefore = elo[team],
            PiHomeBefore = piRating.Home,
            PiAwayBefore = piRating.Away,
        };
    }

    private static RatingHistoryEntry After(RatingHistoryEntry entry, double points, AttackDefenceRatings attackDefence, EloRatings elo, PiRatings pi)
    {
        var rating = attackDefence[entry.Team];
        var piRating = pi[entry.Team];
        entry.AttackAfter = rating.Attack;
        entry.DefenceAfter = rating.Defence;
        entry.Points = points;
        entry.EloAfter = elo[entry.Team];
        entry.PiHomeAfter = piRating.Home;
        entry.PiAwayAfter = piRating.Away;
        return entry;
    }
}
