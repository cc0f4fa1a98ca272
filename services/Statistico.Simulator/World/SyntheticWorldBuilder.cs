using Statistico.FootballDataFiles;
using Statistico.Modelling.Goals;

namespace Statistico.Simulator.World;

/// <summary>
/// Invented divisions: each team has hidden attack and defence strengths that drift slowly (a mean-reverting random
/// walk per match-day, towards its division's level); a match's score is drawn from a bivariate Poisson (correlated
/// goals) on those strengths and its statistics are drawn consistent with the goals. The market's prices are that same
/// distribution's fair prices. Before the first played season the world has <see cref="SyntheticOptions.PastSeasons"/>
/// completed ones (results and statistics, no markets), and every summer the bottom teams of a division swap with the
/// top teams of the one below.
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
        var leagueOptions = options.EffectiveLeagues;
        var leagues = leagueOptions.Select(l => new WorldLeague(l.Id, l.Code, l.Name)).ToArray();
        var names = TeamNames.Invent(leagueOptions.Sum(l => l.Teams), unchecked((seed * 97) + 5));
        var teams = names.Select((name, i) => new WorldTeam(i + 1, name)).ToArray();
        // Team indexes per division, top flight first; a team's strengths start around its division's level.
        var divisions = new List<List<int>>();
        var level = new double[teams.Length];
        var next = 0;
        for (var d = 0; d < leagueOptions.Count; d++)
        {
            divisions.Add([.. Enumerable.Range(next, leagueOptions[d].Teams)]);
            next += leagueOptions[d].Teams;
        }

        var attack = new double[teams.Length];
        var defence = new double[teams.Length];
        for (var d = 0; d < divisions.Count; d++)
        {
            foreach (var t in divisions[d])
            {
                level[t] = -d * options.DivisionGap;
                attack[t] = level[t] + random.Normal(0, options.StrengthSpread);
            }

            foreach (var t in divisions[d])
            {
                defence[t] = level[t] + random.Normal(0, options.StrengthSpread);
            }
        }

        var fixtures = new List<WorldFixture>();
        var pastSeasons = Math.Max(0, options.PastSeasons);
        var totalSeasons = pastSeasons + options.Seasons;
        for (var s = 0; s < totalSeasons; s++)
        {
            var year = options.FirstSeasonYear - pastSeasons + s;
            var past = s < pastSeasons;
            var firstSaturday = FirstSaturdayOfAugust(year);
            var seasonFixtures = divisions.Select(_ => new List<WorldFixture>()).ToList();
            var rounds = divisions.Select(d => RoundRobin.DoubleRoundRobin(d.Count)).ToList();
            for (var r = 0; r < rounds.Max(x => x.Count); r++)
            {
                Drift(attack, level, random, options.StrengthDrift);
                Drift(defence, level, random, options.StrengthDrift);
                var day = firstSaturday.AddDays(7 * r);
                for (var d = 0; d < divisions.Count; d++)
                {
                    if (r >= rounds[d].Count)
                    {
                        continue;
                    }

                    var season = new WorldSeason((leagues[d].Id * 10000) + year, $"{year}/{year + 1}");
                    for (var m = 0; m < rounds[d][r].Count; m++)
                    {
                        var (home, away) = (divisions[d][rounds[d][r][m].Home], divisions[d][rounds[d][r][m].Away]);
                        var kickOff = new DateTimeOffset(day.ToDateTime(KickOffTimes[m % KickOffTimes.Length]), TimeSpan.Zero);
                        seasonFixtures[d].Add(Match(options, leagues[d], season, teams[home], teams[away], kickOff, past,
                            attack[home] - defence[away], attack[away] - defence[home], random, disruptions));
                    }
                }
            }

            fixtures.AddRange(seasonFixtures.SelectMany(f => f));
            Promote(divisions, seasonFixtures, level, options);
        }

        // Ids follow kick-off order so they are the same whatever order leagues are configured in.
        var ordered = fixtures.OrderBy(f => f.KickOff).ThenBy(f => f.League.Id).ThenBy(f => f.Home.Id)
            .Select((f, i) => f with { Id = WorldIds.FirstFixtureId + i });
        var present = new DateTimeOffset(FirstSaturdayOfAugust(options.FirstSeasonYear).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new WorldDefinition(ordered, TimeSpan.FromHours(48), present);
    }

    private static WorldFixture Match(
        SyntheticOptions options, WorldLeague league, WorldSeason season, WorldTeam home, WorldTeam away, DateTimeOffset kickOff, bool past,
        double homeEdge, double awayEdge, SeededRandom random, SeededRandom disruptions)
    {
        var homeMean = options.HomeGoals * Math.Exp(homeEdge);
        var awayMean = options.AwayGoals * Math.Exp(awayEdge);
        var shared = Math.Min(options.GoalCovariance, 0.9 * Math.Min(homeMean, awayMean));
        var matrix = BivariatePoisson.Matrix(homeMean - shared, awayMean - shared, shared);
        var result = Play(matrix, homeMean, awayMean, random);
        // Drawn for every match, past or not, so the share settings alone decide which matches are disrupted.
        var disruption = disruptions.Uniform() switch
        {
            var u when u < options.PostponedShare => FixtureDisruption.Postponed,
            var u when u < options.PostponedShare + options.AbandonedShare => FixtureDisruption.Abandoned,
            _ => FixtureDisruption.None,
        };
        if (past)
        {
            // The past is history only: every match was played and nothing of it is traded.
            return new WorldFixture(0, league, season, home, away, kickOff, result);
        }

        var prices = FixturePrices.FromMatrix(matrix);
        return new WorldFixture(0, league, season, home, away, kickOff, result) { Opening = prices, Closing = prices, Disruption = disruption };
    }

    /// <summary>After a season: the bottom <see cref="SyntheticOptions.PromotionPlaces"/> of each division swap with the top of the one below.</summary>
    private static void Promote(List<List<int>> divisions, List<List<WorldFixture>> seasonFixtures, double[] level, SyntheticOptions options)
    {
        var tables = seasonFixtures.Select(f => LeagueTable.Rank(f).Select(id => id - 1).ToList()).ToList();
        for (var d = 0; d + 1 < divisions.Count; d++)
        {
            var places = Math.Min(options.PromotionPlaces, Math.Min(divisions[d].Count, divisions[d + 1].Count) / 2);
            if (places <= 0 || tables[d].Count == 0 || tables[d + 1].Count == 0)
            {
                continue;
            }

            var down = tables[d].TakeLast(places).ToList();
            var up = tables[d + 1].Take(places).ToList();
            divisions[d] = [.. divisions[d].Except(down).Concat(up)];
            divisions[d + 1] = [.. divisions[d + 1].Except(up).Concat(down)];
            // Every move uses this season's tables, so a team just relegated into a division is never sent further down.
            foreach (var t in up)
            {
                level[t] = -d * options.DivisionGap;
            }

            foreach (var t in down)
            {
                level[t] = -(d + 1) * options.DivisionGap;
            }
        }
    }

    private static void Drift(double[] strengths, double[] level, SeededRandom random, double step)
    {
        for (var i = 0; i < strengths.Length; i++)
        {
            // Mean reversion towards the team's division keeps a league from spreading out over many seasons, and
            // moves a promoted (relegated) team slowly up (down) to its new level.
            strengths[i] += random.Normal(0, step) - (0.01 * (strengths[i] - level[i]));
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
