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
        var (solution, iterations, evaluations) =
            LbfgsMinimiser.Minimise(likelihood.Evaluate, warm, likelihood.InitialGuess(), Options.GradientTolerance, likelihood.DiagonalScale());
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
