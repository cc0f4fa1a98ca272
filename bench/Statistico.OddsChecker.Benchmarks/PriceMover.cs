using System.Diagnostics;
using Statistico.Betfair;
using Statistico.Betfair.Api;

namespace Statistico.OddsChecker.Benchmarks;

/// <summary>
/// Moves prices at the Simulator at known instants: a LAY of <see cref="Stake"/> resting at a runner's best back
/// price adds to that offer (own resting orders are offers, and with no crowd flow and the clock paused nothing takes
/// or refreshes them), so the best back offer's size after change k of a runner is its size before the run plus
/// k × stake — a value no earlier observation can carry. A LAY at the best back price does not cross (the best lay is
/// a tick above).
/// </summary>
internal sealed class PriceMover(IBetfairClient exchange)
{
    public const decimal Stake = 10m;

    private readonly Dictionary<(string, long), LadderTop> tops = [];

    /// <summary>Reads every runner's best back offer once, before the first change.</summary>
    public async Task<IReadOnlyList<LadderTop>> ReadAsync(IReadOnlyList<string> marketIds)
    {
        var read = await TopsAsync(marketIds);
        foreach (var top in read)
        {
            tops[(top.MarketId, top.RunnerId)] = top;
        }

        return read;
    }

    public async Task<PriceChange> MoveAsync(int index, LadderTop ladder)
    {
        var before = tops[(ladder.MarketId, ladder.RunnerId)];
        var after = before with { Size = before.Size + Stake };
        var sent = Stopwatch.GetTimestamp();
        var outcome = await exchange.PlaceOrdersAsync(new PlaceOrdersRequest(ladder.MarketId,
            [new PlaceInstruction(OrderType.Limit, ladder.RunnerId, Side.Lay, new LimitOrder(Stake, before.Price, PersistenceType.Persist)) { CustomerOrderRef = TradeReferences.CustomerOrderRef(Guid.NewGuid()) }],
            TradeReferences.CustomerRef(Guid.NewGuid(), 1)));
        var answered = Stopwatch.GetTimestamp();
        if (outcome is not OrdersPlaced)
        {
            throw new InvalidOperationException($"change {index}: the Simulator did not place the order: {outcome}");
        }

        tops[(ladder.MarketId, ladder.RunnerId)] = after;
        return new PriceChange(index, after, sent, answered);
    }

    /// <summary>Ladders that do not show what the changes should have made (none, unless something else moved prices).</summary>
    public async Task<IReadOnlyList<string>> DisagreementsAsync(IReadOnlyList<string> marketIds) =>
        [.. (await TopsAsync(marketIds)).Where(t => tops[(t.MarketId, t.RunnerId)] != t).Select(t => $"{t} expected {tops[(t.MarketId, t.RunnerId)]}")];

    private async Task<List<LadderTop>> TopsAsync(IReadOnlyList<string> marketIds)
    {
        var books = await exchange.ListMarketBookAsync(new ListMarketBookRequest([.. marketIds], new PriceProjection([PriceData.ExBestOffers])));
        return [.. books.SelectMany(b => b.Runners.Select(r => new LadderTop(b.MarketId, r.SelectionId, r.Exchange!.AvailableToBack[0].Price, r.Exchange.AvailableToBack[0].Size)))];
    }
}
