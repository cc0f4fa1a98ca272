using System.Diagnostics;
using Statistico.Modelling.Evaluation;
using Statistico.Modelling.Goals;
using Statistico.Modelling.Metrics;
using Statistico.Modelling.Tests.Support;

namespace Statistico.Modelling.Tests.Evaluation;

public sealed class WalkForwardTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_match_in_range_is_predicted_once_from_strictly_earlier_matches()
    {
        var league = new SyntheticLeague(10, 0.1, 0.25, -0.05, seed: 8);
        var matches = league.Play(3, new DateOnly(2018, 8, 1), seed: 9);
        var from = matches[200].Date;
        var spy = new SpyModel();

        var predictions = WalkForward.Run(matches, spy, new WalkForwardOptions { EvaluateFrom = from, WindowDays = 200 });

        Assert.Equal(matches.Count(m => m.Date >= from), predictions.Count);
        Assert.All(spy.Fits, fit => Assert.True(fit.LatestTraining < fit.AsOf));
        Assert.All(spy.Fits, fit => Assert.True(fit.EarliestTraining.DayNumber >= fit.AsOf.DayNumber - 200));
        Assert.All(spy.Fits.Zip(spy.Fits.Skip(1)), pair => Assert.True(pair.Second.AsOf.DayNumber - pair.First.AsOf.DayNumber >= 7));
    }

    [Fact]
    public void Dixon_coles_walk_forward_over_the_shared_split_scores_near_the_design_figure()
    {
        var card = Evaluate(new DixonColesModel());

        Assert.InRange(card.RankedProbabilityScore, 0.2035, 0.2050);
    }

    [Fact]
    public void Production_model_beats_standard_dixon_coles_on_the_shared_split()
    {
        var card = Evaluate(ProductionModel.Create());

        Assert.True(card.RankedProbabilityScore <= 0.2032, $"RPS {card.RankedProbabilityScore}");
    }

    [Fact]
    public void Parallel_league_run_gives_the_same_predictions_as_one_league_at_a_time()
    {
        var leagues = new Dictionary<string, IReadOnlyList<MatchRecord>>
        {
            ["A"] = new SyntheticLeague(8, 0.1, 0.25, -0.05, seed: 1).Play(3, new DateOnly(2018, 8, 1), seed: 2),
            ["B"] = new SyntheticLeague(10, 0.2, 0.2, -0.08, seed: 3).Play(2, new DateOnly(2018, 8, 1), seed: 4),
        };
        var options = new WalkForwardOptions { EvaluateFrom = new DateOnly(2018, 11, 1) };

        var together = WalkForward.RunLeagues(leagues, () => new DixonColesModel(), options, maxDegreeOfParallelism: 2);

        foreach (var (name, matches) in leagues)
        {
            var alone = WalkForward.Run(matches, new DixonColesModel(), options);
            Assert.Equal(alone.Count, together[name].Count);
            Assert.All(alone.Zip(together[name]), pair => Assert.Equal(pair.First.Scores.HomeWin, pair.Second.Scores.HomeWin, 12));
        }
    }

    private ForecastScorecard Evaluate(IGoalModel model)
    {
        var card = new ForecastScorecard();
        var watch = Stopwatch.StartNew();
        var fits = 0;
        foreach (var league in SharedSplit.Leagues)
        {
            var matches = SharedSplit.Matches(league);
            var predictions = WalkForward.Run(matches, model, new WalkForwardOptions { EvaluateFrom = SharedSplit.EvaluateFrom });
            fits += predictions.Select(p => p.Match.Date).Distinct().Count();
            foreach (var prediction in predictions)
            {
                card.Add(prediction.MatchOdds, prediction.Outcome);
            }
        }

        output.WriteLine($"{model.Name}: {card.Count} matches, RPS {card.RankedProbabilityScore:F5}, log loss {card.LogLoss:F4}, {watch.Elapsed.TotalSeconds:F2} s");
        Assert.InRange(card.Count, 16500, 16600);
        Assert.True(fits > 0);
        return card;
    }

    private sealed class SpyModel : IGoalModel
    {
        public List<(DateOnly AsOf, DateOnly EarliestTraining, DateOnly LatestTraining)> Fits { get; } = [];

        public string Name => "spy";

        public IFittedGoalModel Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf)
        {
            Fits.Add((asOf, matches.Min(m => m.Date), matches.Max(m => m.Date)));
            return new DixonColesModel().Fit(matches, asOf);
        }
    }
}
