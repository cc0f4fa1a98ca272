namespace Statistico.Betfair.Streaming;

/// <summary>
/// The account's orders as the order stream reports them, by bet id (each order is sent whole when it changes), with
/// the market each belongs to.
/// </summary>
public sealed class OrderCache
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (string MarketId, long SelectionId, StreamOrder Order)> orders = new(StringComparer.Ordinal);

    /// <summary>Applies one <c>ocm</c>; returns the orders it changed.</summary>
    public IReadOnlyList<(string MarketId, long SelectionId, StreamOrder Order)> Apply(StreamResponse message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var changed = new List<(string, long, StreamOrder)>();
        lock (gate)
        {
            if (message.Ct == ChangeTypes.SubImage)
            {
                orders.Clear();
            }

            foreach (var market in message.Oc ?? [])
            {
                if (market.FullImage == true)
                {
                    foreach (var id in orders.Where(o => o.Value.MarketId == market.Id).Select(o => o.Key).ToList())
                    {
                        orders.Remove(id);
                    }
                }

                foreach (var runner in market.Orc ?? [])
                {
                    foreach (var order in runner.Uo ?? [])
                    {
                        orders[order.Id] = (market.Id, runner.Id, order);
                        changed.Add((market.Id, runner.Id, order));
                    }
                }
            }
        }

        return changed;
    }

    public IReadOnlyList<(string MarketId, long SelectionId, StreamOrder Order)> All
    {
        get
        {
            lock (gate)
            {
                return [.. orders.Values];
            }
        }
    }

    public StreamOrder? Find(string betId)
    {
        lock (gate)
        {
            return orders.TryGetValue(betId, out var entry) ? entry.Order : null;
        }
    }
}
