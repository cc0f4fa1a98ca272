namespace Statistico.Trader.Benchmarks;

/// <summary>
/// The floor of this design: the serial durable steps between an observation and its order, each at what this machine
/// gave a lone step in the same run. From the code (docs/benchmarks.md, issue 16): five commits (the observation's
/// decision, the relay's, the saga's, the relay's again, the order intent's) and three durable broker hops (the
/// observation, TradeSignalled, PlaceOrder), nothing else: no queueing, no CPU of the Trader's own, no Simulator. The
/// distribution of the sum is drawn by resampling the measured floors independently (fixed seed), so its p50 and p99
/// are those of a sum, not sums of percentiles.
/// </summary>
internal static class DesignFloor
{
    public const int Commits = 5;
    public const int BrokerHops = 3;

    public static Latencies Of(Latencies commit, Latencies broker, int draws = 100_000)
    {
        var random = new Random(16);
        var sums = new double[draws];
        for (var i = 0; i < draws; i++)
        {
            var sum = 0.0;
            for (var c = 0; c < Commits; c++)
            {
                sum += commit.All[random.Next(commit.Count)];
            }

            for (var h = 0; h < BrokerHops; h++)
            {
                sum += broker.All[random.Next(broker.Count)];
            }

            sums[i] = sum;
        }

        return new Latencies($"floor of this design: {Commits} commits + {BrokerHops} broker hops in series, resampled from the two floors", sums);
    }
}
