using Statistico.Modelling.Metrics;
using Statistico.Modelling.Pricing;
using Statistico.Modelling.Tests.Support;

namespace Statistico.Modelling.Tests.Metrics;

[Trait("Category", "Unit")]
public sealed class PinnacleClosingRpsTests(ITestOutputHelper output)
{
    private static readonly string[] HistorySeasons = ["2015-16", "2016-17", "2017-18"];
    private static readonly string[] Leagues = ["E0", "E1", "D1", "SP1", "I1", "F1"];
    private static readonly string[] EvaluatedSeasons = ["2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22"];

    [Fact]
    public void Premier_league_closing_odds_score_a_sane_rps_that_beats_the_base_rate()
    {
        var history = HistorySeasons.SelectMany(s => FootballDataFile.Read("E0", s)).ToList();
        double[] baseRate = [.. Enumerable.Range(0, 3).Select(o => history.Count(r => r.ResultIndex == o) / (double)history.Count)];
        var market = new ForecastScorecard();
        var naive = new ForecastScorecard();

        foreach (var row in FootballDataFile.Read("E0", "2018-19"))
        {
            market.Add(ClosingProbabilities(row)!, row.ResultIndex);
            naive.Add(baseRate, row.ResultIndex);
        }

        output.WriteLine($"E0 2018-19: closing RPS {market.RankedProbabilityScore:F4}, base rate {naive.RankedProbabilityScore:F4}");
        Assert.Equal(380, market.Count);
        Assert.InRange(market.RankedProbabilityScore, 0.17, 0.23);
        Assert.True(market.RankedProbabilityScore < naive.RankedProbabilityScore);
    }

    [Fact]
    public void Pooled_closing_rps_over_the_shared_split_matches_the_design_figure()
    {
        var card = new ForecastScorecard();
        foreach (var row in Leagues.SelectMany(l => EvaluatedSeasons.SelectMany(s => FootballDataFile.Read(l, s))))
        {
            if (ClosingProbabilities(row) is { } p)
            {
                card.Add(p, row.ResultIndex);
            }
        }

        output.WriteLine($"pooled {card.Count} matches: RPS {card.RankedProbabilityScore:F5}, log loss {card.LogLoss:F4}, Brier {card.Brier:F4}, accuracy {card.Accuracy:F3}");
        Assert.InRange(card.Count, 16500, 16600);
        Assert.Equal(0.1981, card.RankedProbabilityScore, 0.0002);
    }

    /// <summary>Pinnacle closing 1X2 (falling back to the pre-closing price), normalised.</summary>
    private static double[]? ClosingProbabilities(FootballDataRow row)
    {
        var odds = new[] { row.Number("PSCH"), row.Number("PSCD"), row.Number("PSCA") };
        if (odds.Any(o => o is null))
        {
            odds = [row.Number("PSH"), row.Number("PSD"), row.Number("PSA")];
        }

        return odds.Any(o => o is null) ? null : MarginModels.For(MarginMethod.Multiplicative).Remove([.. odds.Select(o => o!.Value)]);
    }
}
