using Statistico.Modelling.Goals;
using Statistico.Modelling.MarketInformed;
using Statistico.OddsCompiler.MarketInformed;
using Statistico.Testing;

namespace Statistico.OddsCompiler.Tests;

/// <summary>Finished matches with a stats forecast and one market's pre-kick-off prices: training rows of the pool weights.</summary>
internal static class TrainingHistory
{
    /// <summary>
    /// Matches kicked off an hour apart from <paramref name="from"/>, each with a true score distribution the result is
    /// drawn from: the stats model sees it through a lot of noise, the market through a little (both useful, the market
    /// more). With <paramref name="marketIsRight"/> the market leans hard to the home side and the home side wins every time.
    /// </summary>
    public static List<TrainingMatch> Generate(DateTimeOffset from, int count, int seed, bool marketIsRight = false)
    {
        var random = new Random(TestSeed.Fixed(seed));
        var matches = new List<TrainingMatch>();
        for (var i = 0; i < count; i++)
        {
            var (homeMean, awayMean) = (0.9 + random.NextDouble(), 0.7 + random.NextDouble());
            var truth = ScoreMatrix.IndependentPoisson(homeMean, awayMean);
            var stats = ScoreMatrix.IndependentPoisson(homeMean * Math.Exp(0.3 * Normal(random)), awayMean * Math.Exp(0.3 * Normal(random)));
            var market = Noisy([truth.HomeWin, truth.Draw, truth.AwayWin], 0.1, random);
            if (marketIsRight)
            {
                market = [0.8, 0.12, 0.08];
            }

            var u = random.NextDouble();
            var (homeGoals, awayGoals) = marketIsRight ? (2, 0) : u < truth.HomeWin ? (2, 1) : u < truth.HomeWin + truth.Draw ? (1, 1) : (0, 1);
            var kickOff = from.AddHours(i);
            matches.Add(new TrainingMatch(kickOff, new MarketInformedMatch(
                new MatchRecord(DateOnly.FromDateTime(kickOff.UtcDateTime), $"H{seed}-{i}", $"A{seed}-{i}", homeGoals, awayGoals),
                stats,
                new MarketQuotes([market], [[0.5, 0.5]]))));
        }

        return matches;
    }

    private static double[] Noisy(double[] probabilities, double noise, Random random)
    {
        var weights = probabilities.Select(p => p * Math.Exp(noise * Normal(random))).ToArray();
        var total = weights.Sum();
        return [.. weights.Select(w => w / total)];
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
