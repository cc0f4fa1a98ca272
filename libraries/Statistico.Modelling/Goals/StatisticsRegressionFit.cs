namespace Statistico.Modelling.Goals;

/// <summary>A fitted <see cref="StatisticsRegressionModel"/>: coefficients plus every team's current form.</summary>
public sealed class StatisticsRegressionFit(double[] coefficients, TeamForm form) : IFittedGoalModel
{
    /// <summary>Intercept, home, three attacking-form and three defensive-form coefficients.</summary>
    public const int CoefficientCount = 8;

    /// <summary>The fitted coefficients.</summary>
    public IReadOnlyList<double> Coefficients { get; } = coefficients;

    /// <inheritdoc/>
    public bool Knows(string team) => form.MatchesPlayed(team) > 0;

    /// <summary>Expected goals for both sides.</summary>
    public (double Home, double Away) ExpectedGoals(string homeTeam, string awayTeam)
    {
        var home = form.Features(homeTeam);
        var away = form.Features(awayTeam);
        return (Rate(Covariates(home, away, isHome: true)), Rate(Covariates(away, home, isHome: false)));
    }

    /// <inheritdoc/>
    public ScoreMatrix Predict(string homeTeam, string awayTeam)
    {
        var (lambda, mu) = ExpectedGoals(homeTeam, awayTeam);
        return ScoreMatrix.IndependentPoisson(lambda, mu);
    }

    /// <summary>
    /// [1, home?, scorer's goals-for, shots-on-target-for, corners-for form,
    /// opponent's goals-against, shots-on-target-against, corners-against form].
    /// </summary>
    internal static double[] Covariates(double[] scorer, double[] opponent, bool isHome) =>
        [1, isHome ? 1 : 0, scorer[0], scorer[2], scorer[4], opponent[1], opponent[3], opponent[5]];

    private double Rate(double[] x)
    {
        var eta = 0.0;
        for (var j = 0; j < x.Length; j++)
        {
            eta += x[j] * Coefficients[j];
        }

        return Math.Exp(eta);
    }
}
