namespace Statistico.Modelling.Goals;

/// <summary>
/// Poisson regression of goals on match-statistic form rather than on team identities (the seed
/// system's "xg_shot_ratio" idea): log rate = β₀ + β_home·[home] + Σ β·(scoring side's attacking form:
/// goals, shots on target, corners for) + Σ β·(conceding side's defensive form: the same against).
/// Form is a time-decayed average computed only from earlier matches, so fitting rows are honest
/// pre-match inputs; a team needs <see cref="MinimumMatches"/> earlier matches before its rows count.
/// </summary>
public sealed class StatisticsRegressionModel(double formDecayPerDay = 0.003, double timeDecayPerDay = 0.002, double ridge = 0.01) : IGoalModel
{
    /// <summary>Earlier matches a team needs before its form is trusted.</summary>
    public const int MinimumMatches = 4;

    /// <inheritdoc/>
    public string Name => "statistics-regression";

    /// <inheritdoc/>
    IFittedGoalModel IGoalModel.Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf) => Fit(matches, asOf);

    /// <summary>Fits the coefficients on matches before <paramref name="asOf"/>.</summary>
    public StatisticsRegressionFit Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var form = new TeamForm(formDecayPerDay);
        var rows = new List<double[]>();
        var counts = new List<double>();
        var weights = new List<double>();
        foreach (var match in matches.Where(m => m.Date < asOf).OrderBy(m => m.Date))
        {
            if (form.MatchesPlayed(match.HomeTeam) >= MinimumMatches && form.MatchesPlayed(match.AwayTeam) >= MinimumMatches)
            {
                var weight = TimeDecay.Weight(match.Date, asOf, timeDecayPerDay);
                var home = form.Features(match.HomeTeam);
                var away = form.Features(match.AwayTeam);
                rows.Add(StatisticsRegressionFit.Covariates(home, away, isHome: true));
                counts.Add(match.HomeGoals);
                weights.Add(weight);
                rows.Add(StatisticsRegressionFit.Covariates(away, home, isHome: false));
                counts.Add(match.AwayGoals);
                weights.Add(weight);
            }

            form.Add(match);
        }

        if (rows.Count == 0)
        {
            throw new ArgumentException($"No match where both teams had {MinimumMatches} earlier matches.", nameof(matches));
        }

        var likelihood = new PoissonRegressionLikelihood([.. rows], [.. counts], [.. weights], ridge);
        var start = new double[StatisticsRegressionFit.CoefficientCount];
        start[0] = Math.Log(Math.Max(counts.Average(), 0.1));
        var (beta, _, _) = LbfgsMinimiser.Minimise(likelihood.Evaluate, start, 1e-7);
        return new StatisticsRegressionFit(beta, form);
    }
}
