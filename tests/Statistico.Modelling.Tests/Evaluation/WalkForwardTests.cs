using Statistico.Modelling.Evaluation;
using Statistico.Modelling.Goals;
using Statistico.Modelling.Tests.Support;
using Statistico.Testing;

namespace Statistico.Modelling.Tests.Evaluation;

[Trait("Category", "Unit")]
public sealed class WalkForwardTests
{
    [Fact]
    public void Every_match_in_range_is_predicted_once_from_strictly_earlier_matches()
    {
        var league = new SyntheticLeague(10, 0.1, 0.25, -0.05, seed: TestSeed.Fixed(8));
        var matches = league.Play(3, new DateOnly(2018, 8, 1), seed: TestSeed.Fixed(9));
        var from = matches[200].Date;
        var spy = new SpyModel();

        var predictions = WalkForward.Run(matches, spy, new WalkForwardOptions { EvaluateFrom = from, WindowDays = 200 });

        Assert.Equal(matches.Count(m => m.Date >= from), predictions.Count);
        Assert.All(spy.Fits, fit => Assert.True(fit.LatestTraining < fit.AsOf));
        Assert.All(spy.Fits, fit => Assert.True(fit.EarliestTraining.DayNumber >= fit.AsOf.DayNumber - 200));
        Assert.All(spy.Fits.Zip(spy.Fits.Skip(1)), pair => Assert.True(pair.Second.AsOf.DayNumber - pair.First.AsOf.DayNumber >= 7));
    }

    [Fact]
    public void Evaluation_stops_at_the_last_date_asked_for()
    {
        var matches = new SyntheticLeague(8, 0.1, 0.25, -0.05, seed: TestSeed.Fixed(30)).Play(3, new DateOnly(2018, 8, 1), seed: TestSeed.Fixed(31));
        var from = matches[100].Date;
        var to = matches[130].Date;

        var predictions = WalkForward.Run(matches, new DixonColesModel(), new WalkForwardOptions { EvaluateFrom = from, EvaluateTo = to });

        Assert.Equal(matches.Count(m => m.Date >= from && m.Date <= to), predictions.Count);
        Assert.All(predictions, p => Assert.InRange(p.Match.Date, from, to));
    }

    [Fact]
    public void Parallel_league_run_gives_the_same_predictions_as_one_league_at_a_time()
    {
        var leagues = new Dictionary<string, IReadOnlyList<MatchRecord>>
        {
            ["A"] = new SyntheticLeague(8, 0.1, 0.25, -0.05, seed: TestSeed.Fixed(1)).Play(3, new DateOnly(2018, 8, 1), seed: TestSeed.Fixed(2)),
            ["B"] = new SyntheticLeague(10, 0.2, 0.2, -0.08, seed: TestSeed.Fixed(3)).Play(2, new DateOnly(2018, 8, 1), seed: TestSeed.Fixed(4)),
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
