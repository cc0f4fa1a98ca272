using System.Diagnostics;
using Statistico.Betfair;

namespace Statistico.Trader.Benchmarks;

/// <summary>
/// Joins what the feed sent, what the Trader stored (position = the decision, ledger row = the committed intent) and
/// what the probe saw at the exchange, for the value observations of the measured slots, into the end-to-end latency
/// and its stages.
/// </summary>
internal sealed class OrderLatencies
{
    private readonly List<double> total = [];
    private readonly List<double> traderPart = [];
    private readonly List<double> decided = [];
    private readonly List<double> intended = [];
    private readonly List<double> sent = [];
    private readonly List<double> exchange = [];

    public int Expected { get; private set; }

    public int Accepted => total.Count;

    public int Refused { get; private set; }

    public static async Task<OrderLatencies> CollectAsync(ObservationFeed feed, PlaceOrdersProbe probe, TraderDatabase database, int firstMeasuredSlot)
    {
        var result = new OrderLatencies { Expected = feed.SlotOf.Values.Count(s => s >= firstMeasuredSlot) };
        foreach (var (tradeId, fixtureId, openedAt, intentAt) in await database.PositionsAsync())
        {
            if (!feed.SlotOf.TryGetValue(fixtureId, out var slot) || slot < firstMeasuredSlot)
            {
                continue;
            }

            if (intentAt is null || !probe.Calls.TryGetValue(TradeReferences.CustomerOrderRef(tradeId), out var call) || !call.Accepted)
            {
                result.Refused++;
                continue;
            }

            var due = feed.Schedule.Due(slot);
            var decision = feed.ToStopwatch(openedAt);
            var intent = feed.ToStopwatch(intentAt.Value);
            result.total.Add(Ms(due, call.Answered));
            result.traderPart.Add(Ms(due, call.Sent));
            result.decided.Add(Ms(due, decision));
            result.intended.Add(Ms(decision, intent));
            result.sent.Add(Ms(intent, call.Sent));
            result.exchange.Add(Ms(call.Sent, call.Answered));
        }

        return result;
    }

    public Latencies Total => new("**Trader: observation due → order accepted by the Simulator**", total);

    public IEnumerable<Latencies> Stages =>
    [
        new("Trader's part: observation due → placeOrders sent", traderPart),
        new("stage: due → decision (queue, consume, prices stored, strategy evaluated)", decided),
        new("stage: decision → intent row (decision commit, relay, saga, relay, gate)", intended),
        new("stage: intent row → placeOrders sent (intent commit)", sent),
        new("stage: placeOrders at the Simulator (validate, match, commit, answer)", exchange),
    ];

    private static double Ms(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;
}
