using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Statistico.Modelling.Goals;

/// <summary>
/// Dixon and Coles (1997): independent Poisson goals with team attack/defence, a home effect and
/// the low-score correction τ, fitted by penalised weighted maximum likelihood with analytic
/// gradients and L-BFGS.
/// </summary>
public sealed class DixonColesModel(DixonColesOptions? options = null) : IGoalModel
{
    /// <summary>The options in use.</summary>
    public DixonColesOptions Options { get; } = options ?? new DixonColesOptions();

    /// <inheritdoc/>
    public string Name => Options.ShotsOnTargetWeight > 0 ? "dixon-coles-shots" : "dixon-coles";

    /// <inheritdoc/>
    IFittedGoalModel IGoalModel.Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf) => Fit(matches, asOf);

    /// <summary>Fits the model; see <see cref="IGoalModel.Fit"/>.</summary>
    public DixonColesFit Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf)
    {
        var likelihood = new DixonColesLikelihood(matches, asOf, Options);
        if (likelihood.MatchCount == 0)
        {
            throw new ArgumentException("No match dated on or before the fit date.", nameof(matches));
        }

        var (solution, iterations) = Minimise(likelihood);
        var teams = likelihood.Teams;
        var attack = new Dictionary<string, double>(teams.Count, StringComparer.Ordinal);
        var defence = new Dictionary<string, double>(teams.Count, StringComparer.Ordinal);
        for (var i = 0; i < teams.Count; i++)
        {
            attack[teams.Names[i]] = solution[DixonColesLikelihood.AttackIndex(i)];
            defence[teams.Names[i]] = solution[likelihood.DefenceIndex(i)];
        }

        return new DixonColesFit(
            solution[DixonColesLikelihood.InterceptIndex],
            solution[DixonColesLikelihood.HomeAdvantageIndex],
            DixonColesLikelihood.Rho(solution[DixonColesLikelihood.RawRhoIndex]),
            attack, defence, Options.MaxGoals, iterations);
    }

    private (double[] Solution, int Iterations) Minimise(DixonColesLikelihood likelihood)
    {
        var gradient = new double[likelihood.ParameterCount];
        var objective = ObjectiveFunction.Gradient(p =>
        {
            var value = likelihood.Evaluate(p.AsArray() ?? p.ToArray(), gradient);
            return (value, Vector<double>.Build.DenseOfArray((double[])gradient.Clone()));
        });
        var minimiser = new LimitedMemoryBfgsMinimizer(Options.GradientTolerance, 1e-10, 1e-12, memory: 10, maximumIterations: 2000);
        var start = Vector<double>.Build.DenseOfArray(likelihood.InitialGuess());
        var result = minimiser.FindMinimum(objective, start);
        return (result.MinimizingPoint.ToArray(), result.Iterations);
    }
}
