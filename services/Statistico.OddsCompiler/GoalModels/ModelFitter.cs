using System.Diagnostics;
using Statistico.Modelling.Goals;
using Statistico.OddsCompiler.Priors;

namespace Statistico.OddsCompiler.GoalModels;

/// <summary>Fits the library's production model on a training set, exactly as <see cref="ProductionModel.Create()"/> defines it.</summary>
public static class ModelFitter
{
    public static FittedModel Fit(TrainingSet training) => Fit(training, new Dictionary<string, TeamPrior>());

    /// <summary>Fits with <paramref name="priors"/> for named teams (<see cref="ProductionModel.Create(IReadOnlyDictionary{string, ValueTuple{double, double}})"/>).</summary>
    public static FittedModel Fit(TrainingSet training, IReadOnlyDictionary<string, TeamPrior> priors)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(priors);
        var model = ProductionModel.Create(priors.ToDictionary(p => p.Key, p => (p.Value.Attack, p.Value.Defence), StringComparer.Ordinal));
        var started = Stopwatch.GetTimestamp();
        // No warm start from the previous fit: it reaches the same optimum only to the optimiser's tolerance, and the
        // compiler promises the library's prices for the same data to 1e-9 (a cold fit of a season takes milliseconds).
        var fit = model.Fit(training.Matches, training.AsOf);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new FittedModel(fit, model.Name, Parameters(fit, training, priors), LogLikelihood(fit, training.Matches), elapsed);
    }

    private static double LogLikelihood(IFittedGoalModel fit, IReadOnlyList<MatchRecord> matches)
    {
        var sum = 0.0;
        foreach (var match in matches)
        {
            sum += Math.Log(Math.Max(fit.Predict(match.HomeTeam, match.AwayTeam)[match.HomeGoals, match.AwayGoals], 1e-300));
        }

        return sum;
    }

    private static ModelParameters Parameters(IFittedGoalModel fit, TrainingSet training, IReadOnlyDictionary<string, TeamPrior> priors)
    {
        var goals = (fit as IBlendedGoalFit)?.Goals as DixonColesFit;
        var ratings = ((fit as IBlendedGoalFit)?.Outcomes as PiRatingFit)?.Ratings;
        var teams = new SortedDictionary<string, TeamParameters>(StringComparer.Ordinal);
        var counts = training.MatchesByTeam.Concat(priors.Keys.Where(t => !training.MatchesByTeam.ContainsKey(t)).Select(t => KeyValuePair.Create(t, 0)));
        foreach (var (team, matches) in counts)
        {
            var rating = ratings?[team];
            teams[team] = new TeamParameters(
                goals?.Attack.GetValueOrDefault(team) ?? 0, goals?.Defence.GetValueOrDefault(team) ?? 0,
                rating?.Home ?? 0, rating?.Away ?? 0, matches);
        }

        return new ModelParameters(goals?.Intercept ?? 0, goals?.HomeAdvantage ?? 0, goals?.Rho ?? 0, teams, priors.Count == 0 ? null : priors);
    }
}
