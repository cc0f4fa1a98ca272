using MassTransit;
using Microsoft.EntityFrameworkCore;
using Statistico.Betfair.Streaming;
using Statistico.Trader.Data;
using Statistico.Trader.Strategies;

namespace Statistico.Trader.Live;

/// <summary>
/// One batch of order-stream changes turned into trade events: each streamed order is matched to its LIVE trade by
/// customerOrderRef as the monitor does (the earliest placed order of the reference), judged by the same
/// <see cref="ExchangeOrderEvents"/> rules, and every event of the batch stored in the outbox in one transaction.
/// Repeats (the poll, another replica, a resubscription's image) are harmless: the saga's sizes and states make them
/// no-ops. ADR 0616.
/// </summary>
internal sealed partial class LiveOrderStreamReporter(TraderDbContext db, IPublishEndpoint publish, TimeProvider clock, ILogger<LiveOrderStreamReporter> logger)
{
    private static readonly string[] Watched = ["Placed", "PartiallyMatched", "Matched"];

    /// <summary>
    /// Reports what <paramref name="orders"/> (every cached order of the references concerned) say that the trades do not
    /// know yet. <paramref name="reported"/> holds, per reference, the events last stored for it: the same ones are not
    /// stored again while the saga has still to take them.
    /// </summary>
    public async Task<StreamReport> ReportAsync(
        IReadOnlyCollection<StreamOrder> orders, IReadOnlyDictionary<string, string> reported, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(reported);
        var byReference = orders.Where(o => o.Rfo is not null).GroupBy(o => o.Rfo!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(o => o.Pd).First(), StringComparer.Ordinal);
        var references = byReference.Keys.ToList();
        var again = new Dictionary<string, string>(StringComparer.Ordinal);
        if (references.Count == 0)
        {
            return new StreamReport(0, again);
        }

        var trades = await db.Trades.AsNoTracking()
            .Where(t => t.Mode == StrategyMode.Live && references.Contains(t.CustomerOrderRef) && (Watched.Contains(t.CurrentState) || t.CurrentState == "Signalled"))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var events = new List<object>();
        foreach (var trade in trades)
        {
            var previous = reported.GetValueOrDefault(trade.CustomerOrderRef, "");
            if (trade.CurrentState == "Signalled")
            {
                // The placement's own report is still on its way; the monitor leaves such trades alone too. Once it
                // lands, this order is looked at again.
                again[trade.CustomerOrderRef] = previous;
                continue;
            }

            var found = ExchangeOrderEvents.For(trade, ExchangeOrderView.From(byReference[trade.CustomerOrderRef]), now);
            if (found.Count == 0)
            {
                continue; // the trade agrees with the order: nothing to follow up until the stream says more
            }

            var key = Describe(found);
            again[trade.CustomerOrderRef] = key;
            if (key != previous)
            {
                events.AddRange(found);
            }
        }

        foreach (var message in events)
        {
            await publish.Publish(message, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (events.Count > 0)
        {
            LogReported(events.Count, trades.Count);
        }

        return new StreamReport(events.Count, again);
    }

    /// <summary>What was stored for a reference, to tell a new change from one the saga has simply not taken yet.</summary>
    private static string Describe(IReadOnlyList<object> events) =>
        string.Join(';', events.Select(e => e switch
        {
            Contracts.Trading.OrderMatched m => FormattableString.Invariant($"matched {m.SizeMatched}"),
            Contracts.Trading.OrderLapsed l => FormattableString.Invariant($"lapsed {l.SizeLapsed}"),
            Contracts.Trading.OrderCancelled c => FormattableString.Invariant($"cancelled {c.SizeCancelled}"),
            _ => e.GetType().Name,
        }));

    [LoggerMessage(LogLevel.Information, "Order stream reported {Events} change(s) across {Trades} live trade(s)")]
    private partial void LogReported(int events, int trades);
}
