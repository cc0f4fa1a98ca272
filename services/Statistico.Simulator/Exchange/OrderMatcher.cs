using Microsoft.EntityFrameworkCore;
using Statistico.Betfair.Api;
using Statistico.Modelling.Pricing;
using Statistico.Simulator.Data;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Exchange;

/// <summary>
/// Matches orders against the crowd. An order at or better than the best opposite price takes the crowd's offers
/// (each offer once: what is taken is recorded per refresh period). What is left rests at its price behind the
/// crowd's size already there, and counter-party flow — strongest at the best price, weaker per tick away — first
/// works through that queue and then fills the order.
/// </summary>
public sealed class OrderMatcher(SimulatorDbContext db, ExchangeOptions options)
{
    private const string BackLadder = "BACK";
    private const string LayLadder = "LAY";

    public long Period(DateTimeOffset now) => now.UtcTicks / options.LiquidityRefresh.Ticks;

    /// <summary>The crowd's ladder for a runner at <paramref name="now"/>, less what has been taken this period.</summary>
    public async Task<CrowdLadder> AvailableAsync(SimMarket market, SimRunner runner, FixturePrices prices, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(prices);
        var period = Period(now);
        if (!db.LiquidityTaken.Local.Any(t => t.MarketId == market.MarketId && t.Period == period))
        {
            await db.LiquidityTaken.Where(t => t.MarketId == market.MarketId && t.Period == period).LoadAsync(cancellationToken);
        }

        var taken = db.LiquidityTaken.Local.Where(t => t.MarketId == market.MarketId && t.SelectionId == runner.SelectionId && t.Period == period).ToList();
        decimal Taken(string side, decimal price) => taken.Where(t => t.LadderSide == side && t.Price == price).Sum(t => t.Size);
        var crowd = CrowdLadder.Around(runner.Price(prices), options);
        return new CrowdLadder(
            [.. crowd.Back.Select(l => l with { Size = Math.Max(0, l.Size - Taken(BackLadder, l.Price)) })],
            [.. crowd.Lay.Select(l => l with { Size = Math.Max(0, l.Size - Taken(LayLadder, l.Price)) })]);
    }

    /// <summary>How much of <paramref name="size"/> would match now against <paramref name="ladder"/>.</summary>
    public static decimal Matchable(Side side, decimal price, decimal size, CrowdLadder ladder)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        var levels = side == Side.Back ? ladder.Back.Where(l => l.Price >= price) : ladder.Lay.Where(l => l.Price <= price);
        return Math.Min(size, levels.Sum(l => l.Size));
    }

    /// <summary>Matches <paramref name="order"/> against the crowd's opposite offers at or better than its price.</summary>
    public void TakeFromCrowd(OrderRow order, CrowdLadder ladder, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(ladder);
        var levels = order.Side == Side.Back
            ? ladder.Back.Where(l => l.Price >= order.Price)
            : ladder.Lay.Where(l => l.Price <= order.Price);
        var ladderSide = order.Side == Side.Back ? BackLadder : LayLadder;
        foreach (var level in levels)
        {
            var size = Math.Min(order.SizeRemaining, level.Size);
            if (size <= 0)
            {
                continue;
            }

            Record(order.MarketId, order.SelectionId, ladderSide, level.Price, Period(now), size);
            order.Fill(size, level.Price, now);
        }
    }

    /// <summary>The crowd's size resting at the order's own price and side: the queue it joins.</summary>
    public static decimal QueueAtPrice(OrderRow order, CrowdLadder ladder)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(ladder);
        // A resting back offers odds to layers, so it sits among the crowd's lay-side offers (and vice versa).
        return CrowdLadder.SizeAt(order.Side == Side.Back ? ladder.Lay : ladder.Back, order.Price);
    }

    /// <summary>Counter-party flow over <c>[FlowedUntil, until]</c>: first the queue ahead, then the order.</summary>
    public void ApplyFlow(OrderRow order, CrowdLadder ladder, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(ladder);
        if (until <= order.FlowedUntil)
        {
            return;
        }

        var ticksAway = order.Side == Side.Back
            ? BetfairTickLadder.TicksBetween((double)ladder.BestLay, (double)order.Price)
            : BetfairTickLadder.TicksBetween((double)order.Price, (double)ladder.BestBack);
        var rate = (double)options.CounterpartyFlowPerMinute * Math.Pow(options.FlowDecayPerTick, Math.Max(0, ticksAway));
        var volume = Math.Round((decimal)(rate * (until - order.FlowedUntil).TotalMinutes), 2, MidpointRounding.ToZero);
        var throughQueue = Math.Min(volume, order.QueueAhead);
        order.QueueAhead -= throughQueue;
        var fill = Math.Min(volume - throughQueue, order.SizeRemaining);
        if (fill > 0)
        {
            order.Fill(fill, order.Price, until);
        }

        order.FlowedUntil = until;
    }

    private void Record(string marketId, long selectionId, string side, decimal price, long period, decimal size)
    {
        var row = db.LiquidityTaken.Local.FirstOrDefault(t =>
            t.MarketId == marketId && t.SelectionId == selectionId && t.LadderSide == side && t.Price == price && t.Period == period);
        if (row is null)
        {
            db.LiquidityTaken.Add(new LiquidityTakenRow { MarketId = marketId, SelectionId = selectionId, LadderSide = side, Price = price, Period = period, Size = size });
        }
        else
        {
            row.Size += size;
        }
    }
}
