namespace Statistico.Modelling.Goals;

/// <summary>
/// Karlis and Ntzoufras (2003) bivariate Poisson with team attack/defence on the independent
/// parts and a shared covariance λ₃, fitted like Dixon–Coles (time decay, ridge, newcomer prior)
/// by L-BFGS with analytic gradients. It fits actual goals only: the shots blend needs
/// non-integer targets, which the bivariate Poisson cannot take.
/// </summary>
public sealed class BivariatePoissonModel(DixonColesOptions? options = null) : IGoalModel
{
    /// <summary>Shared options (the shots blend, distribution and τ settings are ignored).</summary>
    public DixonColesOptions Options { get; } = options ?? new DixonColesOptions();

    /// <inheritdoc/>
    public string Name => "bivariate-poisson";

    /// <inheritdoc/>
    IFittedGoalModel IGoalModel.Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf) => Fit(matches, asOf);

    /// <inheritdoc/>
    IFittedGoalModel IGoalModel.Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf, IFittedGoalModel? previous) =>
        Fit(matches, asOf, previous as BivariatePoissonFit);

    /// <summary>Fits the model, warm-started from <paramref name="previous"/> when given.</summary>
    public BivariatePoissonFit Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf, BivariatePoissonFit? previous = null)
    {
        var likelihood = new BivariatePoissonLikelihood(matches, asOf, Options);
        if (likelihood.MatchCount == 0)
        {
            throw new ArgumentException("No match dated on or before the fit date.", nameof(matches));
        }

        var cold = likelihood.InitialGuess();
        double[]? start = null;
        if (previous is not null)
        {
            start = (double[])cold.Clone();
            start[BivariatePoissonLikelihood.InterceptIndex] = previous.Intercept;
            start[BivariatePoissonLikelihood.HomeAdvantageIndex] = previous.HomeAdvantage;
            start[BivariatePoissonLikelihood.LogCovarianceIndex] = Math.Log(previous.Covariance);
            for (var i = 0; i < likelihood.Teams.Count; i++)
            {
                start[BivariatePoissonLikelihood.AttackIndex(i)] = previous.Attack.GetValueOrDefault(likelihood.Teams.Names[i]);
                start[likelihood.DefenceIndex(i)] = previous.Defence.GetValueOrDefault(likelihood.Teams.Names[i]);
            }
        }

        var (solution, _, _) = LbfgsMinimiser.Minimise(likelihood.Evaluate, start, cold, Options.GradientTolerance, likelihood.DiagonalScale());
        var attack = new Dictionary<string, double>(StringComparer.Ordinal);
        var defence = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < likelihood.Teams.Count; i++)
        {
            attack[likelihood.Teams.Names[i]] = solution[BivariatePoissonLikelihood.AttackIndex(i)];
            defence[likelihood.Teams.Names[i]] = solution[likelihood.DefenceIndex(i)];
        }

        return new BivariatePoissonFit(
            solution[BivariatePoissonLikelihood.InterceptIndex],
            solution[BivariatePoissonLikelihood.HomeAdvantageIndex],
            Math.Exp(solution[BivariatePoissonLikelihood.LogCovarianceIndex]),
            attack, defence, Options.MaxGoals);
    }
}
