namespace Statistico.Simulator.World;

/// <summary>Deterministic draws for the synthetic world (System.Random with a seed is stable for a given runtime).</summary>
internal sealed class SeededRandom(int seed)
{
    private readonly Random random = new(seed);

    public double Uniform() => random.NextDouble();

    public double Normal(double mean, double deviation)
    {
        // Box–Muller; 1 − u keeps the logarithm finite.
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + (deviation * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }

    public int Poisson(double mean)
    {
        // Knuth's product method: means here are small (under 20).
        var limit = Math.Exp(-mean);
        var count = 0;
        for (var product = random.NextDouble(); product > limit; product *= random.NextDouble())
        {
            count++;
        }

        return count;
    }

    public int Binomial(int trials, double probability)
    {
        var count = 0;
        for (var i = 0; i < trials; i++)
        {
            count += random.NextDouble() < probability ? 1 : 0;
        }

        return count;
    }
}
