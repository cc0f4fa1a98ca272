using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Statistico.Betfair.Streaming;
using Statistico.Leases;

namespace Statistico.Trader.Live;

/// <summary>
/// The account's order stream (Exchange Stream API, <c>Trader:Live:OrderStream</c>): every order change the client
/// applies is handed, by customerOrderRef, to <see cref="LiveOrderStreamReporter"/> off the reading thread, one batch
/// per transaction. A reconnect loses nothing: the client resubscribes from its last clk and the server sends what
/// changed meanwhile, or a fresh image, which passes through the same path (repeats are no-ops at the saga). A
/// reference whose trade has not caught up yet (a match still on the queue before its cancel or lapse can be said) is
/// looked at again from the cache every <see cref="LiveOrderOptions.StreamFollowUpEvery"/>. The poll keeps running
/// beside it as the fallback. ADR 0616. Only the replica holding the order stream's lease (a Postgres advisory lock in the
/// Trader's database, ADR 0617) connects and reports; the others rely on the poll and take over when the holder goes.
/// </summary>
internal sealed partial class LiveOrderStream(
    BetfairStreamClient client, [FromKeyedServices(LiveOrderStream.LeaseKey)] LeaseHolder lease, IServiceScopeFactory scopes, IOptions<TraderOptions> options,
    TimeProvider clock, ILogger<LiveOrderStream> logger) : BackgroundService
{
    /// <summary>With <see cref="LeaseName"/>, the advisory lock key every replica contends for.</summary>
    public const string LeaseScope = "statistico-trader-order-stream";

    /// <summary>The account's order stream: one per exchange the Trader trades on.</summary>
    public const string LeaseName = "betfair";

    /// <summary>The DI key of the order stream's <see cref="LeaseHolder"/>.</summary>
    public const string LeaseKey = "betfair-order-stream";

    private readonly Channel<string> changed = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<string, (string Reported, DateTimeOffset Since)> following = new(StringComparer.Ordinal);
    private int stored;

    /// <summary>The client this service runs (its caches and connection, for diagnostics and tests).</summary>
    public BetfairStreamClient Client => client;

    /// <summary>Whether this replica holds the order stream's lease (only then does it connect and report).</summary>
    public bool Leading => lease.Leading;

    /// <summary>How many times this replica has taken the lease.</summary>
    public int Leases => lease.Terms;

    /// <summary>How many events the stream has stored in the outbox (tests wait on it).</summary>
    public int Stored => Volatile.Read(ref stored);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        client.OrdersChanged += OnOrdersChanged;
        try
        {
            var live = options.Value.Live;
            await lease.RunAsync(() => new LeaseTimings(live.OrderStreamLeaseRetry, live.OrderStreamLeaseCheck), () => true, StreamAsync, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
        finally
        {
            client.OrdersChanged -= OnOrdersChanged;
        }
    }

    /// <summary>One term of the lease: connect, subscribe, report, until the lease ends (the token) or the host stops.</summary>
    private async Task StreamAsync(CancellationToken term)
    {
        // Every order of the account: the Trader sets no strategy reference, and the customerOrderRef says whose it is.
        // A new term subscribes afresh (its image passes through the same path; repeats are no-ops at the saga).
        await client.SubscribeOrdersAsync(null, term);
        await Task.WhenAll(client.RunAsync(term), ReportAsync(term));
    }

    /// <summary>On the client's reading thread: only note which references changed; the reporting happens elsewhere.</summary>
    private void OnOrdersChanged(IReadOnlyList<(string MarketId, long SelectionId, StreamOrder Order)> orders)
    {
        foreach (var (_, _, order) in orders)
        {
            if (order.Rfo is { } reference)
            {
                changed.Writer.TryWrite(reference);
            }
        }
    }

    private async Task ReportAsync(CancellationToken stoppingToken)
    {
        var live = options.Value.Live;
        while (!stoppingToken.IsCancellationRequested)
        {
            var references = new HashSet<string>(StringComparer.Ordinal);
            if (following.Count == 0)
            {
                references.Add(await changed.Reader.ReadAsync(stoppingToken));
            }
            else
            {
                await WaitAsync(live.StreamFollowUpEvery, stoppingToken);
                references.UnionWith(following.Keys);
            }

            while (changed.Reader.TryRead(out var reference))
            {
                references.Add(reference);
            }

            await ReportBatchAsync(references, live, stoppingToken);
        }
    }

    /// <summary>Waits for a change at most <paramref name="delay"/>; true when one came.</summary>
    private async Task<bool> WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(delay);
        try
        {
            return await changed.Reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task ReportBatchAsync(HashSet<string> references, LiveOrderOptions live, CancellationToken stoppingToken)
    {
        var orders = client.Orders.All.Where(o => o.Order.Rfo is { } r && references.Contains(r)).Select(o => o.Order).ToList();
        var reported = following.ToDictionary(f => f.Key, f => f.Value.Reported, StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<LiveOrderStreamReporter>().ReportAsync(orders, reported, stoppingToken);
            var again = report.Again;
            Interlocked.Add(ref stored, report.Stored);
            foreach (var reference in references)
            {
                if (again.TryGetValue(reference, out var key))
                {
                    var since = following.TryGetValue(reference, out var entry) ? entry.Since : now;
                    following[reference] = (key, since);
                }
                else
                {
                    following.Remove(reference);
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Nothing was stored (one transaction): the same references are tried again on the next round.
            LogFailed(exception, references.Count);
            foreach (var reference in references)
            {
                following.TryAdd(reference, (reported.GetValueOrDefault(reference, ""), now));
            }

            await Task.Delay(live.StreamFollowUpEvery, clock, stoppingToken);
        }

        foreach (var stale in following.Where(f => now - f.Value.Since > live.StreamFollowUpFor).Select(f => f.Key).ToList())
        {
            // Long enough: the poll's next pass says what the stream could not.
            following.Remove(stale);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Order stream: reporting {References} order reference(s) failed; trying again")]
    private partial void LogFailed(Exception exception, int references);
}
