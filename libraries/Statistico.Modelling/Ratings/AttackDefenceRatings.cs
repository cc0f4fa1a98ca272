namespace Statistico.Modelling.Ratings;

/// <summary>
/// The seed system's attack/defence ratings, as issue 5 states them. Both ratings start at 1000.
/// For a side with attack A facing defence D and adjusted goals G, the points are (A/D)·K·G when
/// G &gt; 0, and −(A/D)·1.5K when it did not score, except exactly −K when A = D. Then the home
/// attack gains the home points and the home defence the away points; the away attack gains the
/// away points and the away defence the home points. Adjusted goals: a goal after minute 70 that
/// leaves the scorer d ≥ 2 ahead counts 1/d; each goal is ×0.75 per earlier opponent red card
/// and ÷0.75 per earlier own red card.
/// </summary>
public sealed class AttackDefenceRatings(AttackDefenceOptions? options = null)
{
    private readonly Dictionary<string, AttackDefenceRating> _ratings = new(StringComparer.Ordinal);

    /// <summary>The options in use.</summary>
    public AttackDefenceOptions Options { get; } = options ?? new AttackDefenceOptions();

    /// <summary>Current ratings of every team seen.</summary>
    public IReadOnlyDictionary<string, AttackDefenceRating> Ratings => _ratings;

    /// <summary>A team's ratings (the initial ones if it has not played).</summary>
    public AttackDefenceRating this[string team] =>
        _ratings.GetValueOrDefault(team) ?? new AttackDefenceRating(Options.InitialRating, Options.InitialRating);

    /// <summary>Applies one result; returns the (home, away) points.</summary>
    public (double HomePoints, double AwayPoints) Update(RatedMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var home = this[match.HomeTeam];
        var away = this[match.AwayTeam];
        var k = Options.KByCompetition.GetValueOrDefault(match.Competition, Options.DefaultK);
        var (homeGoals, awayGoals) = AdjustedGoals(match);

        var homePoints = Points(home.Attack, away.Defence, k, homeGoals);
        var awayPoints = Points(away.Attack, home.Defence, k, awayGoals);
        _ratings[match.HomeTeam] = new AttackDefenceRating(home.Attack + homePoints, home.Defence + awayPoints);
        _ratings[match.AwayTeam] = new AttackDefenceRating(away.Attack + awayPoints, away.Defence + homePoints);
        return (homePoints, awayPoints);
    }

    /// <summary>Points of a side with attack <paramref name="attack"/> against defence <paramref name="defence"/>.</summary>
    public static double Points(double attack, double defence, double k, double adjustedGoals)
    {
        if (adjustedGoals > 0)
        {
            return attack / defence * k * adjustedGoals;
        }

        // Taken literally from the seed system's rule: the 1.5 factor does not apply to equals.
        return attack == defence ? -k : -(attack / defence) * 1.5 * k;
    }

    /// <summary>Goals after the late-goal and red-card adjustments.</summary>
    public (double Home, double Away) AdjustedGoals(RatedMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        int homeScore = 0, awayScore = 0;
        double home = 0, away = 0;
        foreach (var goal in match.Goals.OrderBy(g => g.Minute))
        {
            if (goal.ByHome)
            {
                homeScore++;
            }
            else
            {
                awayScore++;
            }

            var lead = goal.ByHome ? homeScore - awayScore : awayScore - homeScore;
            var value = goal.Minute > Options.LateGoalMinute && lead >= 2 ? 1.0 / lead : 1.0;
            foreach (var card in match.RedCards.Where(c => c.Minute < goal.Minute))
            {
                var againstScorer = card.ToHome == goal.ByHome;
                value = againstScorer ? value / Options.RedCardFactor : value * Options.RedCardFactor;
            }

            if (goal.ByHome)
            {
                home += value;
            }
            else
            {
                away += value;
            }
        }

        return (home, away);
    }
}
