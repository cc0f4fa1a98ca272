using Statistico.Modelling.Goals;
using Statistico.Modelling.Markets;

namespace Statistico.Modelling.Counts;

/// <summary>A fitted <see cref="TeamCountModel"/>: expected counts and the distribution of the match total.</summary>
public sealed class TeamCountFit(MatchStatistic statistic, DixonColesFit fit)
{
    /// <summary>Lines compiled by default.</summary>
    public IReadOnlyList<double> StandardLines =>
        statistic == MatchStatistic.Corners ? [7.5, 8.5, 9.5, 10.5, 11.5, 12.5] : [2.5, 3.5, 4.5, 5.5, 6.5];

    /// <summary>The underlying fit (team effects, dispersion).</summary>
    public DixonColesFit Parameters { get; } = fit;

    /// <summary>Expected home and away counts.</summary>
    public (double Home, double Away) Expected(string homeTeam, string awayTeam) => Parameters.ExpectedGoals(homeTeam, awayTeam);

    /// <summary>P(match total = k), from the joint home/away count matrix.</summary>
    public double[] TotalDistribution(string homeTeam, string awayTeam)
    {
        var matrix = Parameters.Predict(homeTeam, awayTeam);
        var total = new double[(2 * matrix.MaxGoals) + 1];
        for (var h = 0; h <= matrix.MaxGoals; h++)
        {
            for (var a = 0; a <= matrix.MaxGoals; a++)
            {
                total[h + a] += matrix[h, a];
            }
        }

        return total;
    }

    /// <summary>Fair over/under markets on the match total at every standard line.</summary>
    public IReadOnlyList<MarketPrice> Markets(string homeTeam, string awayTeam)
    {
        var total = TotalDistribution(homeTeam, awayTeam);
        return [.. StandardLines.Select(line => CountLineMarket.Price(
            statistic == MatchStatistic.Corners ? MarketTypes.OverUnderCorners(line) : MarketTypes.OverUnderCards(line),
            total, line))];
    }
}
