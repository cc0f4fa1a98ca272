using Statistico.Modelling.MarketInformed;
using Statistico.Testing;

namespace Statistico.Modelling.Tests.MarketInformed;

/// <summary>
/// The pools' Newton fit on histories long enough for its passes to be split over two cores, fitted at once and walked
/// forward week by week, each week warm-started at the last (ADR 1101, ADR 1103): both land on the penalised likelihood's
/// optimum. The carried refits of the walk-forward are tested in <see cref="CarriedLogOpinionPoolFitTests"/>.
/// </summary>
[Trait("Category", "Unit")]
public sealed class LogOpinionPoolFitterTests
{
    private const double Ridge = 20;

    [Theory]
    [InlineData(3)]
    [InlineData(2)]
    public void A_long_history_fitted_at_once_or_week_by_week_reaches_the_optimum(int classes)
    {
        var (sources, features, outcomes) = History(classes, rows: 6000, seed: 21);
        var prior = LogOpinionPool.TrustOnly(classes, 3, lead: 1);

        var atOnce = LogOpinionPoolFitter.Fit(features, outcomes, 0, features.Count, prior, Ridge, start: null);
        var walked = prior;
        for (var count = 250; count <= features.Count; count += 250)
        {
            walked = LogOpinionPoolFitter.Fit(features, outcomes, 0, count, prior, Ridge, walked);
        }

        Assert.All(Enumerable.Range(0, atOnce.Parameters.Count), i => Assert.Equal(atOnce.Parameters[i], walked.Parameters[i], 1e-6));
        var gradient = NumericGradient(atOnce, prior, sources, outcomes);
        Assert.True(gradient.Max(Math.Abs) < 1e-3, $"gradient of the penalised log likelihood at the fit: {string.Join(", ", gradient)}");
    }

    // Central differences of Σ −log p_y + ridge/2·‖θ − θ₀‖², p from LogOpinionPool.Combine (the public forecast path).
    private static double[] NumericGradient(LogOpinionPool fit, LogOpinionPool prior, List<double[][]> sources, List<int> outcomes)
    {
        var gradient = new double[fit.Parameters.Count];
        const double step = 1e-5;
        for (var i = 0; i < gradient.Length; i++)
        {
            var up = fit.Parameters.ToArray();
            var down = fit.Parameters.ToArray();
            up[i] += step;
            down[i] -= step;
            gradient[i] = (Objective(new LogOpinionPool(fit.Classes, up)) - Objective(new LogOpinionPool(fit.Classes, down))) / (2 * step);
        }

        return gradient;

        double Objective(LogOpinionPool pool)
        {
            var total = 0.0;
            for (var n = 0; n < outcomes.Count; n++)
            {
                total -= Math.Log(pool.Combine(sources[n])[outcomes[n]]);
            }

            for (var i = 0; i < pool.Parameters.Count; i++)
            {
                var d = pool.Parameters[i] - prior.Parameters[i];
                total += 0.5 * Ridge * d * d;
            }

            return total;
        }
    }

    // Three sources: a noisy one, one that knows the outcome odds, and a blend; outcomes drawn from the odds.
    internal static (List<double[][]> Sources, List<double[]> Features, List<int> Outcomes) History(int classes, int rows, int seed)
    {
        var random = new Random(TestSeed.Fixed(seed));
        var sources = new List<double[][]>();
        var features = new List<double[]>();
        var outcomes = new List<int>();
        for (var n = 0; n < rows; n++)
        {
            var truth = Distribution(random, classes);
            var noise = Distribution(random, classes);
            var blend = truth.Select((t, k) => (0.5 * t) + (0.5 * noise[k])).ToArray();
            double[][] row = [noise, truth, blend];
            var u = random.NextDouble();
            var outcome = 0;
            for (var cumulative = truth[0]; outcome < classes - 1 && u > cumulative; cumulative += truth[++outcome])
            {
            }

            sources.Add(row);
            features.Add([.. row.SelectMany(p => p.Select(v => Math.Log(v)))]);
            outcomes.Add(outcome);
        }

        return (sources, features, outcomes);
    }

    private static double[] Distribution(Random random, int classes)
    {
        var weights = Enumerable.Range(0, classes).Select(_ => 0.3 + random.NextDouble()).ToArray();
        var sum = weights.Sum();
        return [.. weights.Select(w => w / sum)];
    }
}
