using Microsoft.Extensions.Options;
using Statistico.Betfair.Streaming;
using Statistico.Contracts.Odds;
using Statistico.Leases;

namespace Statistico.OddsChecker.Sources.Betfair;

/// <summary>
/// Exchange prices from the Exchange Stream API (ADR 1001): one market subscription covering the markets the last poll
/// asked for (best three levels, last traded price, traded volume, market definition), kept current by
/// <see cref="BetfairStreamClient"/>. Idle until a streamed source first asks for prices. <see cref="Changed"/> is
/// signalled whenever a watched market changes, so the checker publishes without waiting for its schedule.
/// Only the replica holding the source's stream lease connects (ADR 0306, <see cref="LeaseHolder"/>): while a streamed
/// source is enabled, every replica tries to take it every <see cref="StreamLeaseOptions.Retry"/>; the holder confirms
/// it every <see cref="StreamLeaseOptions.Check"/> and disconnects the moment it cannot.
/// </summary>
internal sealed class BetfairPriceStream(
    BetfairStreamClient client, [FromKeyedServices(BetfairPriceStream.LeaseKey)] LeaseHolder lease, IOptionsMonitor<OddsCheckerOptions> options, TimeProvider time)
    : BackgroundService
{
    private static readonly StreamMarketDataFilter Data = new()
    {
        Fields = [MarketDataFields.ExBestOffers, MarketDataFields.ExLtp, MarketDataFields.ExTradedVol, MarketDataFields.ExMarketDef],
        LadderLevels = 3,
    };

    /// <summary>The lease's scope: with the source's name, the advisory lock key (unchanged since ADR 0306, so old and new replicas agree).</summary>
    public const string LeaseScope = "statistico-oddschecker-stream";

    /// <summary>The DI key of the price stream's <see cref="LeaseHolder"/>.</summary>
    public const string LeaseKey = "betfair-price-stream";

    private readonly SemaphoreSlim watching = new(1, 1);
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HashSet<string> watched = new(StringComparer.Ordinal);
    private long lastWatchedTicks;

    /// <summary>Released once per batch of stream changes (a waiter takes them all).</summary>
    public SemaphoreSlim Changed { get; } = new(0, 1);

    /// <summary>Whether prices read now are current: this replica holds the lease and the stream is connected.</summary>
    public bool Live => lease.Leading && client.Connected;

    /// <summary>Whether this replica holds the source's stream lease (only then does it stream and publish from the stream).</summary>
    public bool Leading => lease.Leading;

    /// <summary>Whether this replica has a stream connection up now (whatever its lease).</summary>
    public bool Connected => client.Connected;

    /// <summary>How many stream connections this replica has authenticated.</summary>
    public int Connections => client.Connections;

    /// <summary>How many times this replica has taken the lease.</summary>
    public int Leases => lease.Terms;

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
        await lease.RunAsync(
            () => new LeaseTimings(options.CurrentValue.StreamLease.Retry, options.CurrentValue.StreamLease.Check),
            () => options.CurrentValue.Sources.Values.Any(s => s.Enabled && s.Stream),
            term =>
            {
                // The new holder polls at once: the scheduled polls that chose the markets may have run on another replica.
                Signal();
                return StreamAsync(term);
            },
            stoppingToken);
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
