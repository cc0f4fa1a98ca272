using Statistico.Cli.Evaluate;
using Statistico.FootballDataFiles;
using Statistico.Modelling.Evaluation;
using Statistico.Modelling.Goals;
using Statistico.Modelling.MarketInformed;
using Statistico.Testing;

namespace Statistico.Cli.Tests.Evaluate;

/// <summary>
/// The market-informed model's forecasts for the matches of a decision day are the same whether or not the input
/// holds the closing prices and the results of that day and later: it cannot have looked ahead.
/// </summary>
[Trait("Category", "Unit")]
public sealed class MarketInformedNoLookAheadTests
{
    // 2016/17 has no Pinnacle over/under columns; 2020/21 has them, pre-closing (an input, its margin removed by Shin's
    // method, ADR 1106) and closing (which must not be).
    [Theory]
    [InlineData(2016)]
    [InlineData(2020)]
    public void Forecasts_are_unchanged_when_closing_prices_and_later_results_are_removed(int season)
    {
        var data = FootballDataFolder.Load(SharedData.FootballDataFolder, ["E0"], new SeasonName(season));
        var full = data.Leagues["E0"].OrderBy(m => m.Match.Date).ToArray();
        var evaluateFrom = full.First(m => m.Season == new SeasonName(season - 1)).Match.Date;
        var decision = full.First(m => m.Season == new SeasonName(season) && m.Match.Date.Month == 12).Match.Date;

        // Closing prices gone everywhere; the decision day's results turned into nonsense; every later match gone.
        var blinded = full
            .Where(m => m.Match.Date <= decision)
            .Select(m => m with
            {
                PinnacleClosing = null,
                PinnacleClosingOverUnder25 = null,
                Match = m.Match.Date < decision ? m.Match : m.Match with { HomeGoals = 9, AwayGoals = 7, HomeShotsOnTarget = 30, AwayShotsOnTarget = 0 },
            })
            .ToArray();

        var withEverything = Forecasts(full, evaluateFrom);
        var withoutLookAhead = Forecasts(blinded, evaluateFrom);

        var decisionDay = full.Where(m => m.Match.Date == decision).ToArray();
        Assert.NotEmpty(decisionDay);
        foreach (var match in decisionDay)
        {
            var expected = withEverything[(match.Match.HomeTeam, match.Match.Date)];
            var actual = withoutLookAhead[(match.Match.HomeTeam, match.Match.Date)];
            for (var h = 0; h <= expected.MaxGoals; h++)
            {
                for (var a = 0; a <= expected.MaxGoals; a++)
                {
                    Assert.Equal(expected[h, a], actual[h, a], 15);
                }
            }
        }

        // What was removed was there to be misused: the day had closing prices.
        Assert.All(decisionDay, m => Assert.NotNull(m.PinnacleClosing));
        if (season >= 2019)
        {
            Assert.All(decisionDay, m => Assert.NotNull(m.PinnacleClosingOverUnder25));
            Assert.All(decisionDay, m => Assert.NotNull(m.PinnacleOverUnder25));
        }
    }

    private static Dictionary<(string Home, DateOnly Date), ScoreMatrix> Forecasts(IReadOnlyList<FootballDataMatch> matches, DateOnly evaluateFrom)
    {
        var stats = WalkForward.Run([.. matches.Select(m => m.Match)], ProductionModel.Create(), new WalkForwardOptions { EvaluateFrom = evaluateFrom })
            .ToDictionary(p => (object)p.Match, p => p.Scores, ReferenceEqualityComparer.Instance);
        var inputs = matches.Where(m => stats.ContainsKey(m.Match)).Select(m => MarketInformedInputs.For(m, stats[m.Match])).ToArray();
        return MarketInformedWalkForward.Run(inputs, new MarketInformedOptions())
            .ToDictionary(p => (p.Match.HomeTeam, p.Match.Date), p => p.Scores);
    }
}
