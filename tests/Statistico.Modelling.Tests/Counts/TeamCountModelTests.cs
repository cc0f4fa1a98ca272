using Statistico.Modelling.Counts;
using Statistico.Modelling.Tests.Support;

namespace Statistico.Modelling.Tests.Counts;

[Trait("Category", "Unit")]
public sealed class TeamCountModelTests(ITestOutputHelper output)
{
    private static readonly string[] TrainingSeasons = ["2016-17", "2017-18", "2018-19"];

    [Fact]
    public void Corners_and_cards_models_price_line_markets_from_premier_league_data()
    {
        var matches = TrainingSeasons.SelectMany(s => FootballDataFile.Read("E0", s)).Select(r => r.ToMatch()).ToList();
        var asOf = new DateOnly(2019, 8, 9);

        var corners = new TeamCountModel(MatchStatistic.Corners).Fit(matches, asOf);
        var cards = new TeamCountModel(MatchStatistic.Cards).Fit(matches, asOf);
        var (homeCorners, awayCorners) = corners.Expected("Man City", "Burnley");
        var cornerMarkets = corners.Markets("Arsenal", "Chelsea");
        var cardMarkets = cards.Markets("Arsenal", "Chelsea");

        output.WriteLine($"corners size {corners.Parameters.Size:F1}, cards size {cards.Parameters.Size:F1}, Man City v Burnley corners {homeCorners:F2}-{awayCorners:F2}");
        Assert.True(homeCorners > 2 * awayCorners);
        Assert.Contains(cornerMarkets, m => m.MarketType == "OVER_UNDER_95_CORNR");
        Assert.Contains(cardMarkets, m => m.MarketType == "OVER_UNDER_45_CARDS");
        Assert.All(cornerMarkets.Concat(cardMarkets), m => Assert.Equal(1.0, m.Selections.Sum(s => s.EffectiveProbability), 9));
        var averageTotal = corners.TotalDistribution("Arsenal", "Chelsea").Select((p, k) => p * k).Sum();
        Assert.InRange(averageTotal, 8, 13);
        Assert.InRange(cards.Parameters.Size, 2, 200);
    }
}
