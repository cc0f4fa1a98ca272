using System.Diagnostics;

namespace Statistico.OddsChecker.Benchmarks;

/// <summary>
/// Pairs each change with the first MarketOddsObserved whose market and runner show the best back offer the change
/// made (sizes only grow during a run, so no observation from before the change can show it), and measures from the
/// Simulator's answer to the placeOrders call (the change is committed by then) to that delivery.
/// </summary>
internal static class ChangeLatencies
{
    public static Latencies Of(string name, IReadOnlyList<PriceChange> changes, IReadOnlyList<Arrival> arrivals)
    {
        var first = new Dictionary<LadderTop, long>();
        foreach (var arrival in arrivals.OrderBy(a => a.At))
        {
            foreach (var market in arrival.Message.Markets)
            {
                foreach (var runner in market.Runners.Where(r => r.Back.Count > 0 && r.RunnerId is not null))
                {
                    var top = new LadderTop(market.ExchangeMarketId ?? string.Empty, runner.RunnerId!.Value, runner.Back[0].Price, runner.Back[0].Size);
                    first.TryAdd(top, arrival.At); // decimal equality and hash ignore scale: 110 = 110.00
                }
            }
        }

        return new Latencies(name, changes
            .Where(c => first.ContainsKey(c.After))
            .Select(c => Stopwatch.GetElapsedTime(c.AnsweredAt, first[c.After]).TotalMilliseconds));
    }
}
