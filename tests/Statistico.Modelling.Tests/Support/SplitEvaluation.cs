using System.Diagnostics;
using Statistico.Modelling.Evaluation;
using Statistico.Modelling.Goals;
using Statistico.Modelling.Metrics;

namespace Statistico.Modelling.Tests.Support;

/// <summary>Weekly walk-forward of a model over the shared split, scored on 1X2 and O/U 2.5.</summary>
internal static class SplitEvaluation
{
    private static readonly DateOnly OverUnderFrom = new(2019, 7, 1);

    public static (ForecastScorecard MatchOdds, ForecastScorecard OverUnder25, IReadOnlyList<MatchPrediction> Predictions) Run(
        IGoalModel model, ITestOutputHelper output)
    {
        var matchOdds = new ForecastScorecard();
        var overUnder = new ForecastScorecard();
        var all = new List<MatchPrediction>();
        var watch = Stopwatch.StartNew();
        foreach (var league in SharedSplit.Leagues)
        {
            var predictions = WalkForward.Run(SharedSplit.Matches(league), model, new WalkForwardOptions { EvaluateFrom = SharedSplit.EvaluateFrom });
            all.AddRange(predictions);
            foreach (var prediction in predictions)
            {
                matchOdds.Add(prediction.MatchOdds, prediction.Outcome);
                if (prediction.Match.Date >= OverUnderFrom)
                {
                    var over = prediction.Scores.Probability((h, a) => h + a > 2.5);
                    overUnder.Add([over, 1 - over], prediction.Match.HomeGoals + prediction.Match.AwayGoals > 2 ? 0 : 1);
                }
            }
        }

        output.WriteLine(
            $"{model.Name}: {matchOdds.Count} matches, RPS {matchOdds.RankedProbabilityScore:F5}, log loss {matchOdds.LogLoss:F4}, " +
            $"O/U 2.5 log loss {overUnder.LogLoss:F4} over {overUnder.Count}, {watch.Elapsed.TotalSeconds:F2} s");
        return (matchOdds, overUnder, all);
    }
}
