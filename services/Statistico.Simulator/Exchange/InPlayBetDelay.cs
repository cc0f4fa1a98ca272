using System.Text.Json;
using Statistico.Betfair.Api;
using Statistico.Simulator.Clock;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Exchange;

/// <summary>
/// Betfair's in-play bet delay (ADR 1002): a placeOrders call on a market that is open in play is held for the delay
/// (world time), then placed as the market is at that moment: matched at its prices then, or refused if it has been
/// suspended or closed meanwhile (the ordinary validation runs after the hold). The hold happens before the world's
/// gate, so other calls, the stream and the clock's own catch-up carry on while an order waits.
/// </summary>
public sealed class InPlayBetDelay(CurrentWorld world, WorldClock clock, ExchangeOptions options)
{
    /// <summary>How often (wall clock) a held order looks at the world's clock; the clock may be paused or sped up.</summary>
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    /// <summary>The world time a placeOrders call for <paramref name="parameters"/> must wait for, if any.</summary>
    public DateTimeOffset? HeldUntil(JsonElement parameters)
    {
        if (parameters.ValueKind != JsonValueKind.Object || !parameters.TryGetProperty("marketId", out var id) || id.ValueKind != JsonValueKind.String
            || id.GetString() is not { } marketId || MarketCatalog.Find(world.Definition, marketId) is not { } market)
        {
            return null;
        }

        var now = clock.Now;
        var delay = MarketCatalog.BetDelaySeconds(market.Fixture, now, options);
        return delay > 0 && MarketCatalog.Status(market.Fixture, now, options) == MarketStatus.Open ? now.Add(options.InPlayBetDelay) : null;
    }

    public async Task HoldAsync(JsonElement parameters, CancellationToken cancellationToken)
    {
        if (HeldUntil(parameters) is not { } until)
        {
            return;
        }

        while (clock.Now < until)
        {
            await Task.Delay(Poll, cancellationToken);
        }
    }
}
