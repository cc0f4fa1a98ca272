using Statistico.FootballDataFiles;
using Statistico.Modelling.Goals;

namespace Statistico.Simulator.World;

/// <summary>
/// Invented leagues: each team has hidden attack and defence strengths that drift slowly (a mean-reverting random
/// walk per match-day); a match's score is drawn from a bivariate Poisson (correlated goals) on those strengths and
/// its statistics are drawn consistent with the goals. The market's prices are that same distribution's fair prices.
/// </summary>
public static class SyntheticWorldBuilder
{
    private static readonly TimeOnly[] KickOffTimes = [new(12, 30), new(15, 0), new(15, 0), new(15, 0), new(17, 30)];

    public static WorldDefinition Build(SyntheticOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        var random = new SeededRandom(seed);
        // Disruptions come from their own stream so changing their shares never changes a single result.
        var disruptions = new SeededRandom(unchecked((seed * 31) + 17));
        var fixtures = new List<WorldFixture>();
        var nextTeamId = 1;
        foreach (var leagueOptions in options.EffectiveLeagues)
        {
            var league = new WorldLeague(leagueOptions.Id, leagueOptions.Code, leagueOptions.Name);
            var teams = Enumerable.Range(1, leagueOptions.Teams)
                .Select(i => new WorldTeam(nextTeamId++, $"{leagueOptions.Name} {i:00}")).ToArray();
            var attack = teams.Select(_ => random.Normal(0, options.StrengthSpread)).ToArray();
            var defence = teams.Select(_ => random.Normal(0, options.StrengthSpread)).ToArray();
            var rounds = RoundRobin.DoubleRoundRobin(teams.Length);
            for (var s = 0; s < options.Seasons; s++)
            {
                var year = options.FirstSeasonYear + s;
                var season = new WorldSeason((league.Id * 10000) + year, $"{year}/{year + 1}");
                var firstSaturday = FirstSaturdayOfAugust(year);
                for (var r = 0; r < rounds.Count; r++)
                {
                    Drift(attack, random, options.StrengthDrift);
                    Drift(defence, random, options.StrengthDrift);
                    var day = firstSaturday.AddDays(7 * r);
                    for (var m = 0; m < rounds[r].Count; m++)
                    {
                        var (home, away) = rounds[r][m];
                        var kickOff = new DateTimeOffset(day.ToDateTime(KickOffTimes[m % KickOffTimes.Length]), TimeSpan.Zero);
                        var homeMean = options.HomeGoals * Math.Exp(attack[home] - defence[away]);
                        var awayMean = options.AwayGoals * Math.Exp(attack[away] - defence[home]);
                        var shared = Math.Min(options.GoalCovariance, 0.9 * Math.Min(homeMean, awayMean));
                        var matrix = BivariatePoisson.Matrix(homeMean - shared, awayMean - shared, shared);
                        var result = Play(matrix, homeMean, awayMean, random);
                        var prices = FixturePrices.FromMatrix(matrix);
                        fixtures.Add(new WorldFixture(0, league, season, teams[home], teams[away], kickOff, result)
                        {
                            Opening = prices,
                            Closing = prices,
                            Disruption = disruptions.Uniform() switch
                            {
                                var u when u < options.PostponedShare => FixtureDisruption.Postponed,
                                var u when u < options.PostponedShare + options.AbandonedShare => FixtureDisruption.Abandoned,
                                _ => FixtureDisruption.None,
                            },
                        });
                    }
                }
            }
        }

        // Ids follow kick-off order so they are the same whatever order leagues are configured in.
        var ordered = fixtures.OrderBy(f => f.KickOff).ThenBy(f => f.League.Id).ThenBy(f => f.Home.Id)
            .Select((f, i) => f with { Id = WorldIds.FirstFixtureId + i });
        return new WorldDefinition(ordered, TimeSpan.FromHours(48));
    }

    private static void Drift(double[] strengths, SeededRandom random, double step)
    {
        for (var i = 0; i < strengths.Length; i++)
        {
            // Mean reversion keeps a league from spreading out over many seasons.
            strengths[i] += random.Normal(0, step) - (0.01 * strengths[i]);
        }
    }

    private static MatchResult Play(ScoreMatrix matrix, double homeMean, double awayMean, SeededRandom random)
    {
        var (homeGoals, awayGoals) = Draw(matrix, random.Uniform());
        return new MatchResult(
            homeGoals, awayGoals, random.Binomial(homeGoals, 0.45), random.Binomial(awayGoals, 0.45),
            Statistics(homeGoals, homeMean, random), Statistics(awayGoals, awayMean, random));
    }

    /// <summary>Statistics that agree with the goals: every goal was a shot on target, every shot on target a shot.</summary>
    private static TeamStatistics Statistics(int goals, double mean, SeededRandom random)
    {
        var onTarget = goals + random.Poisson(1.8 + (0.8 * mean));
        var shots = onTarget + random.Poisson(6.0 + (2.0 * mean));
        var corners = random.Poisson(3.5 + (1.0 * mean));
        var fouls = random.Poisson(11);
        var yellow = random.Poisson(1.7);
        var red = random.Uniform() < 0.06 ? 1 : 0;
        return new TeamStatistics(shots, onTarget, corners, fouls, yellow, red);
    }

    private static (int Home, int Away) Draw(ScoreMatrix matrix, double u)
    {
        var cumulative = 0.0;
        for (var h = 0; h <= matrix.MaxGoals; h++)
        {
            for (var a = 0; a <= matrix.MaxGoals; a++)
            {
                cumulative += matrix[h, a];
                if (u < cumulative)
                {
                    return (h, a);
                }
            }
        }

        // The matrix is truncated at MaxGoals; the missing sliver of mass goes to the most common score.
        return (1, 1);
    }

    private static DateOnly FirstSaturdayOfAugust(int year)
    {
        var day = new DateOnly(year, 8, 1);
        while (day.DayOfWeek != DayOfWeek.Saturday)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
