using Microsoft.Extensions.Options;
using Statistico.Betfair.Streaming;
using Statistico.Contracts.Odds;

namespace Statistico.OddsChecker.Sources.Betfair;

/// <summary>
/// Exchange prices from the Exchange Stream API (ADR 1001): one market subscription covering the markets the last poll
/// asked for (best three levels, last traded price, traded volume, market definition), kept current by
/// <see cref="BetfairStreamClient"/>. Idle until a streamed source first asks for prices. <see cref="Changed"/> is
/// signalled whenever a watched market changes, so the checker publishes without waiting for its schedule.
/// Only the replica holding the source's <see cref="StreamLease"/> connects (ADR 0306): while a streamed source is
/// enabled, every replica tries to take it every <see cref="StreamLeaseOptions.Retry"/>; the holder confirms it every
/// <see cref="StreamLeaseOptions.Check"/> and disconnects the moment it cannot.
/// </summary>
internal sealed partial class BetfairPriceStream(
    BetfairStreamClient client, StreamLease lease, IOptionsMonitor<OddsCheckerOptions> options, TimeProvider time, ILogger<BetfairPriceStream> logger)
    : BackgroundService
{
    private static readonly StreamMarketDataFilter Data = new()
    {
        Fields = [MarketDataFields.ExBestOffers, MarketDataFields.ExLtp, MarketDataFields.ExTradedVol, MarketDataFields.ExMarketDef],
        LadderLevels = 3,
    };

    private readonly SemaphoreSlim watching = new(1, 1);
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HashSet<string> watched = new(StringComparer.Ordinal);
    private volatile bool leading;
    private long lastWatchedTicks;
    private int leases;

    /// <summary>Released once per batch of stream changes (a waiter takes them all).</summary>
    public SemaphoreSlim Changed { get; } = new(0, 1);

    /// <summary>Whether prices read now are current: this replica holds the lease and the stream is connected.</summary>
    public bool Live => leading && client.Connected;

    /// <summary>Whether this replica holds the source's stream lease (only then does it stream and publish from the stream).</summary>
    public bool Leading => leading;

    /// <summary>Whether this replica has a stream connection up now (whatever its lease).</summary>
    public bool Connected => client.Connected;

    /// <summary>How many stream connections this replica has authenticated.</summary>
    public int Connections => client.Connections;

    /// <summary>How many times this replica has taken the lease.</summary>
    public int Leases => Volatile.Read(ref leases);

    /// <summary>When a poll in this process last told the stream which markets to watch.</summary>
    public DateTimeOffset LastWatchedAt => new(Interlocked.Read(ref lastWatchedTicks), TimeSpan.Zero);

    /// <summary>Subscribes to exactly <paramref name="marketIds"/> when they differ from what is watched (a fresh image follows).</summary>
    public async Task WatchAsync(IReadOnlyCollection<string> marketIds, CancellationToken cancellationToken)
    {
        await watching.WaitAsync(cancellationToken);
        try
        {
            Interlocked.Exchange(ref lastWatchedTicks, time.GetUtcNow().UtcTicks);
            if (watched.SetEquals(marketIds))
            {
                return;
            }

            watched = new HashSet<string>(marketIds, StringComparer.Ordinal);
            await client.SubscribeMarketsAsync(new StreamMarketFilter { MarketIds = [.. watched] }, Data, cancellationToken);
            started.TrySetResult();
        }
        finally
        {
            watching.Release();
        }
    }

    /// <summary>The market's prices as the stream has them; null when the stream has no image of it.</summary>
    public SourcePrices? Read(SourceMarket market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return client.Markets.Read(market.MarketId, cached => cached.Definition is null ? null : Prices(market, cached));
    }

    public override void Dispose()
    {
        watching.Dispose();
        Changed.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        client.MarketsChanged += _ => Signal();
        while (!stoppingToken.IsCancellationRequested)
        {
            var settings = options.CurrentValue;
            // No streamed source: no lease taken, no database session held for it.
            if (!settings.Sources.Values.Any(s => s.Enabled && s.Stream) || !await lease.TryTakeAsync(stoppingToken))
            {
                await Task.Delay(settings.StreamLease.Retry, time, stoppingToken);
                continue;
            }

            await LeadAsync(stoppingToken);
        }
    }

    /// <summary>Streams while the lease holds; on losing it (or stopping) disconnects first, then gives the session up.</summary>
    private async Task LeadAsync(CancellationToken stoppingToken)
    {
        using var term = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        Interlocked.Increment(ref leases);
        leading = true;
        LogLeaseTaken(lease.Key);
        // The new holder polls at once: the scheduled polls that chose the markets may have run on another replica.
        Signal();
        var streaming = StreamAsync(term.Token);
        try
        {
            while (await lease.ConfirmAsync(stoppingToken))
            {
                await Task.Delay(options.CurrentValue.StreamLease.Check, time, stoppingToken);
            }

            LogLeaseLost(lease.Key);
        }
        finally
        {
            leading = false;
            await term.CancelAsync();
            await streaming;
            await lease.ReleaseAsync();
        }
    }

    private async Task StreamAsync(CancellationToken cancellationToken)
    {
        try
        {
            await started.Task.WaitAsync(cancellationToken);
            await client.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The lease ended or the host is stopping.
        }
    }

    private void Signal()
    {
        try
        {
            Changed.Release();
        }
        catch (SemaphoreFullException)
        {
            // A change is already signalled and not yet taken: the next poll reads this one too.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Took the price stream's lease {Key}: this replica streams")]
    private partial void LogLeaseTaken(long key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the price stream's lease {Key} (its database session is gone): stream disconnected")]
    private partial void LogLeaseLost(long key);

    private static SourcePrices Prices(SourceMarket market, CachedMarket cached)
    {
        var definition = cached.Definition!;
        var status = definition.Status switch
        {
            "OPEN" => MarketStatuses.Open,
            "SUSPENDED" => MarketStatuses.Suspended,
            "CLOSED" => MarketStatuses.Closed,
            _ => MarketStatuses.Inactive,
        };
        var runners = definition.Runners.Select(r => cached.Runners.GetValueOrDefault(r.Id) is { } runner
            ? new ObservedRunner(
                market.Selections.TryGetValue(r.Id, out var name) ? name : r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [.. runner.BestToBack.Values.Select(l => new PriceSize(l.Price, l.Size))],
                [.. runner.BestToLay.Values.Select(l => new PriceSize(l.Price, l.Size))])
            {
                RunnerId = r.Id, LastTradedPrice = runner.LastTradedPrice, Handicap = r.Hc is null or 0 ? null : r.Hc,
            }
            : new ObservedRunner(market.Selections.GetValueOrDefault(r.Id) ?? r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), [], []) { RunnerId = r.Id });
        return new SourcePrices(market, definition.InPlay, status, cached.TradedVolume, [.. runners]);
    }
}
