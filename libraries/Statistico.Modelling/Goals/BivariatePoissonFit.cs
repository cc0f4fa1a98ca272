namespace Statistico.Modelling.Goals;

/// <summary>A fitted bivariate Poisson model.</summary>
public sealed class BivariatePoissonFit(
    double intercept, double homeAdvantage, double covariance,
    IReadOnlyDictionary<string, double> attack, IReadOnlyDictionary<string, double> defence, int maxGoals) : IFittedGoalModel
{
    /// <summary>Log λ₁ of an average away side (before team effects).</summary>
    public double Intercept { get; } = intercept;

    /// <summary>Additive home effect on log λ₁.</summary>
    public double HomeAdvantage { get; } = homeAdvantage;

    /// <summary>λ₃: the shared component, i.e. the covariance of home and away goals.</summary>
    public double Covariance { get; } = covariance;

    /// <summary>Attack parameter by team.</summary>
    public IReadOnlyDictionary<string, double> Attack { get; } = attack;

    /// <summary>Defence parameter by team.</summary>
    public IReadOnlyDictionary<string, double> Defence { get; } = defence;

    /// <inheritdoc/>
    public bool Knows(string team) => Attack.ContainsKey(team);

    /// <summary>λ₁ and λ₂ for the fixture (expected goals are these plus λ₃).</summary>
    public (double Home, double Away) Rates(string homeTeam, string awayTeam) =>
        (Math.Exp(Intercept + HomeAdvantage + Attack.GetValueOrDefault(homeTeam) - Defence.GetValueOrDefault(awayTeam)),
         Math.Exp(Intercept + Attack.GetValueOrDefault(awayTeam) - Defence.GetValueOrDefault(homeTeam)));

    /// <inheritdoc/>
    public ScoreMatrix Predict(string homeTeam, string awayTeam)
    {
        var (lambda1, lambda2) = Rates(homeTeam, awayTeam);
        return BivariatePoisson.Matrix(lambda1, lambda2, Covariance, maxGoals);
    }
}
