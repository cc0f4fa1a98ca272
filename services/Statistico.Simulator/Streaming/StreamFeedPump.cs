using Microsoft.Extensions.Options;
using Statistico.Simulator.Clock;
using Statistico.Simulator.Exchange;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Streaming;

/// <summary>
/// Feeds <see cref="StreamFeed"/>: every tick (wall clock) while anyone is subscribed, it lets the exchange catch up to
/// the world's time and publishes the images of the subscribed markets and of the account's orders, all read in one
/// entry of the <see cref="WorldGate"/> so they are consistent with each other and with the JSON-RPC API. No exchange
/// code knows about the stream: what changed is found by comparing images.
/// </summary>
public sealed partial class StreamFeedPump(
    IServiceScopeFactory scopes, WorldGate gate, WorldClock clock, CurrentWorld world, StreamFeed feed, IOptions<StreamServerOptions> options,
    IOptions<SimulatorOptions> simulator, TimeProvider wall, ILogger<StreamFeedPump> logger) : BackgroundService
{
    /// <summary>One tick: resolve every subscription's markets, read the images, publish.</summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        var subscribers = feed.MarketSubscribers;
        var wantsOrders = feed.WantsOrders;
        if (subscribers.Count == 0 && !wantsOrders)
        {
            feed.Publish(new Dictionary<string, MarketImage>(), null);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        using (await gate.EnterAsync(cancellationToken))
        {
            var now = clock.Now;
            await scope.ServiceProvider.GetRequiredService<ExchangeCatchUp>().RunAsync(now, cancellationToken);
            var union = new HashSet<string>(StringComparer.Ordinal);
            foreach (var subscriber in subscribers)
            {
                var covered = StreamMarketFilters.Resolve(world.Definition, now, simulator.Value.Exchange, subscriber.Filter).Select(m => m.MarketId)
                    .Concat(subscriber.Markets.Where(id => StillWatched(id, now)))
                    .ToHashSet(StringComparer.Ordinal);
                subscriber.Cover(covered);
                union.UnionWith(covered);
            }

            var images = scope.ServiceProvider.GetRequiredService<StreamImages>();
            var markets = union.Count == 0 ? [] : await images.MarketsAsync(union, cancellationToken);
            var orders = wantsOrders ? await images.OrdersAsync(now, cancellationToken) : null;
            feed.Publish(markets, orders);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TickInterval, wall);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next tick tries again; clients see the change one tick later.
                LogTickFailed(exception);
            }
        }
    }

    /// <summary>A covered market stays covered until an hour (simulated) after full time, so its CLOSED state is sent.</summary>
    private bool StillWatched(string marketId, DateTimeOffset now) =>
        MarketCatalog.Find(world.Definition, marketId) is { } market
        && now < market.Fixture.KickOff + simulator.Value.Exchange.MatchDuration + TimeSpan.FromHours(1);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stream feed tick failed; retrying on the next tick")]
    private partial void LogTickFailed(Exception exception);
}
