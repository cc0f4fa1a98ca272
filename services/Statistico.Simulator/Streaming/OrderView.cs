using Statistico.Betfair.Streaming;

namespace Statistico.Simulator.Streaming;

/// <summary>
/// A market's orders as one order subscription sees them (its strategy references only), and the change between two:
/// every order that is new or changed is sent whole, with the matched backs/lays by price as keyed entries.
/// </summary>
public sealed record OrderView(string MarketId, IReadOnlyDictionary<long, IReadOnlyDictionary<string, StreamOrder>> Runners)
{
    public static OrderView Of(string marketId, OrderMarketImage image, IReadOnlyList<string>? strategyRefs)
    {
        ArgumentNullException.ThrowIfNull(image);
        bool Wanted(StreamOrder order) => strategyRefs is not { Count: > 0 } || (order.Rfs is not null && strategyRefs.Contains(order.Rfs));
        return new OrderView(marketId, image.Runners.ToDictionary(
            r => r.Id, r => (IReadOnlyDictionary<string, StreamOrder>)r.Orders.Where(Wanted).ToDictionary(o => o.Id)));
    }

    public OrderMarketChange Image() => new()
    {
        Id = MarketId, FullImage = true,
        Orc = [.. Runners.OrderBy(r => r.Key).Select(r => new OrderRunnerChange
        {
            Id = r.Key, FullImage = true, Uo = [.. r.Value.Values.OrderBy(o => o.Id, StringComparer.Ordinal)],
            Mb = Matched(r.Value.Values, "B").All(), Ml = Matched(r.Value.Values, "L").All(),
        })],
    };

    public OrderMarketChange? Since(OrderView before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var runners = new List<OrderRunnerChange>();
        foreach (var (id, orders) in Runners.OrderBy(r => r.Key))
        {
            var old = before.Runners.GetValueOrDefault(id) ?? new Dictionary<string, StreamOrder>();
            var changed = orders.Values.Where(o => !old.TryGetValue(o.Id, out var was) || was != o).OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
            var mb = Matched(orders.Values, "B").Since(Matched(old.Values, "B"));
            var ml = Matched(orders.Values, "L").Since(Matched(old.Values, "L"));
            if (changed.Count > 0 || mb is not null || ml is not null)
            {
                runners.Add(new OrderRunnerChange { Id = id, Uo = changed.Count == 0 ? null : changed, Mb = mb, Ml = ml });
            }
        }

        return runners.Count == 0 ? null : new OrderMarketChange { Id = MarketId, Orc = runners };
    }

    private static KeyedEntries Matched(IEnumerable<StreamOrder> orders, string side) =>
        KeyedEntries.ByPrice(orders.Where(o => o.Side == side && o.Sm > 0).GroupBy(o => o.Avp ?? o.P).Select(g => (g.Key, g.Sum(o => o.Sm))));
}
