namespace Statistico.Trader.Live;

/// <summary>The LIVE exchange adapter's settings (section <c>Trader:Live</c>). ADR 0610–0613.</summary>
public sealed class LiveOrderOptions
{
    /// <summary>
    /// How long after a call's outcome became doubtful an order that cannot be found is concluded not placed
    /// (OrderRejected NOT_PLACED). Betfair says an order can take ~15 s to appear, and a call still in flight on another
    /// replica can last up to <c>Betfair:RequestTimeout</c> (10 s): the default leaves room for both. ADR 0611.
    /// </summary>
    public TimeSpan NotPlacedAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often an order in doubt is looked up again until it is found or the window above has passed.</summary>
    public TimeSpan ResolveEvery { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A PlaceOrder whose trade was signalled longer ago than this is refused (STALE_INTENT) instead of sent: the price
    /// it was decided on is gone. The reconciler also closes the reference of a trade left in Signalled past it.
    /// </summary>
    public TimeSpan StaleIntentAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Quartz cron of the order monitor: current orders per market, then cleared orders. Every 5 s by default.</summary>
    public string MonitorCron { get; set; } = "0/5 * * * * ?";

    /// <summary>
    /// Take matches, lapses and cancels from the Exchange Stream API's order stream as they happen (section
    /// <c>Betfair:Stream</c> says where it is). Off by default; polling stays on either way, at
    /// <see cref="StreamMonitorCron"/> instead of <see cref="MonitorCron"/> while the stream is on. ADR 0616.
    /// </summary>
    public bool OrderStream { get; set; }

    /// <summary>
    /// How often a replica without the order stream's lease tries to take it (one replica streams, ADR 0617): a stopped
    /// holder is replaced within about this plus a connection.
    /// </summary>
    public TimeSpan OrderStreamLeaseRetry { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the holder confirms, on the lease's own database session, that it still holds it.</summary>
    public TimeSpan OrderStreamLeaseCheck { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Quartz cron of the order monitor while the order stream is on: the fallback and reconciliation pass. Every 30 s by default.</summary>
    public string StreamMonitorCron { get; set; } = "0/30 * * * * ?";

    /// <summary>
    /// How often a streamed order whose trade has not yet caught up (a match still on the queue before its cancel or
    /// lapse can be reported, or a trade not yet Placed) is looked at again from the stream's cache.
    /// </summary>
    public TimeSpan StreamFollowUpEvery { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the stream keeps following one up before leaving it to the poll.</summary>
    public TimeSpan StreamFollowUpFor { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Quartz cron of the reconciliation (also run once at start). Every minute by default.</summary>
    public string ReconcileCron { get; set; } = "30 * * * * ?";

    /// <summary>A trade in Signalled younger than this is left to the order path; older ones are looked up by the reconciler.</summary>
    public TimeSpan ReconcileAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Fault injection for the process-kill tests only (ADR 0614); <see cref="Faults.PlaceOrdersHang.None"/> otherwise.</summary>
    public Faults.PlaceOrdersHang HangPlaceOrders { get; set; }
}
