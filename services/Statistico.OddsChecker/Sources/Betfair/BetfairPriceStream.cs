using Statistico.Betfair.Streaming;
using Statistico.Contracts.Odds;

namespace Statistico.OddsChecker.Sources.Betfair;

/// <summary>
/// Exchange prices from the Exchange Stream API (ADR 1002): one market subscription covering the markets the last poll
/// asked for (best three levels, last traded price, traded volume, market definition), kept current by
/// <see cref="BetfairStreamClient"/>. Idle until a streamed source first asks for prices. <see cref="Changed"/> is
/// signalled whenever a watched market changes, so the checker publishes without waiting for its schedule.
/// </summary>
internal sealed class BetfairPriceStream(BetfairStreamClient client) : BackgroundService
{
    private static readonly StreamMarketDataFilter Data = new()
    {
        Fields = [MarketDataFields.ExBestOffers, MarketDataFields.ExLtp, MarketDataFields.ExTradedVol, MarketDataFields.ExMarketDef],
        LadderLevels = 3,
    };

    private readonly SemaphoreSlim watching = new(1, 1);
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HashSet<string> watched = new(StringComparer.Ordinal);

    /// <summary>Released once per batch of stream changes (a waiter takes them all).</summary>
    public SemaphoreSlim Changed { get; } = new(0, 1);

    /// <summary>Whether prices read now are current: connected, with an image of every watched market.</summary>
    public bool Live => client.Connected;

    /// <summary>Subscribes to exactly <paramref name="marketIds"/> when they differ from what is watched (a fresh image follows).</summary>
    public async Task WatchAsync(IReadOnlyCollection<string> marketIds, CancellationToken cancellationToken)
    {
        await watching.WaitAsync(cancellationToken);
        try
        {
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
        await started.Task.WaitAsync(stoppingToken);
        client.MarketsChanged += _ => Signal();
        await client.RunAsync(stoppingToken);
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
