namespace Statistico.Modelling.Goals;

/// <summary>
/// Dixon and Coles (1997): independent Poisson goals with team attack/defence, a home effect and
/// the low-score correction τ, fitted by penalised weighted maximum likelihood with analytic
/// gradients: Newton's method on the analytic Hessian for Poisson counts (ADR 1101), L-BFGS otherwise.
/// </summary>
public sealed class DixonColesModel(DixonColesOptions? options = null) : IGoalModel
{
    /// <summary>The options in use.</summary>
    public DixonColesOptions Options { get; } = options ?? new DixonColesOptions();

    /// <inheritdoc/>
    public string Name =>
        (Options.Distribution == CountDistribution.NegativeBinomial ? "negative-binomial" : "dixon-coles")
        + (Options.ShotsOnTargetWeight > 0 ? "-shots" : string.Empty)
        + (Options.CornersWeight > 0 ? "-corners" : string.Empty);

    /// <inheritdoc/>
    IFittedGoalModel IGoalModel.Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf) => Fit(matches, asOf);

    /// <inheritdoc/>
    IFittedGoalModel IGoalModel.Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf, IFittedGoalModel? previous) =>
        Fit(matches, asOf, previous as DixonColesFit);

    /// <summary>Fits the model, warm-started from <paramref name="previous"/> when given.</summary>
    public DixonColesFit Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf, DixonColesFit? previous = null)
    {
        var likelihood = new DixonColesLikelihood(matches, asOf, Options);
        if (likelihood.MatchCount == 0)
        {
            throw new ArgumentException("No match dated on or before the fit date.", nameof(matches));
        }

        var warm = previous is null ? null : WarmStart(likelihood, previous);
        var (solution, iterations, evaluations) = Minimise(likelihood, warm);
        var teams = likelihood.Teams;
        var attack = new Dictionary<string, double>(teams.Count, StringComparer.Ordinal);
        var defence = new Dictionary<string, double>(teams.Count, StringComparer.Ordinal);
        var homeDeviation = new Dictionary<string, double>(teams.Count, StringComparer.Ordinal);
        for (var i = 0; i < teams.Count; i++)
        {
            attack[teams.Names[i]] = solution[DixonColesLikelihood.AttackIndex(i)];
            defence[teams.Names[i]] = solution[likelihood.DefenceIndex(i)];
            if (Options.TeamHomeAdvantageShrinkage is not null)
            {
                homeDeviation[teams.Names[i]] = solution[likelihood.HomeDeviationIndex(i)];
            }
        }

        if (Options.TeamPriors is { } priors)
        {
            // A team with a prior but no match in the data (a promoted team before its first game): its parameters
            // would appear only in the ridge term, whose optimum is the prior mean. So its MAP estimate is exactly its
            // prior, and adding it here (rather than to the optimiser) cannot move any other parameter.
            foreach (var (team, prior) in priors.Where(p => !attack.ContainsKey(p.Key)))
            {
                attack[team] = prior.Attack;
                defence[team] = prior.Defence;
            }
        }

        return new DixonColesFit(
            solution[DixonColesLikelihood.InterceptIndex],
            solution[DixonColesLikelihood.HomeAdvantageIndex],
            Options.LowScoreCorrection ? DixonColesLikelihood.Rho(solution[DixonColesLikelihood.RawRhoIndex]) : 0,
            attack, defence, Options.MaxGoals, iterations, evaluations)
        {
            Distribution = Options.Distribution,
            Size = Math.Exp(solution[DixonColesLikelihood.LogSizeIndex]),
            HomeAdvantageDeviation = homeDeviation,
        };
    }

    /// <summary>
    /// Newton's method with the analytic Hessian where there is one (ADR 1101: a fifth of L-BFGS's evaluations), from
    /// the warm start and then from the default start; L-BFGS when there is no Hessian or both Newton runs fail.
    /// </summary>
    private (double[] Solution, int Iterations, int Evaluations) Minimise(DixonColesLikelihood likelihood, double[]? warm)
    {
        if (likelihood.HasHessian)
        {
            // L-BFGS stops at a preconditioned gradient of GradientTolerance, i.e. about ½·tolerance² above the optimum;
            // a Newton decrement (twice the remaining gap) a hundredth of tolerance² stops closer to it than that.
            var decrementTolerance = 0.01 * Options.GradientTolerance * Options.GradientTolerance;
            var newton = (warm is null ? null : NewtonMinimiser.Minimise(likelihood.EvaluateWithHessian, warm, decrementTolerance))
                ?? NewtonMinimiser.Minimise(likelihood.EvaluateWithHessian, likelihood.InitialGuess(), decrementTolerance);
            if (newton is { } found)
            {
                return found;
            }
        }

        return LbfgsMinimiser.Minimise(likelihood.Evaluate, warm, likelihood.InitialGuess(), Options.GradientTolerance, likelihood.DiagonalScale());
    }

    private static double[] WarmStart(DixonColesLikelihood likelihood, DixonColesFit previous)
    {
        var p = likelihood.InitialGuess();
        p[DixonColesLikelihood.InterceptIndex] = previous.Intercept;
        p[DixonColesLikelihood.HomeAdvantageIndex] = previous.HomeAdvantage;
        p[DixonColesLikelihood.RawRhoIndex] = Math.Atanh(previous.Rho / DixonColesCorrection.RhoBound);
        p[DixonColesLikelihood.LogSizeIndex] = Math.Log(previous.Size);
        for (var i = 0; i < likelihood.Teams.Count; i++)
        {
            var team = likelihood.Teams.Names[i];
            p[DixonColesLikelihood.AttackIndex(i)] = previous.Attack.GetValueOrDefault(team);
            p[likelihood.DefenceIndex(i)] = previous.Defence.GetValueOrDefault(team);
            if (likelihood.ParameterCount > likelihood.HomeDeviationIndex(0))
            {
                p[likelihood.HomeDeviationIndex(i)] = previous.HomeAdvantageDeviation.GetValueOrDefault(team);
            }
        }

        return p;
    }
}
